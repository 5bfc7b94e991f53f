package org.zhiben.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateRunsTest {

    @Test
    void datesAndTimesAreRunsOfTheirOwnAndNothingIsLost() {
        String text = "会议督办:限 2026-09-30 前报送,2026-10-01 08:30 复核";
        assertThat(DateRuns.of(text)).containsExactly(new DateRuns.Run("会议督办:限 ", false),
                new DateRuns.Run("2026-09-30", true), new DateRuns.Run(" 前报送,", false),
                new DateRuns.Run("2026-10-01 08:30", true), new DateRuns.Run(" 复核", false));
        assertThat(DateRuns.of("2026-09-30")).containsExactly(new DateRuns.Run("2026-09-30", true));
        assertThat(DateRuns.of("没有日期")).containsExactly(new DateRuns.Run("没有日期", false));
        assertThat(DateRuns.of(null)).isEmpty();
        assertThat(DateRuns.of("")).isEmpty();
    }
}
