package org.zhiben.risk.prejudgment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.risk.RiskLevel;

/** A stored pre-judgment; {@code enterpriseId} is null for a government one. */
public record PrejudgmentView(UUID id, PrejudgmentKind kind, String subjectName, UUID enterpriseId, String regionCode,
        String sector, String workshop, String period, LocalDate periodStart, String conditions, RiskLevel level,
        String measures, String judgedBy, String judgedByName, Instant judgedAt, long version) {
}
