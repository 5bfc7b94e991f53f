package org.zhiben.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.risk.majorsource.MajorHazardAssessment;
import org.zhiben.risk.majorsource.MajorHazardLevel;
import org.zhiben.risk.majorsource.SubstanceQuantity;
import org.zhiben.risk.internal.MajorHazardTable.AlphaBand;
import org.zhiben.risk.internal.MajorHazardTable.Category;
import org.zhiben.risk.internal.MajorHazardTable.Substance;

/** The pure GB 18218 rules on a small table with DOMAIN.md §4 figures: exact sums, precedence, edit rules. */
class MajorHazardTableTest {

    private static final List<Category> CATEGORIES = List.of(
            new Category("J1", null, d("5"), d("4")), new Category("J3", null, d("50"), d("2")),
            new Category("W2", null, d("10"), d("1.5")), new Category("W5.3", null, d("1000"), d("1")));
    private static final List<Substance> SUBSTANCES = List.of(
            new Substance("氯", "7782-50-5", null, d("5"), d("4")),
            new Substance("光气", "75-44-5", null, d("0.3"), d("20")),
            new Substance("异氰酸甲酯", "624-83-9", null, d("0.75"), d("20")),
            new Substance("甲烷", "74-82-8", "W2", d("50"), null),
            new Substance("一氧化碳", "630-08-0", null, null, d("2")));
    private static final List<AlphaBand> ALPHA = List.of(new AlphaBand(100, d("2.0")), new AlphaBand(50, d("1.5")),
            new AlphaBand(30, d("1.2")), new AlphaBand(1, d("1.0")), new AlphaBand(0, d("0.5")));
    private static final MajorHazardTable TABLE = new MajorHazardTable(CATEGORIES, SUBSTANCES, ALPHA);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static SubstanceQuantity named(String name, String tonnes) {
        return new SubstanceQuantity(name, null, d(tonnes));
    }

    private static SubstanceQuantity category(String code, String tonnes) {
        return new SubstanceQuantity(null, code, d(tonnes));
    }

