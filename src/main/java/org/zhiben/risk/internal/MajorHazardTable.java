package org.zhiben.risk.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.risk.majorsource.MajorHazardAssessment;
import org.zhiben.risk.majorsource.MajorHazardCalculator;
import org.zhiben.risk.majorsource.MajorHazardLevel;
import org.zhiben.risk.majorsource.SubstanceQuantity;

/**
 * The GB 18218-2018 figures (DOMAIN.md §4): categories with threshold quantity Q and correction factor β, named
 * substances (whose own Q and β take precedence over their category's), and α by outside population. Immutable; an
 * administrator's edit makes a new table through {@code withCategories}, {@code withSubstances} or
 * {@code withAlphaBands}, each checking its rules.
 */
public class MajorHazardTable implements MajorHazardCalculator {

    private static final int SCALE = 4;
    private static final Pattern CAS = Pattern.compile("\\d{2,7}-\\d{2}-\\d");

    /** A category such as J1 or W5.3; {@code code} is upper-case. */
    public record Category(String code, String description, BigDecimal q, BigDecimal beta) {

        public Category {
            code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
            description = description == null || description.isBlank() ? null : description.strip();
            q = Decimals.plain(q);
            beta = Decimals.plain(beta);
        }
    }

    /** A named substance; {@code category}, {@code q} and {@code beta} may each be missing. */
    public record Substance(String name, String cas, String category, BigDecimal q, BigDecimal beta) {

        public Substance {
            name = name == null ? null : name.strip();
            cas = cas == null || cas.isBlank() ? null : cas.strip();
            category = category == null || category.isBlank() ? null : category.strip().toUpperCase(Locale.ROOT);
            q = Decimals.plain(q);
            beta = Decimals.plain(beta);
        }
    }

    /** α for a population of at least {@code minPopulation} (up to the next band's minimum). */
    public record AlphaBand(int minPopulation, BigDecimal alpha) {

        public AlphaBand {
            alpha = Decimals.plain(alpha);
        }
    }

    private final List<Category> categories;
    private final List<Substance> substances;
    private final List<AlphaBand> alphaBands;

