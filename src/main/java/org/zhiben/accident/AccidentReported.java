package org.zhiben.accident;

import java.time.Instant;
import java.util.UUID;

/**
 * An accident was first reported or its grade changed (a supplementary report): other modules (statistics, the
 * 零事故 roster later) listen after commit through the event publication registry.
 */
public record AccidentReported(UUID accidentId, UUID enterpriseId, String regionCode, AccidentGrade grade,
        Instant occurredAt, boolean firstReport) {
}