    private static List<FieldViolation> violations(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.violations();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void thirdsThatAddUpToOneMakeAMajorHazardExactly() {
        // 光气 0.1/0.3 + 异氰酸甲酯 0.25/0.75 + 光气 0.1/0.3 = 1/3 + 1/3 + 1/3: a decimal sum would give 0.999…
        MajorHazardAssessment a = TABLE.assess(10, List.of(named("光气", "0.1"), named("异氰酸甲酯", "0.25"),
                named("光气", "0.1")));
        assertThat(a.major()).isTrue();
        assertThat(a.sum()).isEqualTo(d("1.0000"));
        // R = 1.0 · 20 · (1/3 + 1/3 + 1/3) = 20
        assertThat(a.r()).isEqualTo(d("20.0000"));
        assertThat(a.level()).isEqualTo(MajorHazardLevel.THIRD);
    }

    @Test
    void resultsAreRoundedHalfUpToFourDecimals() {
        // 光气 0.2/0.3 = 0.66666… → 0.6667; R = 0.5 · 20 · 2/3 = 6.66666… → 6.6667
        MajorHazardAssessment a = TABLE.assess(0, List.of(named("光气", "0.2")));
        assertThat(a.sum()).isEqualTo(d("0.6667"));
        assertThat(a.r()).isEqualTo(d("6.6667"));
        assertThat(a.alpha()).isEqualTo(d("0.5"));
        assertThat(a.major()).isFalse();
        assertThat(a.level()).isNull();
    }

    @Test
    void namedFiguresComeFirstAndTheRestFromTheCategory() {
        // 甲烷: own Q 50, β of its category W2 = 1.5 → 100/50 = 2, R = 1.0 · 1.5 · 2 = 3
        MajorHazardAssessment methane = TABLE.assess(1, List.of(named("甲烷", "100")));
        assertThat(methane.sum()).isEqualTo(d("2.0000"));
        assertThat(methane.r()).isEqualTo(d("3.0000"));
        // 一氧化碳: own β 2, Q from the category given on the line (J3, Q 50) → 50/50 = 1, R = 1.0 · 2 · 1 = 2
        MajorHazardAssessment co = TABLE.assess(1, List.of(new SubstanceQuantity("一氧化碳", "J3", d("50"))));
        assertThat(co.sum()).isEqualTo(d("1.0000"));
        assertThat(co.r()).isEqualTo(d("2.0000"));
        assertThat(co.level()).isEqualTo(MajorHazardLevel.FOURTH);
    }

    @Test
    void aNamedSubstanceWithoutQNeedsItsCategory() {
        List<FieldViolation> v = violations(() -> TABLE.assess(1, List.of(named("一氧化碳", "5"))));
        assertThat(v).extracting(FieldViolation::field).containsExactly("substances[0].category");
        assertThat(v.get(0).message()).contains("一氧化碳").contains("临界量").contains("J1、J3、W2、W5.3");
    }

    @Test
    void everyBadLineIsReported() {
        List<FieldViolation> v = violations(() -> TABLE.assess(-1, List.of(named("不存在的物质", "1"),
                category("W99", "1"), new SubstanceQuantity(null, null, d("1")), category("J1", "-1"),
                new SubstanceQuantity("氯", null, null))));
        assertThat(v).extracting(FieldViolation::field).containsExactly("outsidePopulation", "substances[0].name",
                "substances[1].category", "substances[2].name", "substances[3].quantityTonnes",
                "substances[4].quantityTonnes");
        assertThat(v.get(1).message()).contains("未知物质").contains("请按类别填写").contains("J1、J3、W2、W5.3");
        assertThat(v.get(2).message()).contains("W99").contains("J1、J3、W2、W5.3");
        assertThat(violations(() -> TABLE.assess(0, List.of()))).extracting(FieldViolation::field)
                .containsExactly("substances");
    }

    @Test
    void categoryCodesAreMatchedWhateverTheirCase() {
        assertThat(TABLE.assess(0, List.of(category(" w5.3 ", "1000"))).major()).isTrue();
    }

    @Test
    void zeroQuantityCountsAsNothing() {
        MajorHazardAssessment a = TABLE.assess(0, List.of(named("氯", "0")));
        assertThat(a.sum()).isEqualTo(d("0.0000"));
        assertThat(a.major()).isFalse();
    }

    @Test
    void categoryEditsAreCheckedAndUsedCategoriesStay() {
        List<Category> edited = new ArrayList<>(CATEGORIES);
        edited.set(0, new Category("J1", null, d("0"), d("4")));
        edited.set(1, new Category("w2", null, d("10"), d("1.5")));
        edited.remove(2);
        List<FieldViolation> v = violations(() -> TABLE.withCategories(edited));
        // J1 with Q = 0 is refused; J3 (unused) may go, and W2 (used by 甲烷) stays as row 1, typed in lower case
        assertThat(v).extracting(FieldViolation::field).containsExactly("categories[0].q");
        List<Category> withoutW2 = CATEGORIES.stream().filter(c -> !c.code().equals("W2")).toList();
        assertThat(violations(() -> TABLE.withCategories(withoutW2))).extracting(FieldViolation::message)
                .containsExactly("类别 W2 被物质「甲烷」使用,不能删除");
    }

    @Test
    void substanceEditsAreChecked() {
        List<Substance> edited = new ArrayList<>(SUBSTANCES);
        edited.add(new Substance("氯", null, null, d("1"), null));
        edited.add(new Substance("新物质", "12-34", "W9", d("-1"), d("0")));
        assertThat(violations(() -> TABLE.withSubstances(edited))).extracting(FieldViolation::field)
                .containsExactly("substances[5].name", "substances[6].cas", "substances[6].category",
                        "substances[6].q", "substances[6].beta");
        List<Substance> added = new ArrayList<>(SUBSTANCES);
        added.add(new Substance("新物质", "50-00-0", "J3", null, null));
        assertThat(TABLE.withSubstances(added).assess(1, List.of(named("新物质", "50"))).r()).isEqualTo(d("2.0000"));
    }

    @Test
    void alphaNeedsAZeroBandAndNeverFallsAsPopulationGrows() {
        assertThat(violations(() -> TABLE.withAlphaBands(List.of(new AlphaBand(1, d("1")))))).extracting(FieldViolation::field)
                .containsExactly("alphaBands");
        assertThat(violations(() -> TABLE.withAlphaBands(List.of(new AlphaBand(0, d("1")), new AlphaBand(10, d("0.5"))))))
                .extracting(FieldViolation::field).containsExactly("alphaBands[1].alpha");
        assertThat(violations(() -> TABLE.withAlphaBands(List.of(new AlphaBand(0, d("1")), new AlphaBand(0, d("2"))))))
                .extracting(FieldViolation::field).containsExactly("alphaBands[1].minPopulation");
        MajorHazardTable twoBands = TABLE.withAlphaBands(List.of(new AlphaBand(0, d("1")), new AlphaBand(10, d("3"))));
        assertThat(twoBands.alpha(9)).isEqualTo(d("1"));
        assertThat(twoBands.alpha(10)).isEqualTo(d("3"));
        assertThat(twoBands.alphaBands()).extracting(AlphaBand::minPopulation).containsExactly(10, 0);
    }

    @Test
    void aRejectedEditLeavesTheTableAsItWas() {
        assertThatThrownBy(() -> TABLE.withAlphaBands(List.of())).isInstanceOf(InvalidInputException.class);
        assertThat(TABLE.alpha(100)).isEqualByComparingTo("2.0");
    }
}
