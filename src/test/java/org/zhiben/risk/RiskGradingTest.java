package org.zhiben.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhiben.ZhibenTest;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.risk.assessment.RiskGrading;
import org.zhiben.risk.assessment.RiskScore;
import org.zhiben.risk.internal.GradingTable.FactorValue;
import org.zhiben.risk.internal.RiskTables;

/**
 * DOMAIN.md §3 against the seeded configuration: every value with its meaning, every combination of the lists
 * graded as the rule says (the rule written out here independently of the bands table), and the products next to
 * each boundary named explicitly.
 */
@ZhibenTest
class RiskGradingTest {

    private static final Map<String, String> LEC_L = ordered("10", "完全可以预料", "6", "相当可能", "3", "可能,但不经常",
            "1", "可能性小,完全意外", "0.5", "很不可能,可以设想", "0.2", "极不可能", "0.1", "实际不可能");
    private static final Map<String, String> EXPOSURE = ordered("10", "连续暴露", "6", "每天工作时间内暴露",
            "3", "每周一次或偶然暴露", "2", "每月一次", "1", "每年几次", "0.5", "非常罕见");
    private static final Map<String, String> LEC_C = ordered("100", "大灾难,许多人死亡", "40", "灾难,数人死亡",
            "15", "非常严重,一人死亡", "7", "严重,重伤", "3", "重大,致残", "1", "引人注目,需要救护");
    private static final Map<String, String> MES_M = ordered("5", "无控制措施", "3", "有减轻后果的应急措施", "1", "有预防措施");
    private static final Map<String, String> MES_S = ordered("10", "多人死亡", "8", "一人死亡", "4", "永久失能",
            "2", "需医院治疗", "1", "轻微");
    private static final List<String> ONE_TO_FIVE = List.of("5", "4", "3", "2", "1");

    @Autowired
    RiskGrading grading;
    @Autowired
    RiskTables tables;

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** LEC as DOMAIN states it: D > 320 重大 · 160 < D ≤ 320 较大 · 70 < D ≤ 160 一般 · 20 < D ≤ 70 / D ≤ 20 低. */
    private static RiskScore lecRule(BigDecimal d) {
        if (d.compareTo(d("320")) > 0) {
            return new RiskScore(d, RiskLevel.MAJOR, "极其危险");
        } else if (d.compareTo(d("160")) > 0) {
            return new RiskScore(d, RiskLevel.LARGE, "高度危险");
        } else if (d.compareTo(d("70")) > 0) {
            return new RiskScore(d, RiskLevel.GENERAL, "显著危险");
        } else if (d.compareTo(d("20")) > 0) {
            return new RiskScore(d, RiskLevel.LOW, "一般危险");
        }
        return new RiskScore(d, RiskLevel.LOW, "稍有危险");
    }

    /** LS: 20–25 重大 · 15–16 较大 · 9–12 一般 · 1–8 低. */
    private static RiskLevel lsRule(int r) {
        return r >= 20 ? RiskLevel.MAJOR : r >= 15 ? RiskLevel.LARGE : r >= 9 ? RiskLevel.GENERAL : RiskLevel.LOW;
    }

    /** MES: R > 180 重大 · 90 < R ≤ 180 较大 · 48 < R ≤ 90 一般 · R ≤ 48 低. */
    private static RiskLevel mesRule(BigDecimal r) {
        return r.compareTo(d("180")) > 0 ? RiskLevel.MAJOR : r.compareTo(d("90")) > 0 ? RiskLevel.LARGE
                : r.compareTo(d("48")) > 0 ? RiskLevel.GENERAL : RiskLevel.LOW;
    }

    private RiskScore lec(String l, String e, String c) {
        return grading.grade(AssessmentMethod.LEC, Map.of("l", d(l), "e", d(e), "c", d(c)));
    }

    private RiskScore mes(String m, String e, String s) {
        return grading.grade(AssessmentMethod.MES, Map.of("m", d(m), "e", d(e), "s", d(s)));
    }

    private Map<String, String> seeded(AssessmentMethod method, String factor) {
        Map<String, String> map = new LinkedHashMap<>();
        for (FactorValue v : tables.grading().values(method, factor)) {
            map.put(v.value().toPlainString(), v.meaning());
        }
        return map;
    }

