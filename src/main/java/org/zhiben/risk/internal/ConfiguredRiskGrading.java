package org.zhiben.risk.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.zhiben.risk.AssessmentMethod;
import org.zhiben.risk.assessment.RiskGrading;
import org.zhiben.risk.assessment.RiskScore;

/** {@link RiskGrading} with the values and bands an administrator configured (risk_factor_value, risk_grade_band). */
@Service
class ConfiguredRiskGrading implements RiskGrading {

    private final RiskTables tables;

    ConfiguredRiskGrading(RiskTables tables) {
        this.tables = tables;
    }

    @Override
    public RiskScore grade(AssessmentMethod method, Map<String, BigDecimal> inputs) {
        return tables.grading().grade(method, inputs);
    }

    @Override
    public List<BigDecimal> allowed(AssessmentMethod method, String factor) {
        return tables.grading().allowed(method, factor);
    }

    @Override
    public String meaning(AssessmentMethod method, String factor, BigDecimal value) {
        return tables.grading().meaning(method, factor, value);
    }
}
