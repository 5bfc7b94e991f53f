package org.zhiben.enforcement;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** An official entered into the officer directory with their 执法证. */
public record NewOfficer(UUID userId, String certNo, LocalDate validFrom, LocalDate validUntil, String regionCode,
        Set<String> sectors, String office) {

    public NewOfficer {
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
    }
}
