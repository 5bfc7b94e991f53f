package org.zhiben.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.risk.AssessmentMethod.LS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.risk.AssessmentMethod;
import org.zhiben.risk.RiskLevel;
import org.zhiben.risk.assessment.RiskScore;
import org.zhiben.risk.internal.GradingTable.Band;
import org.zhiben.risk.internal.GradingTable.FactorValue;

/** The pure grading rules: band boundaries, input checks, and the rules an administrator's edit must keep. */
class GradingTableTest {

    /** LS as seeded: L and S 1–5; 20–25 重大 · 15–16 较大 · 9–12 一般 · 1–8 低 with inclusive lower bounds. */
    private static List<FactorValue> lsValues() {
        List<FactorValue> values = new ArrayList<>();
        for (String factor : List.of("l", "s")) {
            for (int v = 5; v >= 1; v--) {
                values.add(new FactorValue(LS, factor, BigDecimal.valueOf(v), "等级" + v));
            }
        }
        return values;
    }

    private static List<Band> lsBands() {
        return List.of(band(20, true, RiskLevel.MAJOR), band(15, true, RiskLevel.LARGE), band(9, true, RiskLevel.GENERAL),
                new Band(LS, null, false, RiskLevel.LOW, "低风险"));
    }

    private static Band band(double bound, boolean inclusive, RiskLevel level) {
        return new Band(LS, BigDecimal.valueOf(bound), inclusive, level, level.label() + "风险");
    }

    private static final GradingTable TABLE = new GradingTable(lsValues(), lsBands());

    private static RiskScore ls(int l, int s) {
        return TABLE.grade(LS, Map.of("l", BigDecimal.valueOf(l), "s", BigDecimal.valueOf(s)));
    }

    private static List<String> fields(Runnable edit) {
        try {
            edit.run();
        } catch (InvalidInputException e) {
            return e.violations().stream().map(FieldViolation::field).toList();
        }
        throw new AssertionError("edit was accepted");
    }

    @Test
    void inclusiveBoundBelongsToItsBand() {
        assertThat(ls(4, 5).level()).isEqualTo(RiskLevel.MAJOR);   // 20 ≥ 20
        assertThat(ls(4, 4).level()).isEqualTo(RiskLevel.LARGE);   // 16
        assertThat(ls(3, 5).level()).isEqualTo(RiskLevel.LARGE);   // 15 ≥ 15
        assertThat(ls(3, 4).level()).isEqualTo(RiskLevel.GENERAL); // 12
        assertThat(ls(3, 3).level()).isEqualTo(RiskLevel.GENERAL); // 9 ≥ 9
        assertThat(ls(2, 4).level()).isEqualTo(RiskLevel.LOW);     // 8
        assertThat(ls(1, 1).value()).isEqualByComparingTo("1");
    }

    @Test
    void exclusiveBoundBelongsToTheBandBelow() {
        GradingTable exclusive = TABLE.with(LS, lsValues(), List.of(band(20, false, RiskLevel.MAJOR),
                new Band(LS, null, false, RiskLevel.LOW, "其余")));
        assertThat(exclusive.grade(LS, Map.of("l", BigDecimal.valueOf(4), "s", BigDecimal.valueOf(5))).level())
                .isEqualTo(RiskLevel.LOW);
        assertThat(exclusive.grade(LS, Map.of("l", BigDecimal.valueOf(5), "s", BigDecimal.valueOf(5))).level())
                .isEqualTo(RiskLevel.MAJOR);
    }

