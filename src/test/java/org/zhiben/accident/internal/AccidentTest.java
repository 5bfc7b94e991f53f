package org.zhiben.accident.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.accident.AccidentFlag;
import org.zhiben.accident.AccidentGrade;
import org.zhiben.accident.AccidentState;
import org.zhiben.accident.Casualties;
import org.zhiben.accident.NewAccident;
import org.zhiben.accident.ReportLevel;
import org.zhiben.accident.ReportingClock;
import org.zhiben.accident.SpecialKind;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.Zones;

/** The accident aggregate: report checks, regrading with history, reports up, investigation and its limits. */
class AccidentTest {

    private static final Instant OCCURRED = Instant.parse("2026-03-01T02:00:00Z");
    private static final Instant KNOWN = OCCURRED.plus(Duration.ofMinutes(10));
    private static final Accident.Unit UNIT = new Accident.Unit(UUID.randomUUID(), "某机械厂", "990101100201",
            Set.of("03"));

    private static NewAccident report(Integer deaths, SpecialKind kind, Instant firstReported, String category) {
        return new NewAccident(UNIT.enterpriseId(), null, null, null, "一车间", OCCURRED, KNOWN, firstReported,
                null, category, true, kind, deaths, 0, 0, BigDecimal.ZERO, "冲床伤人", null);
    }

    private static Accident accident(int deaths) {
        return Accident.report(report(deaths, SpecialKind.NONE, KNOWN.plus(Duration.ofMinutes(30)), "03"), UNIT,
                null, "王安全", KNOWN.plus(Duration.ofMinutes(30)));
    }

