package org.zhiben.risk;

import java.time.LocalDate;
import java.util.UUID;

/** An analysis unit due (or overdue) for reassessment. */
public record DueReassessment(UUID unitId, String unitName, UUID objectId, String objectName, UUID enterpriseId,
        String enterpriseName, RiskLevel level, LocalDate due, String reason) {
}