    @Test
    void seededValuesAndMeaningsAreTheDomainDefaultsInOrder() {
        assertThat(seeded(AssessmentMethod.LEC, "l")).containsExactlyEntriesOf(LEC_L);
        assertThat(seeded(AssessmentMethod.LEC, "e")).containsExactlyEntriesOf(EXPOSURE);
        assertThat(seeded(AssessmentMethod.LEC, "c")).containsExactlyEntriesOf(LEC_C);
        assertThat(seeded(AssessmentMethod.MES, "m")).containsExactlyEntriesOf(MES_M);
        assertThat(seeded(AssessmentMethod.MES, "e")).containsExactlyEntriesOf(EXPOSURE);
        assertThat(seeded(AssessmentMethod.MES, "s")).containsExactlyEntriesOf(MES_S);
        assertThat(seeded(AssessmentMethod.LS, "l").keySet()).containsExactlyElementsOf(ONE_TO_FIVE);
        assertThat(seeded(AssessmentMethod.LS, "s").keySet()).containsExactlyElementsOf(ONE_TO_FIVE);
        assertThat(tables.grading().ranges(AssessmentMethod.LEC))
                .containsExactly("320 < D", "160 < D ≤ 320", "70 < D ≤ 160", "20 < D ≤ 70", "D ≤ 20");
        assertThat(tables.grading().ranges(AssessmentMethod.LS))
                .containsExactly("20 ≤ R", "15 ≤ R < 20", "9 ≤ R < 15", "R < 9");
        assertThat(tables.grading().ranges(AssessmentMethod.MES))
                .containsExactly("180 < R", "90 < R ≤ 180", "48 < R ≤ 90", "R ≤ 48");
    }

