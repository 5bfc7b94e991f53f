package org.zhiben.hazard.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhiben.common.InvalidInputException;

/** 16号令 第二十条: quarterly tables due by the 15th of the next month, yearly by 31 January, both days inclusive. */
class StatisticsPeriodTest {

    @Test
    void quartersAndYearsHaveTheirCalendarBoundsAndDueDays() {
        StatisticsPeriod q1 = StatisticsPeriod.parse("2025Q1");
        assertThat(q1.start()).isEqualTo("2025-01-01");
        assertThat(q1.end()).isEqualTo("2025-03-31");
        assertThat(q1.dueDate()).isEqualTo("2025-04-15");
        assertThat(StatisticsPeriod.parse("2025Q2").dueDate()).isEqualTo("2025-07-15");
        assertThat(StatisticsPeriod.parse("2025Q3").dueDate()).isEqualTo("2025-10-15");
        StatisticsPeriod q4 = StatisticsPeriod.parse("2025Q4");
        assertThat(q4.end()).isEqualTo("2025-12-31");
        assertThat(q4.dueDate()).isEqualTo("2026-01-15");
        StatisticsPeriod y = StatisticsPeriod.parse("2025");
        assertThat(y.start()).isEqualTo("2025-01-01");
        assertThat(y.end()).isEqualTo("2025-12-31");
        assertThat(y.dueDate()).isEqualTo("2026-01-31");
        assertThat(StatisticsPeriod.parse("2024Q1").end()).isEqualTo("2024-03-31");
    }

    @Test
    void theDueDayItselfIsOnTimeTheNextDayLate() {
        StatisticsPeriod q1 = StatisticsPeriod.parse("2025Q1");
        assertThat(q1.lateIfSignedOn(LocalDate.parse("2025-04-14"))).isFalse();
        assertThat(q1.lateIfSignedOn(LocalDate.parse("2025-04-15"))).isFalse();
        assertThat(q1.lateIfSignedOn(LocalDate.parse("2025-04-16"))).isTrue();
        assertThat(q1.overdueOn(LocalDate.parse("2025-04-15"))).isFalse();
        assertThat(q1.overdueOn(LocalDate.parse("2025-04-16"))).isTrue();
        StatisticsPeriod y = StatisticsPeriod.parse("2025");
        assertThat(y.lateIfSignedOn(LocalDate.parse("2026-01-31"))).isFalse();
        assertThat(y.lateIfSignedOn(LocalDate.parse("2026-02-01"))).isTrue();
        assertThat(q1.ended(LocalDate.parse("2025-03-31"))).isFalse();
        assertThat(q1.ended(LocalDate.parse("2025-04-01"))).isTrue();
    }

    @Test
    void latestDuePeriodFollowsTheDueDays() {
        assertThat(StatisticsPeriod.latestDue(LocalDate.parse("2025-04-15"), false)).isEqualTo(StatisticsPeriod.parse("2024Q4"));
        assertThat(StatisticsPeriod.latestDue(LocalDate.parse("2025-04-16"), false)).isEqualTo(StatisticsPeriod.parse("2025Q1"));
        assertThat(StatisticsPeriod.latestDue(LocalDate.parse("2026-01-31"), true)).isEqualTo(StatisticsPeriod.parse("2024"));
        assertThat(StatisticsPeriod.latestDue(LocalDate.parse("2026-02-01"), true)).isEqualTo(StatisticsPeriod.parse("2025"));
    }

    @Test
    void badPeriodsAreRejected() {
        for (String bad : new String[] {"2025Q5", "2025Q0", "25Q1", "2025-1", "", "1999"}) {
            assertThatThrownBy(() -> StatisticsPeriod.parse(bad)).isInstanceOf(InvalidInputException.class);
        }
    }
}
