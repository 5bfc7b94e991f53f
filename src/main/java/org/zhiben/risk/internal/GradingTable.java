package org.zhiben.risk.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.risk.AssessmentMethod;
import org.zhiben.risk.assessment.RiskGrading;
import org.zhiben.risk.RiskLevel;
import org.zhiben.risk.assessment.RiskScore;

/**
 * The configured scoring methods (DOMAIN.md §3): each factor's allowed values, and bands read from the most severe
 * down, each applying when the product is above (or from) its lower bound. Immutable; an administrator's edit makes
 * a new table through {@link #with}, which enforces the rules that keep every product graded exactly once.
 */
public class GradingTable implements RiskGrading {

    private static final int TEXT_LIMIT = 100;

    /** A band: applies when value &gt; lowerBound (or ≥ when inclusive); a null bound matches everything left. */
    public record Band(AssessmentMethod method, BigDecimal lowerBound, boolean inclusive, RiskLevel level,
            String description) {

        public Band {
            lowerBound = Decimals.plain(lowerBound);
            inclusive = lowerBound != null && inclusive;
            description = description == null ? null : description.strip();
        }

        boolean matches(BigDecimal value) {
            if (lowerBound == null) {
                return true;
            }
            int cmp = value.compareTo(lowerBound);
            return inclusive ? cmp >= 0 : cmp > 0;
        }
    }

    /** An allowed factor value with its meaning; {@code factor} is the lower-case name, e.g. {@code l}. */
    public record FactorValue(AssessmentMethod method, String factor, BigDecimal value, String meaning) {

        public FactorValue {
            factor = factor == null ? null : factor.strip().toLowerCase(Locale.ROOT);
            value = Decimals.plain(value);
            meaning = meaning == null ? null : meaning.strip();
        }
    }

    private final List<FactorValue> values;
    private final List<Band> bands;

