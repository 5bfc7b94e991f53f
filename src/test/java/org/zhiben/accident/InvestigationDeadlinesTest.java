package org.zhiben.accident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 493号令 第二十九、三十二条, in China's calendar days. */
class InvestigationDeadlinesTest {

    // 2026-03-01 23:30 in Beijing (15:30 UTC): the accident's day is 03-01, not the UTC date
    private static final Instant OCCURRED = Instant.parse("2026-03-01T15:30:00Z");

    private static Instant beijing(String dateTime) {
        return java.time.LocalDateTime.parse(dateTime).atZone(org.zhiben.common.Zones.CHINA).toInstant();
    }

    @Test
    void reportWithinSixtyDaysPlusTheExtension() {
        LocalDate due = InvestigationDeadlines.reportDue(OCCURRED, 0);
        assertThat(due).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(InvestigationDeadlines.late(due, beijing("2026-04-30T23:59:59"))).isFalse();
        assertThat(InvestigationDeadlines.late(due, beijing("2026-05-01T00:00:00"))).isTrue();
        assertThat(InvestigationDeadlines.reportDue(OCCURRED, 60)).isEqualTo(LocalDate.of(2026, 6, 29));
    }

    @Test
    void replyWithinFifteenDaysOrThirtyExtendableForExtraordinary() {
        Instant submitted = beijing("2026-05-10T10:00:00");
        for (AccidentGrade g : new AccidentGrade[] {AccidentGrade.GENERAL, AccidentGrade.LARGE, AccidentGrade.MAJOR}) {
            assertThat(InvestigationDeadlines.replyDue(g, submitted, 0)).isEqualTo(LocalDate.of(2026, 5, 25));
            assertThat(InvestigationDeadlines.replyExtendable(g)).isFalse();
        }
        assertThat(InvestigationDeadlines.replyDue(AccidentGrade.EXTRAORDINARY, submitted, 0))
                .isEqualTo(LocalDate.of(2026, 6, 9));
        assertThat(InvestigationDeadlines.replyDue(AccidentGrade.EXTRAORDINARY, submitted, 30))
                .isEqualTo(LocalDate.of(2026, 7, 9));
        assertThat(InvestigationDeadlines.replyExtendable(AccidentGrade.EXTRAORDINARY)).isTrue();
        LocalDate due = LocalDate.of(2026, 5, 25);
        assertThat(InvestigationDeadlines.late(due, beijing("2026-05-25T23:59:59"))).isFalse();
        assertThat(InvestigationDeadlines.late(due, beijing("2026-05-26T00:00:00"))).isTrue();
    }

    @Test
    void investigatingLevelByGrade() {
        assertThat(AccidentGrade.GENERAL.investigatedBy()).isEqualTo(ReportLevel.COUNTY);
        assertThat(AccidentGrade.LARGE.investigatedBy()).isEqualTo(ReportLevel.CITY);
        assertThat(AccidentGrade.MAJOR.investigatedBy()).isEqualTo(ReportLevel.PROVINCE);
        assertThat(AccidentGrade.EXTRAORDINARY.investigatedBy()).isEqualTo(ReportLevel.STATE_COUNCIL);
    }
}
