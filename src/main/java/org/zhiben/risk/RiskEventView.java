package org.zhiben.risk;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A risk event: {@code inherentLevel} and {@code residualLevel} as last assessed, {@code currentLevel} the one that
 * counts (residual when assessed, else inherent; 重大 whenever {@code directlyMajor}, i.e. under a major hazard source).
 */
public record RiskEventView(UUID id, UUID enterpriseId, UUID unitId, String description, String hazardFactorCode,
        String hazardFactorCategory, Set<AccidentType> accidentTypes, RiskLevel inherentLevel, RiskLevel residualLevel,
        RiskLevel currentLevel, boolean directlyMajor, Instant lastAssessedAt, long version, Instant createdAt,
        Instant updatedAt) {
}