    /** @throws IllegalArgumentException when the figures break the rules of the {@code with…} methods */
    public MajorHazardTable(List<Category> categories, List<Substance> substances, List<AlphaBand> alphaBands) {
        this.categories = List.copyOf(categories);
        this.substances = List.copyOf(substances);
        this.alphaBands = alphaBands.stream().sorted(Comparator.comparingInt(AlphaBand::minPopulation).reversed())
                .toList();
        List<FieldViolation> problems = new ArrayList<>(categoryViolations(this.categories, this.substances));
        problems.addAll(substanceViolations(this.substances, this.categories));
        problems.addAll(alphaViolations(alphaBands));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("GB 18218 配置有误: " + problems);
        }
    }

    /**
     * S = Σ qᵢ/Qᵢ and R = α · Σ βᵢ·qᵢ/Qᵢ are added up as exact fractions, so that e.g. three thirds make S = 1
     * exactly; they are rounded (HALF_UP, 4 decimals) only for the result.
     */
    @Override
    public MajorHazardAssessment assess(int outsidePopulation, List<SubstanceQuantity> present) {
        List<FieldViolation> problems = new ArrayList<>();
        if (outsidePopulation < 0) {
            problems.add(new FieldViolation("outsidePopulation", "厂区边界外500米范围内常住人口不能为负数"));
        }
        if (present == null || present.isEmpty()) {
            problems.add(new FieldViolation("substances", "请至少填写一种物质(名称或类别)及其数量"));
        }
        Fraction sum = Fraction.ZERO;
        Fraction weighted = Fraction.ZERO;
        for (int i = 0; present != null && i < present.size(); i++) {
            SubstanceQuantity s = present.get(i);
            Optional<Threshold> threshold = threshold(s, "substances[" + i + "].", problems);
            BigDecimal q = s == null ? null : s.quantityTonnes();
            if (q == null) {
                problems.add(new FieldViolation("substances[" + i + "].quantityTonnes", "请填写实际存在量(吨)"));
            } else if (q.signum() < 0) {
                problems.add(new FieldViolation("substances[" + i + "].quantityTonnes", "实际存在量不能为负数"));
            } else if (threshold.isPresent()) {
                Fraction ratio = new Fraction(q, threshold.get().q());
                sum = sum.plus(ratio);
                weighted = weighted.plus(ratio.times(threshold.get().beta()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        BigDecimal alpha = alpha(outsidePopulation);
        Fraction r = weighted.times(alpha);
        boolean major = sum.compareTo(BigDecimal.ONE) >= 0;
        MajorHazardLevel level = major ? Arrays.stream(MajorHazardLevel.values())
                .filter(l -> r.compareTo(l.minimumR()) >= 0).findFirst().orElseThrow() : null;
        return new MajorHazardAssessment(sum.rounded(SCALE), r.rounded(SCALE), alpha.scale() < 1 ? alpha.setScale(1) : alpha,
                level, major);
    }

    /** α of the band with the highest minimum population not above {@code outsidePopulation}. */
    public BigDecimal alpha(int outsidePopulation) {
        return alphaBands.stream().filter(b -> outsidePopulation >= b.minPopulation()).findFirst()
                .map(AlphaBand::alpha).orElseThrow(() -> new InvalidInputException("outsidePopulation",
                        "厂区边界外500米范围内常住人口不能为负数"));
    }

    private record Threshold(BigDecimal q, BigDecimal beta) {
    }

    /**
     * Q and β for one line: a named substance's own figures first, the rest from its category (the one given on
     * the line, else the one stored with the substance); a category alone gives both.
     */
    private Optional<Threshold> threshold(SubstanceQuantity s, String row, List<FieldViolation> problems) {
        String name = s == null || s.name() == null || s.name().isBlank() ? null : s.name().strip();
        String code = s == null || s.category() == null || s.category().isBlank() ? null
                : s.category().strip().toUpperCase(Locale.ROOT);
        Optional<Category> given = Optional.empty();
        if (code != null) {
            given = category(code);
            if (given.isEmpty()) {
                problems.add(new FieldViolation(row + "category", "未知类别 " + code + ",应为 " + categoryCodes()));
                return Optional.empty();
            }
        }
        if (name == null) {
            if (given.isEmpty()) {
                problems.add(new FieldViolation(row + "name", "请填写物质名称或类别(" + categoryCodes() + ")"));
                return Optional.empty();
            }
            return Optional.of(new Threshold(given.get().q(), given.get().beta()));
        }
        Optional<Substance> named = substance(name);
        if (named.isEmpty()) {
            problems.add(new FieldViolation(row + "name", "未知物质,请按类别填写(「" + name + "」不在名录中;类别:" + categoryCodes() + ")"));
            return Optional.empty();
        }
        Substance substance = named.get();
        Optional<Category> category = given.isPresent() ? given
                : Optional.ofNullable(substance.category()).flatMap(this::category);
        BigDecimal q = substance.q() != null ? substance.q() : category.map(Category::q).orElse(null);
        BigDecimal beta = substance.beta() != null ? substance.beta() : category.map(Category::beta).orElse(null);
        if (q == null || beta == null) {
            problems.add(new FieldViolation(row + "category", substance.name() + " 未规定"
                    + (q == null ? "临界量Q" : "校正系数β") + ",请同时填写其类别(" + categoryCodes() + ")"));
            return Optional.empty();
        }
        return Optional.of(new Threshold(q, beta));
    }

    public Optional<Category> category(String code) {
        return categories.stream().filter(c -> c.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    public Optional<Substance> substance(String name) {
        return substances.stream().filter(s -> s.name().equals(name.strip())).findFirst();
    }

    private String categoryCodes() {
        return categories.stream().map(Category::code).collect(Collectors.joining("、"));
    }

    /** @throws InvalidInputException by field {@code categories[i].code}…; a category in use cannot be removed */
    public MajorHazardTable withCategories(List<Category> newCategories) {
        throwIfAny(categoryViolations(newCategories, substances));
        return new MajorHazardTable(newCategories, substances, alphaBands);
    }

    /** @throws InvalidInputException by field {@code substances[i].name}… */
    public MajorHazardTable withSubstances(List<Substance> newSubstances) {
        throwIfAny(substanceViolations(newSubstances, categories));
        return new MajorHazardTable(categories, newSubstances, alphaBands);
    }

    /** @throws InvalidInputException by field {@code alphaBands[i].alpha}… */
    public MajorHazardTable withAlphaBands(List<AlphaBand> newBands) {
        throwIfAny(alphaViolations(newBands));
        return new MajorHazardTable(categories, substances, newBands);
    }

    private static void throwIfAny(List<FieldViolation> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static List<FieldViolation> categoryViolations(List<Category> categories, List<Substance> substances) {
        List<FieldViolation> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            String row = "categories[" + i + "].";
            if (c.code() == null || c.code().isEmpty() || c.code().length() > 16) {
                problems.add(new FieldViolation(row + "code", "请填写类别代码(不超过16个字符)"));
            } else if (!codes.add(c.code())) {
                problems.add(new FieldViolation(row + "code", "类别 " + c.code() + " 重复"));
            }
            if (c.description() != null && c.description().length() > 200) {
                problems.add(new FieldViolation(row + "description", "说明不超过200字"));
            }
            positive(c.q(), row + "q", "临界量Q", problems);
            positive(c.beta(), row + "beta", "校正系数β", problems);
        }
        if (categories.isEmpty()) {
            problems.add(new FieldViolation("categories", "至少需要一个类别"));
        }
        for (Substance s : substances) {
            if (s.category() != null && !codes.contains(s.category())) {
                problems.add(new FieldViolation("categories",
                        "类别 " + s.category() + " 被物质「" + s.name() + "」使用,不能删除"));
            }
        }
        return problems;
    }

    static List<FieldViolation> substanceViolations(List<Substance> substances, List<Category> categories) {
        List<FieldViolation> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> codes = categories.stream().map(Category::code).collect(Collectors.toSet());
        for (int i = 0; i < substances.size(); i++) {
            Substance s = substances.get(i);
            String row = "substances[" + i + "].";
            if (s.name() == null || s.name().isEmpty() || s.name().length() > 50) {
                problems.add(new FieldViolation(row + "name", "请填写物质名称(不超过50字)"));
            } else if (!names.add(s.name())) {
                problems.add(new FieldViolation(row + "name", "物质「" + s.name() + "」重复"));
            }
            if (s.cas() != null && !CAS.matcher(s.cas()).matches()) {
                problems.add(new FieldViolation(row + "cas", "CAS号格式应如 7664-41-7"));
            }
            if (s.category() != null && !codes.contains(s.category())) {
                problems.add(new FieldViolation(row + "category",
                        "未知类别 " + s.category() + ",应为 " + String.join("、", categories.stream().map(Category::code).toList())));
            }
            if (s.q() != null) {
                positive(s.q(), row + "q", "临界量Q", problems);
            }
            if (s.beta() != null) {
                positive(s.beta(), row + "beta", "校正系数β", problems);
            }
        }
        return problems;
    }

    /** α must be positive, one band must start at 0 people, and more people never lower α. */
    static List<FieldViolation> alphaViolations(List<AlphaBand> bands) {
        List<FieldViolation> problems = new ArrayList<>();
        Set<Integer> minimums = new HashSet<>();
        for (int i = 0; i < bands.size(); i++) {
            AlphaBand b = bands.get(i);
            String row = "alphaBands[" + i + "].";
            if (b.minPopulation() < 0) {
                problems.add(new FieldViolation(row + "minPopulation", "人数下限不能为负数"));
            } else if (!minimums.add(b.minPopulation())) {
                problems.add(new FieldViolation(row + "minPopulation", "人数下限 " + b.minPopulation() + " 重复"));
            }
            positive(b.alpha(), row + "alpha", "α", problems);
        }
        if (!minimums.contains(0)) {
            problems.add(new FieldViolation("alphaBands", "须有一档人数下限为0,以涵盖无人的情况"));
        }
        if (problems.isEmpty()) {
            List<AlphaBand> ascending = bands.stream().sorted(Comparator.comparingInt(AlphaBand::minPopulation)).toList();
            for (int i = 1; i < ascending.size(); i++) {
                if (ascending.get(i).alpha().compareTo(ascending.get(i - 1).alpha()) < 0) {
                    problems.add(new FieldViolation("alphaBands[" + bands.indexOf(ascending.get(i)) + "].alpha",
                            "人数越多α不能越小:" + ascending.get(i - 1).minPopulation() + "人起为 "
                                    + ascending.get(i - 1).alpha().toPlainString()));
                }
            }
        }
        return problems;
    }

    private static void positive(BigDecimal value, String field, String label, List<FieldViolation> problems) {
        String problem = Decimals.notPositive(value);
        if (problem != null) {
            problems.add(new FieldViolation(field, label + problem));
        }
    }

    public List<Category> categories() {
        return categories;
    }

    public List<Substance> substances() {
        return substances;
    }

    /** From the largest minimum population down. */
    public List<AlphaBand> alphaBands() {
        return alphaBands;
    }

    /** An exact non-negative quotient n/d (d &gt; 0): sums of qᵢ/Qᵢ compared with 1, 10, 50, 100 without rounding. */
    record Fraction(BigDecimal numerator, BigDecimal denominator) {

        static final Fraction ZERO = new Fraction(BigDecimal.ZERO, BigDecimal.ONE);

        Fraction plus(Fraction other) {
            if (denominator.compareTo(other.denominator) == 0) {
                return new Fraction(numerator.add(other.numerator), denominator);
            }
            return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                    denominator.multiply(other.denominator));
        }

        Fraction times(BigDecimal factor) {
            return new Fraction(numerator.multiply(factor), denominator);
        }

        int compareTo(BigDecimal value) {
            return numerator.compareTo(value.multiply(denominator));
        }

        BigDecimal rounded(int scale) {
            return numerator.divide(denominator, scale, RoundingMode.HALF_UP);
        }
    }
}