    /** @throws IllegalArgumentException when a method's values or bands break the rules of {@link #with} */
    public GradingTable(List<FactorValue> values, List<Band> bands) {
        this.values = List.copyOf(values);
        this.bands = List.copyOf(bands);
        for (AssessmentMethod method : configuredMethods()) {
            List<FieldViolation> problems = violations(method, values(method), bands(method));
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(method + " 配置有误: " + problems);
            }
        }
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
                problems.add(new FieldViolation(factor, method + " 的 " + factor.toUpperCase(Locale.ROOT) + " 取值应为 "
                        + Decimals.join(allowed) + (input == null ? "(未填写)" : ",收到 " + input.toPlainString())));
            } else {
                product = product.multiply(input);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        BigDecimal value = Decimals.plain(product);
        for (Band band : bands(method)) {
            if (band.matches(value)) {
                return new RiskScore(value, band.level(), band.description());
            }
        }
        throw new IllegalStateException("no band of " + method + " covers " + value);
    }

    /**
     * This table with one method's values and bands replaced.
     *
     * @throws InvalidInputException listing each broken rule by field ({@code values[i].value},
     *         {@code bands[i].lowerBound}…, indexes into the given lists); nothing is replaced then
     */
    public GradingTable with(AssessmentMethod method, List<FactorValue> newValues, List<Band> newBands) {
        if (Stream.concat(newValues.stream().map(FactorValue::method), newBands.stream().map(Band::method))
                .anyMatch(m -> m != method)) {
            throw new IllegalArgumentException("rows of another method than " + method);
        }
        List<FieldViolation> problems = violations(method, newValues, newBands);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<FactorValue> keptValues = new ArrayList<>(values.stream().filter(v -> v.method() != method).toList());
        keptValues.addAll(newValues);
        List<Band> keptBands = new ArrayList<>(bands.stream().filter(b -> b.method() != method).toList());
        keptBands.addAll(newBands);
        return new GradingTable(keptValues, keptBands);
    }

    /**
     * The rules of an edit: every factor of the method has values, each &gt; 0, without duplicates, with a meaning;
     * bounds strictly descending with exactly one catch-all (no bound) last, so every product falls into exactly
     * one band; and levels never more severe further down, so a larger product is never graded lower.
     */
    static List<FieldViolation> violations(AssessmentMethod method, List<FactorValue> values, List<Band> bands) {
        List<FieldViolation> problems = new ArrayList<>();
        if (method == AssessmentMethod.DIRECT) {
            problems.add(new FieldViolation("method", "直接判定不使用取值和分级"));
            return problems;
        }
        String names = String.join("、", method.factors().stream().map(f -> f.toUpperCase(Locale.ROOT)).toList());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            FactorValue v = values.get(i);
            String row = "values[" + i + "].";
            if (v.factor() == null || !method.factors().contains(v.factor())) {
                problems.add(new FieldViolation(row + "factor", "因素应为 " + names + " 之一"));
                continue;
            }
            String problem = Decimals.notPositive(v.value());
            if (problem != null) {
                problems.add(new FieldViolation(row + "value", "取值" + problem));
            } else if (!seen.add(v.factor() + "=" + v.value().toPlainString())) {
                problems.add(new FieldViolation(row + "value",
                        v.factor().toUpperCase(Locale.ROOT) + " 已有取值 " + v.value().toPlainString() + ",不能重复"));
            }
            if (v.meaning() == null || v.meaning().isEmpty() || v.meaning().length() > TEXT_LIMIT) {
                problems.add(new FieldViolation(row + "meaning", "请填写含义(不超过" + TEXT_LIMIT + "字)"));
            }
        }
        for (String factor : method.factors()) {
            if (values.stream().noneMatch(v -> factor.equals(v.factor()))) {
                problems.add(new FieldViolation("values", factor.toUpperCase(Locale.ROOT) + " 至少需要一个取值"));
            }
        }
        if (bands.isEmpty()) {
            problems.add(new FieldViolation("bands", "至少需要一个分级"));
        }
        Band above = null;
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            String row = "bands[" + i + "].";
            boolean last = i == bands.size() - 1;
            if (b.lowerBound() == null && !last) {
                problems.add(new FieldViolation(row + "lowerBound", "只有最后一个分级可以不填下限"));
            } else if (b.lowerBound() == null) {
                // the catch-all: nothing to compare
            } else if (last) {
                problems.add(new FieldViolation(row + "lowerBound", "最后一个分级须不填下限,以涵盖其余所有值"));
            } else if (b.lowerBound().signum() < 0 || Decimals.unstorable(b.lowerBound()) != null) {
                problems.add(new FieldViolation(row + "lowerBound", "下限" + (b.lowerBound().signum() < 0
                        ? "不能为负数" : Decimals.unstorable(b.lowerBound()))));
            } else if (above != null && above.lowerBound() != null && b.lowerBound().compareTo(above.lowerBound()) >= 0) {
                problems.add(new FieldViolation(row + "lowerBound",
                        "下限须小于上一分级的下限 " + above.lowerBound().toPlainString() + "(分级须从高到低排列)"));
            }
            if (b.level() == null) {
                problems.add(new FieldViolation(row + "level", "请选择风险等级"));
            } else if (above != null && above.level() != null && b.level().ordinal() < above.level().ordinal()) {
                problems.add(new FieldViolation(row + "level",
                        "等级不能高于上一分级的「" + above.level().label() + "」(数值越小,等级不能越高)"));
            }
            if (b.description() == null || b.description().isEmpty() || b.description().length() > TEXT_LIMIT) {
                problems.add(new FieldViolation(row + "description", "请填写说明(不超过" + TEXT_LIMIT + "字)"));
            }
            above = b;
        }
        return problems;
    }

    /** Allowed values of one factor, in the configured order. */
    @Override
    public List<BigDecimal> allowed(AssessmentMethod method, String factor) {
        return values(method, factor).stream().map(FactorValue::value).toList();
    }

    public List<FactorValue> values(AssessmentMethod method, String factor) {
        return values.stream().filter(v -> v.method() == method && v.factor().equals(factor)).toList();
    }

    public List<FactorValue> values(AssessmentMethod method) {
        return values.stream().filter(v -> v.method() == method).toList();
    }

    public List<Band> bands(AssessmentMethod method) {
        return bands.stream().filter(b -> b.method() == method).toList();
    }

    /**
     * Each band of the method as a range of the product, e.g. {@code 160 < D ≤ 320}: a band's upper limit is the
     * bound of the band above it, with the opposite inclusiveness.
     */
    public List<String> ranges(AssessmentMethod method) {
        String symbol = method == AssessmentMethod.LEC ? "D" : "R";
        List<Band> list = bands(method);
        List<String> ranges = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Band b = list.get(i);
            Band above = i == 0 ? null : list.get(i - 1);
            String lower = b.lowerBound() == null ? "" : b.lowerBound().toPlainString() + (b.inclusive() ? " ≤ " : " < ");
            String upper = above == null ? "" : (above.inclusive() ? " < " : " ≤ ") + above.lowerBound().toPlainString();
            ranges.add(lower.isEmpty() && upper.isEmpty() ? "全部" : lower + symbol + upper);
        }
        return ranges;
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

    private Set<AssessmentMethod> configuredMethods() {
        Set<AssessmentMethod> methods = EnumSet.noneOf(AssessmentMethod.class);
        values.forEach(v -> methods.add(v.method()));
        bands.forEach(b -> methods.add(b.method()));
        return methods;
    }
}