    @Test
    void aReportIsCheckedAndGraded() {
        Accident a = accident(1);
        assertThat(a.getGrade()).isEqualTo(AccidentGrade.GENERAL);
        assertThat(a.getState()).isEqualTo(AccidentState.REPORTED);
        assertThat(a.flags()).isEmpty();
        assertThat(a.getOccurredYear()).isEqualTo(2026);
        assertThatThrownBy(() -> Accident.report(report(1, SpecialKind.NONE, null, "99"), UNIT, null, "x",
                KNOWN.plus(Duration.ofHours(1)))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .anyMatch(v -> v.field().equals("categoryCode")));
        // occurred after "now": refused
        assertThatThrownBy(() -> Accident.report(report(1, SpecialKind.NONE, null, "03"), UNIT, null, "x",
                OCCURRED.minusSeconds(1))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .anyMatch(v -> v.field().equals("occurredAt")));
        assertThatThrownBy(() -> accident(-1)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aFirstReportMoreThanAnHourAfterKnowingIsLate() {
        Instant onTime = KNOWN.plus(Duration.ofHours(1));
        assertThat(Accident.report(report(0, SpecialKind.NONE, onTime, "01"), UNIT, null, "x", onTime).flags())
                .doesNotContain(AccidentFlag.LATE);
        Instant late = onTime.plusSeconds(1);
        Accident a = Accident.report(report(0, SpecialKind.NONE, late, "01"), UNIT, null, "x", late);
        assertThat(a.flags()).contains(AccidentFlag.LATE);
        assertThat(a.clock(late).get(0).status()).isEqualTo(ReportingClock.Status.DONE_LATE);
    }

    @Test
    void supplementsRegradeAndKeepTheHistory() {
        Accident a = accident(1);
        Instant day2 = OCCURRED.plus(Duration.ofDays(2));
        a.supplement(new Casualties(2, 1, 0, BigDecimal.ZERO), "一人失踪", "王安全", day2);
        assertThat(a.getGrade()).isEqualTo(AccidentGrade.LARGE);
        a.supplement(new Casualties(10, 0, 0, BigDecimal.ZERO), "搜救结束", "王安全", OCCURRED.plus(Duration.ofDays(30)));
        assertThat(a.getGrade()).isEqualTo(AccidentGrade.MAJOR);
        assertThat(a.getFirstGrade()).isEqualTo(AccidentGrade.GENERAL);
        assertThat(a.getSupplements()).extracting(Supplement::getGradeBefore)
                .containsExactly(AccidentGrade.GENERAL, AccidentGrade.LARGE);
        assertThat(a.getSupplements()).extracting(Supplement::getGradeAfter)
                .containsExactly(AccidentGrade.LARGE, AccidentGrade.MAJOR);
        assertThat(a.getSupplements()).extracting(Supplement::isLate).containsExactly(false, false);
        a.supplement(new Casualties(10, 0, 1, BigDecimal.ZERO), null, "王安全",
                OCCURRED.plus(Duration.ofDays(30)).plusSeconds(1));
        assertThat(a.getSupplements().get(2).isLate()).isTrue();
        // the ministry is now required: the clock shows four steps
        assertThat(a.clock(day2)).hasSize(4);
    }

    @Test
    void roadAndFireSupplementsAreLateAfterSevenDays() {
        Instant reported = KNOWN.plus(Duration.ofMinutes(5));
        Accident a = Accident.report(report(1, SpecialKind.FIRE, reported, "08"), UNIT, null, "x", reported);
        a.supplement(new Casualties(1, 0, 1, BigDecimal.ZERO), null, "x", OCCURRED.plus(Duration.ofDays(7)));
        a.supplement(new Casualties(2, 0, 1, BigDecimal.ZERO), null, "x",
                OCCURRED.plus(Duration.ofDays(7)).plusSeconds(1));
        assertThat(a.getSupplements()).extracting(Supplement::isLate).containsExactly(false, true);
    }

    @Test
    void reportsGoUpInOrderAndOnlyAsFarAsTheGrade() {
        Accident a = accident(1);
        Instant now = KNOWN.plus(Duration.ofHours(2));
        assertThatThrownBy(() -> a.forward(ReportLevel.PROVINCE, now, now)).isInstanceOf(InvalidInputException.class);
        a.forward(ReportLevel.CITY, now, now);
        assertThat(a.clock(now).get(1).status()).isEqualTo(ReportingClock.Status.DONE);
        assertThatThrownBy(() -> a.forward(ReportLevel.CITY, now, now)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> a.forward(ReportLevel.MINISTRY, now, now)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void investigationRunsThroughItsStatesWithDeadlines() {
        Accident a = accident(1);
        assertThatThrownBy(() -> a.submitReport(KNOWN)).isInstanceOf(InvalidInputException.class);
        a.startInvestigation(KNOWN.plus(Duration.ofDays(1)));
        assertThat(a.reportDue()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThatThrownBy(() -> a.extendInvestigation(61, "复杂", "示范县人民政府"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> a.extendInvestigation(0, "复杂", "示范县人民政府"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> a.extendInvestigation(30, " ", "示范县人民政府"))
                .isInstanceOf(InvalidInputException.class);
        a.extendInvestigation(60, "技术鉴定未完成", "示范县人民政府");
        assertThat(a.reportDue()).isEqualTo(LocalDate.of(2026, 6, 29));
        assertThatThrownBy(() -> a.extendInvestigation(1, "再延", "示范县人民政府"))
                .isInstanceOf(InvalidInputException.class);
        Instant lastDay = LocalDate.of(2026, 6, 29).atTime(23, 59).atZone(Zones.CHINA).toInstant();
        a.submitReport(lastDay);
        assertThat(a.isReportLate()).isFalse();
        assertThat(a.getState()).isEqualTo(AccidentState.REPORT_SUBMITTED);
        assertThat(a.replyDue()).isEqualTo(LocalDate.of(2026, 7, 14));
        // only 特别重大 replies may be extended
        assertThatThrownBy(() -> a.extendReply(10, "需要研究")).isInstanceOf(InvalidInputException.class);
        a.reply("同意调查报告", LocalDate.of(2026, 7, 15).atStartOfDay(Zones.CHINA).toInstant());
        assertThat(a.isReplyLate()).isTrue();
        a.startRectification(OCCURRED.plus(Duration.ofDays(140)));
        a.close(OCCURRED.plus(Duration.ofDays(200)));
        assertThat(a.getState()).isEqualTo(AccidentState.CLOSED);
        assertThatThrownBy(() -> a.voidWith("误报")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aLateReportIsMarked() {
        Accident a = accident(1);
        a.startInvestigation(KNOWN);
        a.submitReport(LocalDate.of(2026, 5, 1).atStartOfDay(Zones.CHINA).toInstant());
        assertThat(a.isReportLate()).isTrue();
    }

    @Test
    void extraordinaryRepliesMayBeExtendedOnceByThirtyDays() {
        Accident a = accident(30);
        assertThat(a.getGrade()).isEqualTo(AccidentGrade.EXTRAORDINARY);
        a.startInvestigation(KNOWN);
        Instant submitted = LocalDate.of(2026, 4, 1).atTime(9, 0).atZone(Zones.CHINA).toInstant();
        a.submitReport(submitted);
        assertThat(a.replyDue()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThatThrownBy(() -> a.extendReply(31, "需要研究")).isInstanceOf(InvalidInputException.class);
        a.extendReply(30, "需要研究");
        assertThat(a.replyDue()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThatThrownBy(() -> a.extendReply(1, "再延")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void voidingNeedsAReason() {
        Accident a = accident(0);
        assertThatThrownBy(() -> a.voidWith(" ")).isInstanceOf(InvalidInputException.class);
        a.voidWith("重复报告");
        assertThat(a.getState()).isEqualTo(AccidentState.VOIDED);
        assertThatThrownBy(() -> a.supplement(Casualties.NONE, null, "x", KNOWN))
                .isInstanceOf(InvalidInputException.class);
    }
}
