package org.zhiben.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A risk analysis unit with its rolled-up level and reassessment due date (null before its first assessment). */
public record AnalysisUnitView(UUID id, UUID enterpriseId, UUID objectId, String name, String responsibleDepartment,
        String responsiblePerson, ControlLevel controlLevel, RiskLevel level, LocalDate reassessmentDue,
        String reassessmentReason, long version, Instant createdAt, Instant updatedAt) {
}
