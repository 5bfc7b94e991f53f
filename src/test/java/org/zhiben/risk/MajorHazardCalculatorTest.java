package org.zhiben.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhiben.ZhibenTest;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.risk.internal.MajorHazardTable;
import org.zhiben.risk.internal.RiskTables;
import org.zhiben.risk.majorsource.MajorHazardAssessment;
import org.zhiben.risk.majorsource.MajorHazardCalculator;
import org.zhiben.risk.majorsource.MajorHazardLevel;
import org.zhiben.risk.majorsource.SubstanceQuantity;

/**
 * GB 18218-2018 (DOMAIN.md §4) with the seeded figures. Expected values are worked out by hand in the comments from
 * the DOMAIN figures: 氨 Q 10 β 2 · 氯 Q 5 β 4 · 光气 Q 0.3 β 20 · 甲烷 Q 50 (W2 β 1.5).
 */
@ZhibenTest
class MajorHazardCalculatorTest {

    @Autowired
    MajorHazardCalculator calculator;
    @Autowired
    RiskTables tables;

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static SubstanceQuantity named(String name, String tonnes) {
        return new SubstanceQuantity(name, null, d(tonnes));
    }

    private MajorHazardAssessment ammoniaAndChlorine(int population, String ammonia, String chlorine) {
        return calculator.assess(population, List.of(named("氨", ammonia), named("氯", chlorine)));
    }

    @Test
    void seededCategoriesAreTheDomainFigures() {
        Map<String, String> expected = new LinkedHashMap<>();
        // code → Q / β
        String[] figures = {"J1", "5/4", "J2", "50/1", "J3", "50/2", "J4", "50/2", "J5", "500/1", "W1.1", "1/2",
            "W1.2", "10/2", "W1.3", "50/2", "W2", "10/1.5", "W3", "150/1", "W4", "50/1", "W5.1", "10/1.5", "W5.2", "50/1",
            "W5.3", "1000/1", "W5.4", "5000/1", "W6.1", "10/1.5", "W6.2", "50/1", "W7.1", "10/1.5", "W7.2", "50/1",
            "W8", "50/1", "W9.1", "50/1", "W9.2", "200/1", "W10", "200/1", "W11", "200/1"};
        for (int i = 0; i < figures.length; i += 2) {
            expected.put(figures[i], figures[i + 1]);
        }
        Map<String, String> seeded = tables.majorHazard().categories().stream().collect(Collectors.toMap(
                MajorHazardTable.Category::code, c -> c.q().toPlainString() + "/" + c.beta().toPlainString(),
                (a, b) -> a, LinkedHashMap::new));
        assertThat(seeded).containsExactlyEntriesOf(expected);
    }

