package org.zhiben.risk.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.zhiben.risk.AssessmentMethod;

/**
 * Grades LEC, LS and MES inputs against the configured value lists and bands (DOMAIN.md §3 defaults).
 */
public interface RiskGrading {

    /**
     * @param inputs the method's factors by lower-case name ({@link AssessmentMethod#factors()})
     * @throws org.zhiben.common.InvalidInputException naming the factor and its allowed values when an input is
     *         missing or not in the configured list
     */
    RiskScore grade(AssessmentMethod method, Map<String, BigDecimal> inputs);

    /** The values a factor may take, from the most to the least severe as configured (empty for DIRECT). */
    List<BigDecimal> allowed(AssessmentMethod method, String factor);

    /** What a factor value means, e.g. 相当可能 for LEC's L = 6; null when not described. */
    default String meaning(AssessmentMethod method, String factor, BigDecimal value) {
        return null;
    }
}
