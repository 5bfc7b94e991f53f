package org.zhiben.risk.assessment;

import java.math.BigDecimal;
import org.zhiben.risk.RiskLevel;

/** A graded score: the product, its level, and the band's description (e.g. 显著危险 for LEC 70 < D ≤ 160). */
public record RiskScore(BigDecimal value, RiskLevel level, String band) {
}
