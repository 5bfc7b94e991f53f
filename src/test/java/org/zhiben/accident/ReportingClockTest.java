package org.zhiben.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.accident.ReportingClock.Status.DONE;
import static org.zhiben.accident.ReportingClock.Status.DONE_LATE;
import static org.zhiben.accident.ReportingClock.Status.OVERDUE;
import static org.zhiben.accident.ReportingClock.Status.PENDING;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 493号令 第九–十一、十三条 at the boundaries: exactly on the due instant is on time, a second later is 迟报. */
class ReportingClockTest {

    private static final Instant KNOWN = Instant.parse("2026-03-02T01:00:00Z");
    private static final Duration SECOND = Duration.ofSeconds(1);

    private static List<ReportingClock.GradeAt> graded(AccidentGrade g) {
        return List.of(new ReportingClock.GradeAt(KNOWN, g));
    }

    @Test
    void unitReportsToTheCountyWithinAnHour() {
        Instant due = KNOWN.plus(Duration.ofHours(1));
        assertThat(ReportingClock.steps(KNOWN, due, Map.of(), graded(AccidentGrade.GENERAL), due).get(0).status())
                .isEqualTo(DONE);
        assertThat(ReportingClock.steps(KNOWN, due.plus(SECOND), Map.of(), graded(AccidentGrade.GENERAL), due)
                .get(0).status()).isEqualTo(DONE_LATE);
        assertThat(ReportingClock.firstReportLate(KNOWN, due)).isFalse();
        assertThat(ReportingClock.firstReportLate(KNOWN, due.plus(SECOND))).isTrue();
        // not yet reported: pending up to the due instant, overdue after it
        assertThat(ReportingClock.steps(KNOWN, null, Map.of(), graded(AccidentGrade.GENERAL), due).get(0).status())
                .isEqualTo(PENDING);
        assertThat(ReportingClock.steps(KNOWN, null, Map.of(), graded(AccidentGrade.GENERAL), due.plus(SECOND))
                .get(0).status()).isEqualTo(OVERDUE);
    }

    @Test
    void stepsGoAsFarAsTheGradeRequires() {
        Instant reported = KNOWN.plus(Duration.ofMinutes(30));
        assertThat(ReportingClock.steps(KNOWN, reported, Map.of(), graded(AccidentGrade.GENERAL), reported))
                .extracting(ReportingClock.Step::to).containsExactly(ReportLevel.COUNTY, ReportLevel.CITY);
        assertThat(ReportingClock.steps(KNOWN, reported, Map.of(), graded(AccidentGrade.LARGE), reported))
                .extracting(ReportingClock.Step::to)
                .containsExactly(ReportLevel.COUNTY, ReportLevel.CITY, ReportLevel.PROVINCE);
        for (AccidentGrade g : List.of(AccidentGrade.MAJOR, AccidentGrade.EXTRAORDINARY)) {
            assertThat(ReportingClock.steps(KNOWN, reported, Map.of(), graded(g), reported))
                    .extracting(ReportingClock.Step::to).containsExactly(ReportLevel.COUNTY, ReportLevel.CITY,
                            ReportLevel.PROVINCE, ReportLevel.MINISTRY);
        }
    }

    @Test
    void eachLevelHasTwoHoursFromReceivingIt() {
        Instant county = KNOWN.plus(Duration.ofMinutes(40));
        Instant cityDue = county.plus(Duration.ofHours(2));
        var onTime = ReportingClock.steps(KNOWN, county, Map.of(ReportLevel.CITY, cityDue),
                graded(AccidentGrade.LARGE), cityDue);
        assertThat(onTime.get(1).due()).isEqualTo(cityDue);
        assertThat(onTime.get(1).status()).isEqualTo(DONE);
        // the province's two hours run from when the city received it
        assertThat(onTime.get(2).due()).isEqualTo(cityDue.plus(Duration.ofHours(2)));
        assertThat(onTime.get(2).status()).isEqualTo(PENDING);

        var late = ReportingClock.steps(KNOWN, county, Map.of(ReportLevel.CITY, cityDue.plus(SECOND)),
                graded(AccidentGrade.LARGE), cityDue.plus(SECOND));
        assertThat(late.get(1).status()).isEqualTo(DONE_LATE);
        assertThat(late.get(2).due()).isEqualTo(cityDue.plus(SECOND).plus(Duration.ofHours(2)));

        // the county has not reported up: the city step is overdue a second after its due instant
        var waiting = ReportingClock.steps(KNOWN, county, Map.of(), graded(AccidentGrade.GENERAL), cityDue);
        assertThat(waiting.get(1).status()).isEqualTo(PENDING);
        assertThat(ReportingClock.steps(KNOWN, county, Map.of(), graded(AccidentGrade.GENERAL), cityDue.plus(SECOND))
                .get(1).status()).isEqualTo(OVERDUE);
    }

    @Test
    void aLevelRequiredOnlyAfterARegradeStartsAtTheRegrade() {
        Instant county = KNOWN.plus(Duration.ofMinutes(20));
        Instant city = county.plus(Duration.ofHours(1));
        Instant regraded = KNOWN.plus(Duration.ofDays(3));
        var steps = ReportingClock.steps(KNOWN, county, Map.of(ReportLevel.CITY, city),
                List.of(new ReportingClock.GradeAt(county, AccidentGrade.GENERAL),
                        new ReportingClock.GradeAt(regraded, AccidentGrade.MAJOR)), regraded);
        assertThat(steps).hasSize(4);
        assertThat(steps.get(2).due()).isEqualTo(regraded.plus(Duration.ofHours(2)));
        assertThat(steps.get(2).status()).isEqualTo(PENDING);
        assertThat(steps.get(3).due()).isEqualTo(regraded.plus(Duration.ofHours(4)));
    }

    @Test
    void supplementaryReportsWithinThirtyDaysOrSevenForRoadAndFire() {
        Instant occurred = Instant.parse("2026-03-01T08:00:00Z");
        Instant thirty = occurred.plus(Duration.ofDays(30));
        Instant seven = occurred.plus(Duration.ofDays(7));
        assertThat(ReportingClock.supplementLate(occurred, SpecialKind.NONE, thirty)).isFalse();
        assertThat(ReportingClock.supplementLate(occurred, SpecialKind.NONE, thirty.plus(SECOND))).isTrue();
        for (SpecialKind k : List.of(SpecialKind.ROAD_TRAFFIC, SpecialKind.FIRE)) {
            assertThat(ReportingClock.supplementLate(occurred, k, seven)).isFalse();
            assertThat(ReportingClock.supplementLate(occurred, k, seven.plus(SECOND))).isTrue();
        }
        assertThat(ReportingClock.supplementWindow(occurred, SpecialKind.FIRE, seven).open()).isTrue();
        assertThat(ReportingClock.supplementWindow(occurred, SpecialKind.FIRE, seven.plus(SECOND)).open()).isFalse();
        assertThat(ReportingClock.supplementWindow(occurred, SpecialKind.NONE, seven.plus(SECOND)).closes())
                .isEqualTo(thirty);
    }
}
