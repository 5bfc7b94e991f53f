package org.zhiben.risk.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.risk.AssessmentMethod;
import org.zhiben.risk.RiskGrading;
import org.zhiben.risk.RiskLevel;
import org.zhiben.risk.RiskScore;

/**
 * The common-practice defaults of DOMAIN.md §3, as a grading table: each factor's allowed values, and bands read
 * from the most severe down, each applying when the product is above (or from) its lower bound.
 */
public class GradingTable implements RiskGrading {

    /** A band: applies when value &gt; lowerBound (or ≥ when inclusive); a null bound matches everything left. */
    public record Band(AssessmentMethod method, BigDecimal lowerBound, boolean inclusive, RiskLevel level, String description) {
        boolean matches(BigDecimal value) {
            if (lowerBound == null) {
                return true;
            }
            int cmp = value.compareTo(lowerBound);
            return inclusive ? cmp >= 0 : cmp > 0;
        }
    }

    /** An allowed factor value with its meaning. */
    public record FactorValue(AssessmentMethod method, String factor, BigDecimal value, String meaning) {
    }

    private final List<FactorValue> values;
    private final List<Band> bands;

    public GradingTable(List<FactorValue> values, List<Band> bands) {
        this.values = List.copyOf(values);
        this.bands = List.copyOf(bands);
    }

    @Override
    public RiskScore grade(AssessmentMethod method, Map<String, BigDecimal> inputs) {
        if (method == AssessmentMethod.DIRECT) {
            return new RiskScore(null, RiskLevel.MAJOR, "直接判定");
        }
        List<FieldViolation> problems = new ArrayList<>();
        BigDecimal product = BigDecimal.ONE;
        for (String factor : method.factors()) {
            BigDecimal input = inputs.get(factor);
            List<BigDecimal> allowed = allowed(method, factor);
            if (input == null || allowed.stream().noneMatch(a -> a.compareTo(input) == 0)) {
                problems.add(new FieldViolation(factor, method + " 的 " + factor.toUpperCase() + " 取值应为 "
                        + allowed.stream().map(BigDecimal::toPlainString).collect(Collectors.joining("、"))
                        + (input == null ? "(未填写)" : ",收到 " + input.toPlainString())));
            } else {
                product = product.multiply(input);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        BigDecimal value = product.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        for (Band band : bands) {
            if (band.method() == method && band.matches(value)) {
                return new RiskScore(value, band.level(), band.description());
            }
        }
        throw new IllegalStateException("no band of " + method + " covers " + value);
    }

    @Override
    public List<BigDecimal> allowed(AssessmentMethod method, String factor) {
        return values.stream().filter(v -> v.method() == method && v.factor().equals(factor))
                .map(FactorValue::value).toList();
    }

    @Override
    public String meaning(AssessmentMethod method, String factor, BigDecimal value) {
        return values.stream()
                .filter(v -> v.method() == method && v.factor().equals(factor) && v.value().compareTo(value) == 0)
                .map(FactorValue::meaning).findFirst().orElse(null);
    }

    public List<FactorValue> values() {
        return values;
    }

    public List<Band> bands() {
        return bands;
    }
}