    @Test
    void seededSubstancesHaveQOnlyWhereDomainGivesIt() {
        Map<String, String> seeded = tables.majorHazard().substances().stream().collect(Collectors.toMap(
                MajorHazardTable.Substance::name, s -> text(s.q()) + "/" + text(s.beta()), (a, b) -> a, LinkedHashMap::new));
        assertThat(seeded).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("氨", "10/2"), Map.entry("氯", "5/4"), Map.entry("硫化氢", "5/5"), Map.entry("光气", "0.3/20"),
                Map.entry("碳酰氯", "0.3/20"), Map.entry("异氰酸甲酯", "0.75/20"), Map.entry("甲烷", "50/-"),
                Map.entry("天然气", "50/-"), Map.entry("一氧化碳", "-/2"), Map.entry("二氧化硫", "-/2"),
                Map.entry("环氧乙烷", "-/2"), Map.entry("氯化氢", "-/3"), Map.entry("溴甲烷", "-/3"),
                Map.entry("氟化氢", "-/5"), Map.entry("二氧化氮", "-/10"), Map.entry("氰化氢", "-/10"),
                Map.entry("磷化氢", "-/20")));
        assertThat(tables.majorHazard().alphaBands()).extracting(b -> b.minPopulation() + "→" + b.alpha().toPlainString())
                .containsExactly("100→2", "50→1.5", "30→1.2", "1→1", "0→0.5");
    }

    private static String text(BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }

    /** 氨 5 t + 氯 2.5 t: S = 5/10 + 2.5/5 = 1; Σβq/Q = 2·0.5 + 4·0.5 = 3; R = 3α. */
    @ParameterizedTest(name = "population {0} → α {1}, R {2}")
    @CsvSource({"0, 0.5, 1.5000", "1, 1.0, 3.0000", "29, 1.0, 3.0000", "30, 1.2, 3.6000", "49, 1.2, 3.6000",
        "50, 1.5, 4.5000", "99, 1.5, 4.5000", "100, 2.0, 6.0000", "5000, 2.0, 6.0000"})
    void alphaFollowsTheOutsidePopulation(int population, String alpha, String r) {
        MajorHazardAssessment a = ammoniaAndChlorine(population, "5", "2.5");
        assertThat(a.alpha()).isEqualTo(d(alpha));
        assertThat(a.sum()).isEqualTo(d("1.0000"));
        assertThat(a.r()).isEqualTo(d(r));
        assertThat(a.major()).isTrue();
        assertThat(a.level()).isEqualTo(MajorHazardLevel.FOURTH);
    }

    /**
     * α = 1.0 (10 people): R = 2·q氨/10 + 4·q氯/5 = 0.2·q氨 + 0.8·q氯. Just below a boundary, 氯 is 0.0001 t short,
     * which takes 0.00008 off R.
     */
    static Stream<Arguments> levels() {
        return Stream.of(
                // 0.2·10 + 0.8·9.9999 = 2 + 7.99992 = 9.99992; S = 1 + 1.99998 = 2.99998
                Arguments.of("10", "9.9999", "9.9999", "3.0000", MajorHazardLevel.FOURTH),
                // 2 + 8 = 10; S = 1 + 2 = 3
                Arguments.of("10", "10", "10.0000", "3.0000", MajorHazardLevel.THIRD),
                // 10 + 39.99992 = 49.99992; S = 5 + 9.99998
                Arguments.of("50", "49.9999", "49.9999", "15.0000", MajorHazardLevel.THIRD),
                // 10 + 40 = 50; S = 5 + 10
                Arguments.of("50", "50", "50.0000", "15.0000", MajorHazardLevel.SECOND),
                // 20 + 79.99992 = 99.99992; S = 10 + 19.99998
                Arguments.of("100", "99.9999", "99.9999", "30.0000", MajorHazardLevel.SECOND),
                // 20 + 80 = 100; S = 10 + 20
                Arguments.of("100", "100", "100.0000", "30.0000", MajorHazardLevel.FIRST));
    }

    @ParameterizedTest(name = "氨 {0} t + 氯 {1} t → R {2}, {4}")
    @MethodSource("levels")
    void levelsChangeExactlyAt10And50And100(String ammonia, String chlorine, String r, String sum,
            MajorHazardLevel level) {
        MajorHazardAssessment a = ammoniaAndChlorine(10, ammonia, chlorine);
        assertThat(a.r()).isEqualTo(d(r));
        assertThat(a.sum()).isEqualTo(d(sum));
        assertThat(a.level()).isEqualTo(level);
        assertThat(a.level().label()).isEqualTo(switch (level) {
            case FIRST -> "一级";
            case SECOND -> "二级";
            case THIRD -> "三级";
            case FOURTH -> "四级";
        });
    }

    @Test
    void alphaTwoDoublesR() {
        // 100 people, α 2.0: 氨 25 + 氯 25 → 2 · (2·2.5 + 4·5) = 2 · 25 = 50 → 二级; S = 2.5 + 5 = 7.5
        MajorHazardAssessment a = ammoniaAndChlorine(100, "25", "25");
        assertThat(a.r()).isEqualTo(d("50.0000"));
        assertThat(a.sum()).isEqualTo(d("7.5000"));
        assertThat(a.level()).isEqualTo(MajorHazardLevel.SECOND);
    }

    @Test
    void sumBelowOneIsNotAMajorHazardSource() {
        // 氯 4.9995/5 = 0.9999: not major, no level; R is still reported: 0.5 · 4 · 0.9999 = 1.9998
        MajorHazardAssessment below = calculator.assess(0, List.of(named("氯", "4.9995")));
        assertThat(below.sum()).isEqualTo(d("0.9999"));
        assertThat(below.major()).isFalse();
        assertThat(below.level()).isNull();
        assertThat(below.r()).isEqualTo(d("1.9998"));
        // q = Q for a single substance: S = 1
        MajorHazardAssessment at = calculator.assess(0, List.of(named("氯", "5")));
        assertThat(at.sum()).isEqualTo(d("1.0000"));
        assertThat(at.major()).isTrue();
        assertThat(at.level()).isEqualTo(MajorHazardLevel.FOURTH);
        // mixed: 氨 4.999/10 + 氯 2.5/5 = 0.4999 + 0.5 = 0.9999
        assertThat(ammoniaAndChlorine(0, "4.999", "2.5").major()).isFalse();
        assertThat(ammoniaAndChlorine(0, "5", "2.5").major()).isTrue();
    }

    @Test
    void unroundedSumDecidesNotTheRoundedOne() {
        // 氯 4.99996/5 = 0.999992 rounds to 1.0000 but is below 1
        MajorHazardAssessment a = calculator.assess(0, List.of(named("氯", "4.99996")));
        assertThat(a.sum()).isEqualTo(d("1.0000"));
        assertThat(a.major()).isFalse();
    }

    @Test
    void namedSubstancesUseTheirOwnFigures() {
        // 光气 0.3/0.3 = 1, β 20, α 1.5 (50 people) → R = 30 → 三级; 碳酰氯 is the same substance
        assertThat(calculator.assess(50, List.of(named("光气", "0.3"))).r()).isEqualTo(d("30.0000"));
        assertThat(calculator.assess(50, List.of(named("碳酰氯", "0.3"))).level()).isEqualTo(MajorHazardLevel.THIRD);
        // 异氰酸甲酯 0.75/0.75 = 1, β 20, α 2 → 40
        assertThat(calculator.assess(100, List.of(named("异氰酸甲酯", "0.75"))).r()).isEqualTo(d("40.0000"));
        // 硫化氢 10/5 = 2, β 5, α 1 → 10 → 三级
        assertThat(calculator.assess(1, List.of(named("硫化氢", "10"))).level()).isEqualTo(MajorHazardLevel.THIRD);
        // 甲烷 25/50 + 天然气 25/50 = 1; β of W2 1.5 → R = 0.5 · 1.5 = 0.75
        MajorHazardAssessment gas = calculator.assess(0, List.of(named("甲烷", "25"), named("天然气", "25")));
        assertThat(gas.sum()).isEqualTo(d("1.0000"));
        assertThat(gas.r()).isEqualTo(d("0.7500"));
    }

    @Test
    void namedToxicGasWithoutQTakesQFromTheGivenCategoryButKeepsItsBeta() {
        // 氯化氢 β 3 (not J3's 2), Q of J3 = 50: 50/50 = 1, R = 1.0 · 3 · 1 = 3
        MajorHazardAssessment a = calculator.assess(1, List.of(new SubstanceQuantity("氯化氢", "J3", d("50"))));
        assertThat(a.sum()).isEqualTo(d("1.0000"));
        assertThat(a.r()).isEqualTo(d("3.0000"));
        assertThatThrownBy(() -> calculator.assess(1, List.of(named("氯化氢", "50"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("substances[0].category");
                    assertThat(e.getMessage()).contains("氯化氢").contains("J1、J2").contains("W11");
                });
    }

    @Test
    void aCategoryAloneGivesQAndBeta() {
        // W5.4 Q 5000 β 1; W1.1 Q 1 β 2: 2500/5000 + 0.5/1 = 1; Σβ = 0.5 + 1 = 1.5; α 1.2 → 1.8
        MajorHazardAssessment a = calculator.assess(30, List.of(new SubstanceQuantity(null, "W5.4", d("2500")),
                new SubstanceQuantity(null, "W1.1", d("0.5"))));
        assertThat(a.sum()).isEqualTo(d("1.0000"));
        assertThat(a.r()).isEqualTo(d("1.8000"));
    }

    @Test
    void unknownSubstanceNamesTheCategories() {
        assertThatThrownBy(() -> calculator.assess(0, List.of(named("二甲苯", "10"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("substances[0].name");
                    assertThat(e.getMessage()).contains("未知物质,请按类别填写").contains("二甲苯")
                            .contains("J1、J2、J3、J4、J5、W1.1");
                });
    }

    @Test
    void negativeInputsAreRefused() {
        assertThatThrownBy(() -> calculator.assess(-1, List.of(named("氯", "5"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("outsidePopulation"));
        assertThatThrownBy(() -> calculator.assess(0, List.of(named("氯", "-5"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("substances[0].quantityTonnes"));
    }
}
