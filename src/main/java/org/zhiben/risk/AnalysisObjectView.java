package org.zhiben.risk;

import java.time.Instant;
import java.util.UUID;

/** A risk analysis object with its rolled-up level (null while nothing under it is assessed). */
public record AnalysisObjectView(UUID id, UUID enterpriseId, ObjectKind kind, String name, boolean majorHazardSource,
        String hazardSourceCode, RiskLevel level, long version, Instant createdAt, Instant updatedAt) {
}