    @Test
    void valueOutsideTheListNamesTheAllowedValues() {
        assertThatThrownBy(() -> TABLE.grade(LS, Map.of("l", BigDecimal.valueOf(6), "s", BigDecimal.ONE)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("l");
                    assertThat(e.violations().get(0).message()).contains("5、4、3、2、1").contains("收到 6");
                });
        assertThatThrownBy(() -> TABLE.grade(LS, Map.of("l", BigDecimal.ONE)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("s"));
    }

    @Test
    void equalNumbersWithOtherScalesAreAllowed() {
        assertThat(TABLE.grade(LS, Map.of("l", new BigDecimal("5.00"), "s", new BigDecimal("4.0"))).value())
                .isEqualTo(new BigDecimal("20"));
    }

    @Test
    void directJudgmentIsMajorWithoutScoring() {
        RiskScore score = TABLE.grade(AssessmentMethod.DIRECT, Map.of());
        assertThat(score.level()).isEqualTo(RiskLevel.MAJOR);
        assertThat(score.value()).isNull();
    }

    @Test
    void rangesReadTheBoundsOfTheBandAbove() {
        assertThat(TABLE.ranges(LS)).containsExactly("20 ≤ R", "15 ≤ R < 20", "9 ≤ R < 15", "R < 9");
    }

    @Test
    void bandsMustDescendStrictly() {
        List<Band> swapped = List.of(band(15, true, RiskLevel.MAJOR), band(20, true, RiskLevel.LARGE),
                new Band(LS, null, false, RiskLevel.LOW, "低"));
        assertThat(fields(() -> TABLE.with(LS, lsValues(), swapped))).containsExactly("bands[1].lowerBound");
        List<Band> equal = List.of(band(15, true, RiskLevel.MAJOR), band(15, false, RiskLevel.MAJOR),
                new Band(LS, null, false, RiskLevel.LOW, "低"));
        assertThat(fields(() -> TABLE.with(LS, lsValues(), equal))).containsExactly("bands[1].lowerBound");
    }

    @Test
    void exactlyOneCatchAllAndItComesLast() {
        List<Band> noCatchAll = List.of(band(20, true, RiskLevel.MAJOR), band(9, true, RiskLevel.GENERAL));
        assertThat(fields(() -> TABLE.with(LS, lsValues(), noCatchAll))).containsExactly("bands[1].lowerBound");
        List<Band> catchAllFirst = List.of(new Band(LS, null, false, RiskLevel.MAJOR, "全部"), band(9, true, RiskLevel.LOW),
                new Band(LS, null, false, RiskLevel.LOW, "低"));
        assertThat(fields(() -> TABLE.with(LS, lsValues(), catchAllFirst))).contains("bands[0].lowerBound");
        assertThat(fields(() -> TABLE.with(LS, lsValues(), List.of()))).containsExactly("bands");
    }

    @Test
    void levelsMustNotGetMoreSevereFurtherDown() {
        List<Band> inverted = List.of(band(20, true, RiskLevel.LARGE), band(15, true, RiskLevel.MAJOR),
                new Band(LS, null, false, RiskLevel.LOW, "低"));
        assertThat(fields(() -> TABLE.with(LS, lsValues(), inverted))).containsExactly("bands[1].level");
        List<Band> sameLevelTwice = List.of(band(20, true, RiskLevel.MAJOR), band(15, true, RiskLevel.MAJOR),
                new Band(LS, null, false, RiskLevel.LOW, "低"));
        assertThat(TABLE.with(LS, lsValues(), sameLevelTwice).bands(LS)).hasSize(3);
    }

    @Test
    void valuesMustBePositiveDistinctAndMeaningful() {
        List<FactorValue> values = new ArrayList<>(lsValues());
        values.set(0, new FactorValue(LS, "l", BigDecimal.ZERO, "零"));
        values.set(1, new FactorValue(LS, "l", new BigDecimal("3.0"), "重复"));
        values.set(2, new FactorValue(LS, "l", BigDecimal.valueOf(7), " "));
        values.set(3, new FactorValue(LS, "x", BigDecimal.valueOf(8), "无此因素"));
        values.set(4, new FactorValue(LS, "l", new BigDecimal("0.12345"), "五位小数"));
        assertThat(fields(() -> TABLE.with(LS, values, lsBands()))).containsExactly("values[0].value",
                "values[2].meaning", "values[3].factor", "values[4].value");
        // 3.0 was not a duplicate once 3 was replaced; now make it one
        values.set(2, new FactorValue(LS, "l", BigDecimal.valueOf(3), "三"));
        assertThat(fields(() -> TABLE.with(LS, values, lsBands()))).contains("values[2].value");
    }

    @Test
    void everyFactorNeedsAValue() {
        List<FactorValue> onlyL = lsValues().stream().filter(v -> v.factor().equals("l")).toList();
        assertThat(fields(() -> TABLE.with(LS, onlyL, lsBands()))).containsExactly("values");
    }

    @Test
    void aRejectedEditLeavesTheTableAsItWas() {
        List<Band> inverted = List.of(band(9, true, RiskLevel.LOW), band(20, true, RiskLevel.MAJOR),
                new Band(LS, null, false, RiskLevel.LOW, "低"));
        assertThatThrownBy(() -> TABLE.with(LS, lsValues(), inverted)).isInstanceOf(InvalidInputException.class);
        assertThat(TABLE.bands(LS)).isEqualTo(lsBands());
        assertThat(ls(4, 5).level()).isEqualTo(RiskLevel.MAJOR);
    }

    @Test
    void anAcceptedEditChangesOnlyItsMethod() {
        List<FactorValue> lec = List.of(new FactorValue(AssessmentMethod.LEC, "l", BigDecimal.ONE, "一"),
                new FactorValue(AssessmentMethod.LEC, "e", BigDecimal.ONE, "一"),
                new FactorValue(AssessmentMethod.LEC, "c", BigDecimal.ONE, "一"));
        GradingTable both = TABLE.with(AssessmentMethod.LEC, lec,
                List.of(new Band(AssessmentMethod.LEC, null, false, RiskLevel.LOW, "稍有危险")));
        assertThat(both.values(LS)).isEqualTo(TABLE.values(LS));
        assertThat(both.grade(AssessmentMethod.LEC, Map.of("l", BigDecimal.ONE, "e", BigDecimal.ONE, "c", BigDecimal.ONE))
                .band()).isEqualTo("稍有危险");
    }
}
