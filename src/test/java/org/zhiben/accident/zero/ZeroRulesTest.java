package org.zhiben.accident.zero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhiben.common.InvalidInputException;
import org.zhiben.directory.UnitType;

/** Seed 004's figures: targets met at the bound, the groups, the definition of zero, the reporting calendar. */
class ZeroRulesTest {

    private static ZeroRate rate(UnitGroup g, long total, long zero, String target) {
        return ZeroRate.of(g, total, zero, new BigDecimal(target));
    }

    @Test
    void villageTargetsAreMetAtTheBoundAndNotJustBelow() {
        // 2020: 75 %, 2021: 78 %, 2022: 80 % of 村(社区)
        assertThat(rate(UnitGroup.VILLAGE, 100, 75, "75").met()).isTrue();
        assertThat(rate(UnitGroup.VILLAGE, 100, 74, "75").met()).isFalse();
        assertThat(rate(UnitGroup.VILLAGE, 4, 3, "75").met()).isTrue();
        assertThat(rate(UnitGroup.VILLAGE, 50, 39, "78").met()).isTrue();   // 78 %
        assertThat(rate(UnitGroup.VILLAGE, 50, 38, "78").met()).isFalse();  // 76 %
        assertThat(rate(UnitGroup.VILLAGE, 5, 4, "80").met()).isTrue();
        assertThat(rate(UnitGroup.VILLAGE, 1000, 799, "80").met()).isFalse(); // 79.9 %
    }

    @Test
    void unitTargetsIncludeTheBoundAndAreDecidedExactlyNotOnTheRoundedRate() {
        // 2020: 85 % 以上, 2021: 88 % 以上, 2022: 90 % 以上 of 企事业单位
        assertThat(rate(UnitGroup.UNIT, 20, 17, "85").met()).isTrue();
        assertThat(rate(UnitGroup.UNIT, 2000, 1699, "85").met()).isFalse(); // 84.95 %, shown as 84.95
        assertThat(rate(UnitGroup.UNIT, 200000, 169999, "85").percent()).isEqualByComparingTo("85.00"); // rounded up
        assertThat(rate(UnitGroup.UNIT, 200000, 169999, "85").met()).isFalse(); // but 84.9995 % is below 85
        assertThat(rate(UnitGroup.UNIT, 25, 22, "88").met()).isTrue();
        assertThat(rate(UnitGroup.UNIT, 100, 87, "88").met()).isFalse();
        assertThat(rate(UnitGroup.UNIT, 10, 9, "90").met()).isTrue();
        assertThat(rate(UnitGroup.UNIT, 100, 89, "90").met()).isFalse();
    }

    @Test
    void noUnitsIsNoRateAndNoTargetMet() {
        ZeroRate r = rate(UnitGroup.VILLAGE, 0, 0, "75");
        assertThat(r.percent()).isNull();
        assertThat(r.met()).isFalse();
        assertThat(ZeroRate.of(UnitGroup.UNIT, 3, 2, null).met()).isNull();
        assertThat(ZeroRate.of(UnitGroup.UNIT, 3, 2, null).percent()).isEqualByComparingTo("66.67");
        assertThatThrownBy(() -> ZeroRate.of(UnitGroup.UNIT, 2, 3, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void villagesAreOneGroupEveryOtherTypeTheOther() {
        assertThat(UnitGroup.of(UnitType.VILLAGE)).isEqualTo(UnitGroup.VILLAGE);
        for (UnitType t : UnitType.values()) {
            if (t != UnitType.VILLAGE) {
                assertThat(UnitGroup.of(t)).as(t.label()).isEqualTo(UnitGroup.UNIT);
            }
        }
        assertThat(UnitType.values()).hasSize(11);
    }

    @Test
    void zeroMeansNoSafetyAccidentByDefaultOrNoCasualtyWhenTheCampaignChoosesIt() {
        assertThat(ZeroDefinition.NO_SAFETY_ACCIDENT.counts(0, 0, 0)).isTrue();
        assertThat(ZeroDefinition.NO_CASUALTY_ACCIDENT.counts(0, 0, 0)).isFalse();
        assertThat(ZeroDefinition.NO_CASUALTY_ACCIDENT.counts(0, 0, 1)).isTrue();
        assertThat(ZeroDefinition.NO_CASUALTY_ACCIDENT.counts(0, 1, 0)).isTrue();
        assertThat(ZeroDefinition.NO_CASUALTY_ACCIDENT.counts(1, 0, 0)).isTrue();
    }

    @Test
    void theSeedsCalendarRunsFromMayOfTheFirstYearToJanuaryAfterTheLast() {
        List<Deadline> d = Deadline.seed004(2020, 2022);
        assertThat(d).extracting(Deadline::code).containsExactly("CONTACTS", "PLAN", "SURVEY", "MIDYEAR-2020",
                "ANNUAL-2020", "MIDYEAR-2021", "ANNUAL-2021", "MIDYEAR-2022", "ANNUAL-2022");
        assertThat(d).extracting(Deadline::dueDate).containsExactly(LocalDate.of(2020, 5, 10),
                LocalDate.of(2020, 5, 15), LocalDate.of(2020, 6, 25), LocalDate.of(2020, 7, 15),
                LocalDate.of(2021, 1, 15), LocalDate.of(2021, 7, 15), LocalDate.of(2022, 1, 15),
                LocalDate.of(2022, 7, 15), LocalDate.of(2023, 1, 15));
    }

    @Test
    void targetsCoverEveryYearAndGroupOnceWithinZeroToAHundred() {
        List<ZeroAccidents.TargetData> ok = List.of(t(2020, UnitGroup.VILLAGE, "75"), t(2020, UnitGroup.UNIT, "85"));
        assertThat(ZeroAccidents.targets(ok, 2020, 2020)).hasSize(2);
        assertThatThrownBy(() -> ZeroAccidents.targets(List.of(t(2020, UnitGroup.VILLAGE, "75")), 2020, 2020))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ZeroAccidents.targets(List.of(t(2020, UnitGroup.VILLAGE, "75"),
                t(2020, UnitGroup.UNIT, "100.01")), 2020, 2020)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ZeroAccidents.targets(List.of(t(2020, UnitGroup.VILLAGE, "-1"),
                t(2020, UnitGroup.UNIT, "85")), 2020, 2020)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ZeroAccidents.targets(List.of(t(2021, UnitGroup.VILLAGE, "75"),
                t(2020, UnitGroup.UNIT, "85")), 2020, 2020)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ZeroAccidents.targets(List.of(t(2020, UnitGroup.VILLAGE, "75"),
                t(2020, UnitGroup.VILLAGE, "76"), t(2020, UnitGroup.UNIT, "85")), 2020, 2020))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ZeroAccidents.targets(List.of(t(2020, UnitGroup.VILLAGE, "0"), t(2020, UnitGroup.UNIT, "100")),
                2020, 2020)).hasSize(2);
    }

    private static ZeroAccidents.TargetData t(int year, UnitGroup g, String percent) {
        return new ZeroAccidents.TargetData(year, g, new BigDecimal(percent));
    }
}