    /** All 7 × 6 × 6 = 252 combinations. */
    @Test
    void everyLecCombinationIsGradedByTheRule() {
        int checked = 0;
        for (String l : LEC_L.keySet()) {
            for (String e : EXPOSURE.keySet()) {
                for (String c : LEC_C.keySet()) {
                    BigDecimal product = d(l).multiply(d(e)).multiply(d(c));
                    RiskScore score = lec(l, e, c);
                    RiskScore expected = lecRule(product);
                    assertThat(score.value()).as("D of %s×%s×%s", l, e, c).isEqualByComparingTo(product);
                    assertThat(score.level()).as("level of D = %s", product).isEqualTo(expected.level());
                    assertThat(score.band()).as("band of D = %s", product).isEqualTo(expected.band());
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(252);
    }

    /** All 5 × 5 = 25 combinations. */
    @Test
    void everyLsCombinationIsGradedByTheRule() {
        int checked = 0;
        for (int l = 1; l <= 5; l++) {
            for (int s = 1; s <= 5; s++) {
                RiskScore score = grading.grade(AssessmentMethod.LS, Map.of("l", BigDecimal.valueOf(l), "s", BigDecimal.valueOf(s)));
                assertThat(score.value()).isEqualByComparingTo(BigDecimal.valueOf(l * s));
                assertThat(score.level()).as("R = %d", l * s).isEqualTo(lsRule(l * s));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(25);
    }

    /** All 3 × 6 × 5 = 90 combinations. */
    @Test
    void everyMesCombinationIsGradedByTheRule() {
        int checked = 0;
        for (String m : MES_M.keySet()) {
            for (String e : EXPOSURE.keySet()) {
                for (String s : MES_S.keySet()) {
                    BigDecimal product = d(m).multiply(d(e)).multiply(d(s));
                    RiskScore score = mes(m, e, s);
                    assertThat(score.value()).isEqualByComparingTo(product);
                    assertThat(score.level()).as("R = %s", product).isEqualTo(mesRule(product));
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(90);
    }

    /**
     * The products the LEC lists can make next to each boundary. 160 and 320 themselves cannot be made (checked
     * below), so the neighbours there are 150/180 and 300/360.
     */
    static Stream<Arguments> lecBoundaries() {
        return Stream.of(
                Arguments.of("10", "2", "1", "20", RiskLevel.LOW, "稍有危险"),
                Arguments.of("3", "1", "7", "21", RiskLevel.LOW, "一般危险"),
                Arguments.of("3", "3", "7", "63", RiskLevel.LOW, "一般危险"),
                Arguments.of("10", "1", "7", "70", RiskLevel.LOW, "一般危险"),
                Arguments.of("10", "0.5", "15", "75", RiskLevel.GENERAL, "显著危险"),
                Arguments.of("10", "1", "15", "150", RiskLevel.GENERAL, "显著危险"),
                Arguments.of("10", "6", "3", "180", RiskLevel.LARGE, "高度危险"),
                Arguments.of("10", "10", "3", "300", RiskLevel.LARGE, "高度危险"),
                Arguments.of("3", "3", "40", "360", RiskLevel.MAJOR, "极其危险"),
                Arguments.of("10", "10", "100", "10000", RiskLevel.MAJOR, "极其危险"),
                Arguments.of("0.1", "0.5", "1", "0.05", RiskLevel.LOW, "稍有危险"));
    }

    @ParameterizedTest(name = "LEC {0}×{1}×{2} = {3} → {4} {5}")
    @MethodSource("lecBoundaries")
    void lecNextToEachBoundary(String l, String e, String c, String d, RiskLevel level, String band) {
        RiskScore score = lec(l, e, c);
        assertThat(score.value()).isEqualByComparingTo(d);
        assertThat(score.level()).isEqualTo(level);
        assertThat(score.band()).isEqualTo(band);
    }

    @Test
    void lecNeighboursOfEachBoundaryAreTheOnesNamedAbove() {
        List<BigDecimal> products = new ArrayList<>();
        LEC_L.keySet().forEach(l -> EXPOSURE.keySet().forEach(e -> LEC_C.keySet()
                .forEach(c -> products.add(d(l).multiply(d(e)).multiply(d(c))))));
        for (String[] boundary : new String[][] {{"20", "20", "21"}, {"70", "70", "75"}, {"160", "150", "180"},
                {"320", "300", "360"}}) {
            BigDecimal b = d(boundary[0]);
            assertThat(products.stream().filter(p -> p.compareTo(b) <= 0).max(BigDecimal::compareTo).orElseThrow())
                    .as("largest D ≤ %s", b).isEqualByComparingTo(boundary[1]);
            assertThat(products.stream().filter(p -> p.compareTo(b) > 0).min(BigDecimal::compareTo).orElseThrow())
                    .as("smallest D > %s", b).isEqualByComparingTo(boundary[2]);
        }
    }

    static Stream<Arguments> lsBoundaries() {
        return Stream.of(Arguments.of(2, 4, RiskLevel.LOW), Arguments.of(3, 3, RiskLevel.GENERAL),
                Arguments.of(3, 4, RiskLevel.GENERAL), Arguments.of(3, 5, RiskLevel.LARGE),
                Arguments.of(4, 4, RiskLevel.LARGE), Arguments.of(4, 5, RiskLevel.MAJOR),
                Arguments.of(5, 5, RiskLevel.MAJOR), Arguments.of(1, 1, RiskLevel.LOW));
    }

    @ParameterizedTest(name = "LS {0}×{1} → {2}")
    @MethodSource("lsBoundaries")
    void lsOnEachSideOfEachBoundary(int l, int s, RiskLevel level) {
        assertThat(grading.grade(AssessmentMethod.LS, Map.of("l", BigDecimal.valueOf(l), "s", BigDecimal.valueOf(s)))
                .level()).isEqualTo(level);
    }

    /** MES makes 48, 90 and 180 exactly, and 40/50, 80/100, 150/200 around them. */
    static Stream<Arguments> mesBoundaries() {
        return Stream.of(
                Arguments.of("5", "2", "4", "40", RiskLevel.LOW),
                Arguments.of("3", "2", "8", "48", RiskLevel.LOW),
                Arguments.of("5", "10", "1", "50", RiskLevel.GENERAL),
                Arguments.of("5", "2", "8", "80", RiskLevel.GENERAL),
                Arguments.of("3", "3", "10", "90", RiskLevel.GENERAL),
                Arguments.of("5", "10", "2", "100", RiskLevel.LARGE),
                Arguments.of("5", "3", "10", "150", RiskLevel.LARGE),
                Arguments.of("3", "6", "10", "180", RiskLevel.LARGE),
                Arguments.of("5", "10", "4", "200", RiskLevel.MAJOR),
                Arguments.of("5", "10", "10", "500", RiskLevel.MAJOR));
    }

    @ParameterizedTest(name = "MES {0}×{1}×{2} = {3} → {4}")
    @MethodSource("mesBoundaries")
    void mesOnEachSideOfEachBoundary(String m, String e, String s, String r, RiskLevel level) {
        RiskScore score = mes(m, e, s);
        assertThat(score.value()).isEqualByComparingTo(r);
        assertThat(score.level()).isEqualTo(level);
    }

    @Test
    void directJudgmentIsMajor() {
        RiskScore score = grading.grade(AssessmentMethod.DIRECT, Map.of());
        assertThat(score.level()).isEqualTo(RiskLevel.MAJOR);
        assertThat(score.level().color()).isEqualTo("red");
        assertThat(score.level().exchangeCode()).isZero();
    }

    @Test
    void aValueOutsideTheListIsRefusedWithTheAllowedValues() {
        assertThatThrownBy(() -> lec("7", "6", "15")).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("l");
            assertThat(e.getMessage()).contains("10、6、3、1、0.5、0.2、0.1");
        });
        assertThatThrownBy(() -> mes("2", "4", "3")).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("m", "e", "s"));
    }
}
