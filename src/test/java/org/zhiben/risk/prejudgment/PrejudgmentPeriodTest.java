package org.zhiben.risk.prejudgment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhiben.common.InvalidInputException;
import org.zhiben.risk.prejudgment.PrejudgmentPeriod.Cadence;

/** Periods in Asia/Shanghai: ISO weeks across a year end, quarter boundaries, Shanghai midnight versus UTC. */
class PrejudgmentPeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2026-12-31, 2026-W53, 2026-12-28, 2027-01-03",
            "2027-01-01, 2026-W53, 2026-12-28, 2027-01-03",
            "2027-01-03, 2026-W53, 2026-12-28, 2027-01-03",
            "2027-01-04, 2027-W01, 2027-01-04, 2027-01-10",
            "2026-01-01, 2026-W01, 2025-12-29, 2026-01-04",
            "2025-12-29, 2026-W01, 2025-12-29, 2026-01-04",
            "2026-04-01, 2026-W14, 2026-03-30, 2026-04-05"})
    void isoWeeks(LocalDate day, String label, LocalDate start, LocalDate end) {
        PrejudgmentPeriod p = PrejudgmentPeriod.containing(Cadence.WEEK, day);
        assertThat(p.label()).isEqualTo(label);
        assertThat(p.start()).isEqualTo(start);
        assertThat(p.end()).isEqualTo(end);
        assertThat(PrejudgmentPeriod.parse(Cadence.WEEK, label)).isEqualTo(p);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-01-01, 2026-Q1, 2026-01-01, 2026-03-31",
            "2026-03-31, 2026-Q1, 2026-01-01, 2026-03-31",
            "2026-04-01, 2026-Q2, 2026-04-01, 2026-06-30",
            "2026-09-30, 2026-Q3, 2026-07-01, 2026-09-30",
            "2026-10-01, 2026-Q4, 2026-10-01, 2026-12-31",
            "2026-12-31, 2026-Q4, 2026-10-01, 2026-12-31"})
    void quarters(LocalDate day, String label, LocalDate start, LocalDate end) {
        PrejudgmentPeriod p = PrejudgmentPeriod.containing(Cadence.QUARTER, day);
        assertThat(p).isEqualTo(new PrejudgmentPeriod(Cadence.QUARTER, label, start, end));
        assertThat(PrejudgmentPeriod.parse(Cadence.QUARTER, label)).isEqualTo(p);
    }

    @Test
    void theDayIsTheDateInShanghaiNotInUtc() {
        Instant afterShanghaiMidnight = Instant.parse("2026-03-31T16:30:00Z"); // 2026-04-01 00:30 in Shanghai
        assertThat(PrejudgmentPeriod.containing(Cadence.DAY, afterShanghaiMidnight).label()).isEqualTo("2026-04-01");
        assertThat(PrejudgmentPeriod.containing(Cadence.MONTH, afterShanghaiMidnight).label()).isEqualTo("2026-04");
        assertThat(PrejudgmentPeriod.containing(Cadence.QUARTER, afterShanghaiMidnight).label()).isEqualTo("2026-Q2");
        assertThat(PrejudgmentPeriod.containing(Cadence.WEEK, afterShanghaiMidnight).label()).isEqualTo("2026-W14");

        Instant beforeShanghaiMidnight = Instant.parse("2026-03-31T15:59:59Z"); // 23:59:59 on 03-31 in Shanghai
        assertThat(PrejudgmentPeriod.containing(Cadence.DAY, beforeShanghaiMidnight).label()).isEqualTo("2026-03-31");
        assertThat(PrejudgmentPeriod.containing(Cadence.QUARTER, beforeShanghaiMidnight).label()).isEqualTo("2026-Q1");

        // a year end: 2026-12-31T16:00Z is already 2027-01-01 in Shanghai, still ISO week 2026-W53
        Instant newYear = Instant.parse("2026-12-31T16:00:00Z");
        assertThat(PrejudgmentPeriod.containing(Cadence.DAY, newYear).label()).isEqualTo("2027-01-01");
        assertThat(PrejudgmentPeriod.containing(Cadence.QUARTER, newYear).label()).isEqualTo("2027-Q1");
        assertThat(PrejudgmentPeriod.containing(Cadence.WEEK, newYear).label()).isEqualTo("2026-W53");
    }

    @Test
    void previousAndNextCrossYearEnds() {
        assertThat(PrejudgmentPeriod.parse(Cadence.WEEK, "2027-W01").previous().label()).isEqualTo("2026-W53");
        assertThat(PrejudgmentPeriod.parse(Cadence.QUARTER, "2026-Q4").next().label()).isEqualTo("2027-Q1");
        assertThat(PrejudgmentPeriod.parse(Cadence.MONTH, "2026-01").previous().label()).isEqualTo("2025-12");
        assertThat(PrejudgmentPeriod.parse(Cadence.DAY, "2026-03-01").previous().label()).isEqualTo("2026-02-28");
    }

    @ParameterizedTest
    @CsvSource({"WEEK, 2026-W54", "WEEK, 2027-W53", "WEEK, 2026-W00", "WEEK, 2026-14", "QUARTER, 2026-Q5",
            "MONTH, 2026-4", "MONTH, 2026-13", "DAY, 2026-02-30", "DAY, ''"})
    void malformedLabelsAreRefusedNamingTheForm(Cadence cadence, String label) {
        assertThatThrownBy(() -> PrejudgmentPeriod.parse(cadence, label))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(PrejudgmentPeriod.example(cadence));
    }
}
