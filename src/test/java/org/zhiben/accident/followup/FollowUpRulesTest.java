package org.zhiben.accident.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.accident.AccidentFlag;
import org.zhiben.accident.AccidentGrade;
import org.zhiben.accident.AccidentState;
import org.zhiben.accident.Casualties;
import org.zhiben.accident.Grading;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.SectorSet;

/** The rules of the accident follow-up with their figures and bounds. */
class FollowUpRulesTest {

    private static final BlacklistRule DEFAULT = new BlacklistRule(AccidentGrade.LARGE,
            EnumSet.of(AccidentFlag.CONCEALED, AccidentFlag.FALSIFIED), Period.ofYears(3));
    private static final Set<AccidentFlag> NONE = Set.of();

    private static AccidentGrade grade(int deaths, int injuries, String loss) {
        return Grading.of(new Casualties(deaths, 0, injuries, new java.math.BigDecimal(loss))).grade();
    }

    @Test
    void theDefaultProposesLargeAndAboveAtTheGradesBounds() {
        // 较大: 3 deaths, 10 serious injuries, 1000万 loss ("以上"包括本数); just below is 一般
        assertThat(DEFAULT.basis(grade(2, 0, "0"), NONE, true)).isEmpty();
        assertThat(DEFAULT.basis(grade(3, 0, "0"), NONE, true)).hasValueSatisfying(b -> assertThat(b).contains("较大事故"));
        assertThat(DEFAULT.basis(grade(0, 9, "0"), NONE, true)).isEmpty();
        assertThat(DEFAULT.basis(grade(0, 10, "0"), NONE, true)).isPresent();
        assertThat(DEFAULT.basis(grade(0, 0, "9999999.99"), NONE, true)).isEmpty();
        assertThat(DEFAULT.basis(grade(0, 0, "10000000"), NONE, true)).isPresent();
        assertThat(DEFAULT.basis(AccidentGrade.MAJOR, NONE, true)).isPresent();
        assertThat(DEFAULT.basis(AccidentGrade.EXTRAORDINARY, NONE, true)).isPresent();
    }

    @Test
    void concealedOrFalsifiedReportsAreProposedWhateverTheGrade() {
        assertThat(DEFAULT.basis(AccidentGrade.GENERAL, Set.of(AccidentFlag.CONCEALED), true))
                .hasValue("事故瞒报");
        assertThat(DEFAULT.basis(AccidentGrade.GENERAL, Set.of(AccidentFlag.FALSIFIED), true)).hasValue("事故谎报");
        assertThat(DEFAULT.basis(AccidentGrade.GENERAL, Set.of(AccidentFlag.LATE, AccidentFlag.OMITTED), true))
                .isEmpty();
        assertThat(DEFAULT.basis(AccidentGrade.LARGE, Set.of(AccidentFlag.CONCEALED), true))
                .hasValueSatisfying(b -> assertThat(b).contains("较大事故").contains("事故瞒报"));
    }

    @Test
    void onlyProductionSafetyAccidentsAndTheSettingDecides() {
        assertThat(DEFAULT.basis(AccidentGrade.EXTRAORDINARY, Set.of(AccidentFlag.CONCEALED), false)).isEmpty();
        BlacklistRule majorOnly = new BlacklistRule(AccidentGrade.MAJOR, Set.of(), Period.ofYears(1));
        assertThat(majorOnly.basis(AccidentGrade.LARGE, Set.of(AccidentFlag.CONCEALED), true)).isEmpty();
        assertThat(majorOnly.basis(AccidentGrade.MAJOR, NONE, true)).isPresent();
        assertThat(majorOnly.term()).isEqualTo(Period.ofYears(1));
    }

    @Test
    void aLifetimeBanGoesWithMajorAndExtraordinaryAccidentsOfAnEnterprise() {
        // 重大: 10 deaths; 9 is 较大
        assertThat(BlacklistRule.lifetimeBan(grade(9, 0, "0"), true)).isFalse();
        assertThat(BlacklistRule.lifetimeBan(grade(10, 0, "0"), true)).isTrue();
        assertThat(BlacklistRule.lifetimeBan(grade(0, 50, "0"), true)).isTrue();
        assertThat(BlacklistRule.lifetimeBan(grade(0, 0, "50000000"), true)).isTrue();
        assertThat(BlacklistRule.lifetimeBan(AccidentGrade.EXTRAORDINARY, true)).isTrue();
        assertThat(BlacklistRule.lifetimeBan(AccidentGrade.MAJOR, false)).isFalse();
    }

