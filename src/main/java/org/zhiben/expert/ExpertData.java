package org.zhiben.expert;

import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An expert as entered: the account (optional), kind, region, specialities, qualifications, term, ties, fees. */
public record ExpertData(UUID userId, @Size(max = 100) String name, ExpertKind kind, @Size(max = 200) String organisation, @Size(max = 12) String regionCode,
        Set<@Size(max = 200) String> sectors, Set<Speciality> specialities, List<@Size(max = 1000) String> qualifications, LocalDate validFrom,
        LocalDate validTo, BigDecimal feePerDay, @Size(max = 500) String feeNote, List<@Valid Tie> ties) {

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
