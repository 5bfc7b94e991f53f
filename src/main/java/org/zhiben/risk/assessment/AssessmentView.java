package org.zhiben.risk.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.zhiben.risk.AssessmentKind;
import org.zhiben.risk.AssessmentMethod;
import org.zhiben.risk.DirectBasis;
import org.zhiben.risk.RiskLevel;

/** One recorded assessment: inputs by factor, the product ({@code value}, null for DIRECT), level and band. */
public record AssessmentView(UUID id, UUID eventId, AssessmentKind kind, AssessmentMethod method,
        Map<String, BigDecimal> inputs, BigDecimal value, RiskLevel level, String band, DirectBasis directBasis,
        String directCriterion, String assessedBy, String assessorName, Instant assessedAt) {
}