    @Test
    void measuresAreOneToTwentyOfAtMostFiveHundredCharacters() {
        List<String> twenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            twenty.add("措施" + i);
        }
        assertThat(AccidentFollowUp.measures(twenty)).hasSize(20);
        List<String> more = new ArrayList<>(twenty);
        more.add("第二十一条");
        assertThatThrownBy(() -> AccidentFollowUp.measures(more)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("最多录入20条");
        assertThat(AccidentFollowUp.measures(List.of("字".repeat(500)))).hasSize(1);
        assertThatThrownBy(() -> AccidentFollowUp.measures(List.of("字".repeat(501))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AccidentFollowUp.measures(List.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AccidentFollowUp.measures(List.of("  "))).isInstanceOf(InvalidInputException.class);
        assertThat(AccidentFollowUp.lines("一、加装联锁\n\n  二、培训  \r\n")).containsExactly("一、加装联锁", "  二、培训  ");
    }

    private static AccidentFollowUp followUp() {
        return AccidentFollowUp.of(UUID.randomUUID(), UUID.randomUUID(), "990101100201", SectorSet.of("03"),
                Instant.now());
    }

    @Test
    void measuresWaitForTheInvestigationReportAndNeedAnEnterprise() {
        AccidentFollowUp f = followUp();
        assertThatThrownBy(() -> f.addMeasures(1, AccidentState.INVESTIGATING))
                .isInstanceOf(InvalidInputException.class);
        assertThat(f.addMeasures(2, AccidentState.REPORT_SUBMITTED)).isEqualTo(1);
        assertThat(f.addMeasures(1, AccidentState.RECTIFYING)).isEqualTo(3);
        assertThatThrownBy(() -> f.addMeasures(1, AccidentState.CLOSED)).isInstanceOf(InvalidInputException.class);
        AccidentFollowUp village = AccidentFollowUp.of(UUID.randomUUID(), null, "990101100201", SectorSet.of("18"),
                Instant.now());
        assertThatThrownBy(() -> village.addMeasures(1, AccidentState.REPLIED))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void analogyChecksAreDueAfterTodayForOneOfTheAccidentsSectorsOnce() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        AccidentFollowUp f = followUp();
        assertThatThrownBy(() -> f.confirmAnalogy("03", today.plusDays(7), null, AccidentState.REPLIED, today, "x",
                Instant.now())).isInstanceOf(InvalidInputException.class).hasMessageContaining("防范措施");
        f.addMeasures(1, AccidentState.REPLIED);
        assertThatThrownBy(() -> f.confirmAnalogy("03", today, null, AccidentState.REPLIED, today, "x",
                Instant.now())).isInstanceOf(InvalidInputException.class).hasMessageContaining("晚于今天");
        assertThatThrownBy(() -> f.confirmAnalogy("02", today.plusDays(1), null, AccidentState.REPLIED, today, "x",
                Instant.now())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> f.confirmAnalogy("03", today.plusDays(1), null, AccidentState.VOIDED, today, "x",
                Instant.now())).isInstanceOf(InvalidInputException.class);
        f.confirmAnalogy("03", today.plusDays(1), " 重点查有限空间 ", AccidentState.REPLIED, today, "孙监管",
                Instant.now());
        assertThat(f.getAnalogyDue()).isEqualTo(today.plusDays(1));
        assertThat(f.getAnalogyNote()).isEqualTo("重点查有限空间");
        assertThatThrownBy(() -> f.confirmAnalogy("03", today.plusDays(2), null, AccidentState.REPLIED, today, "x",
                Instant.now())).isInstanceOf(InvalidInputException.class).hasMessageContaining("不能重复");
    }

    private static BlacklistEntry entry() {
        return BlacklistEntry.propose(UUID.randomUUID(), UUID.randomUUID(), "990101100201", SectorSet.of("03"),
                "测试企业", "较大事故", false, Instant.now());
    }

    @Test
    void aConfirmedEntryNamesItsJointPunishmentAndEndsAfterToday() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        BlacklistEntry e = entry();
        assertThatThrownBy(() -> e.confirm("限制融资", today, null, today, "x", Instant.now()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("晚于今天");
        assertThatThrownBy(() -> e.confirm(" ", today.plusDays(1), null, today, "x", Instant.now()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> e.confirm("字".repeat(1001), today.plusDays(1), null, today, "x", Instant.now()))
                .isInstanceOf(InvalidInputException.class);
        e.confirm("字".repeat(1000), today.plusDays(1), null, today, "钱监管", Instant.now());
        assertThat(e.getState()).isEqualTo(BlacklistState.CONFIRMED);
        assertThat(e.getStartsOn()).isEqualTo(today);
        // in force from today through the end date, inclusive
        assertThat(e.inForce(today.minusDays(1))).isFalse();
        assertThat(e.inForce(today)).isTrue();
        assertThat(e.inForce(today.plusDays(1))).isTrue();
        assertThat(e.inForce(today.plusDays(2))).isFalse();
        assertThatThrownBy(() -> e.decline("改为不列入", "x", Instant.now())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDeclineNeedsAReason() {
        BlacklistEntry e = entry();
        assertThatThrownBy(() -> e.decline(" ", "x", Instant.now())).isInstanceOf(InvalidInputException.class);
        e.decline("经调查,事故单位不负主要责任", "钱监管", Instant.now());
        assertThat(e.getState()).isEqualTo(BlacklistState.DECLINED);
        assertThat(e.inForce(LocalDate.now())).isFalse();
    }
}
