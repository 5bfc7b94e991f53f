package org.zhiben.expert;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An expert as entered: the account (optional), kind, region, specialities, qualifications, term, ties, fees. */
public record ExpertData(UUID userId, String name, ExpertKind kind, String organisation, String regionCode,
        Set<String> sectors, Set<Speciality> specialities, List<String> qualifications, LocalDate validFrom,
        LocalDate validTo, BigDecimal feePerDay, String feeNote, List<Tie> ties) {

    public ExpertData {
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        specialities = specialities == null ? Set.of() : Set.copyOf(specialities);
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
        ties = ties == null ? List.of() : List.copyOf(ties);
    }

    /** A tie to an enterprise; {@code endedOn} is the last day of a past employment or service. */
    public record Tie(TieKind kind, UUID enterpriseId, LocalDate endedOn) {
    }
}
