package org.zhiben.risk;

import java.util.Set;
import java.util.UUID;

/**
 * A pre-judgment raised (or raised again at another grade) an early warning 红/橙/黄, or a monitoring alarm left
 * unhandled did ({@code judgmentId} null, {@code cause} says what; {@code period} is then the alarm's day).
 * {@code enterpriseId} is null for a government judgment, whose {@code regionCode} is the department's region;
 * {@code sectors}: the enterprise's sectors or the judgment's sector (empty for all).
 */
public record RiskWarningRaised(UUID warningId, UUID judgmentId, UUID enterpriseId, String regionCode,
        Set<String> sectors, String subjectName, RiskLevel level, String period, String cause) {
}
