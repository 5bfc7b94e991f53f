package org.zhiben.risk.majorsource;

import java.math.BigDecimal;

/**
 * Result of GB 18218-2018 identification and grading of one unit.
 *
 * @param sum S = Σ qᵢ/Qᵢ, rounded to 4 decimals
 * @param r R = α · Σ βᵢ·qᵢ/Qᵢ, rounded to 4 decimals
 * @param alpha the correction factor for the population outside the boundary
 * @param level the grade, or null when the unit is not a major hazard source
 * @param major whether S ≥ 1 (decided on the exact sum, before rounding)
 */
public record MajorHazardAssessment(BigDecimal sum, BigDecimal r, BigDecimal alpha, MajorHazardLevel level,
        boolean major) {
}
