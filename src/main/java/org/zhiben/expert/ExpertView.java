package org.zhiben.expert;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An expert of the pool with its record (assignments, hazards and major hazards found). */
public record ExpertView(UUID id, UUID userId, String name, ExpertKind kind, String organisation, String regionCode,
        Set<String> sectors, Set<Speciality> specialities, List<String> qualifications, LocalDate validFrom,
        LocalDate validTo, BigDecimal feePerDay, String feeNote, boolean active, List<TieView> ties, long version,
        Record record) {

    public record TieView(TieKind kind, UUID enterpriseId, String enterpriseName, LocalDate endedOn) {
    }

    /** The expert's record: assignments (all, reported), hazards and major hazards found. */
    public record Record(long assignments, long reported, long hazardsFound, long majorsFound) {
    }
}
