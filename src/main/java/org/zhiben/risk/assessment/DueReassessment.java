package org.zhiben.risk.assessment;

import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.risk.RiskLevel;

/** An analysis unit due (or overdue) for reassessment. */
public record DueReassessment(UUID unitId, String unitName, UUID objectId, String objectName, UUID enterpriseId,
        String enterpriseName, RiskLevel level, LocalDate due, String reason) {
}
