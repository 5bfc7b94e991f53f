package org.zhiben.hazard.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A principal's signature on a period's table, with the SHA-256 of the figures signed. */
public record Signoff(UUID id, UUID enterpriseId, StatisticsPeriod period, UUID signedBy, String signedByName,
        Instant signedAt, LocalDate signedOn, String hashAlgorithm, String figuresHash, String figures) {

    public boolean late() {
        return period.lateIfSignedOn(signedOn);
    }
}
