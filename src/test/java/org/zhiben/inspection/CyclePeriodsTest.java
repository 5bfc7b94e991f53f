package org.zhiben.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.zhiben.inspection.internal.CyclePeriods;
import org.zhiben.inspection.internal.CyclePeriods.Slot;
import org.zhiben.risk.CheckCycleUnit;

/** Task windows per cycle type across month, quarter and year ends, weekends, holidays and make-up workdays. */
class CyclePeriodsTest {

    /** The 2026 exceptions used here: 元旦 1–3 Jan off, Sun 4 Jan worked; 国庆 1–7 Oct off, Sat 10 Oct worked. */
    static final Map<LocalDate, Boolean> EXCEPTIONS = Map.of(
            LocalDate.of(2026, 1, 1), false, LocalDate.of(2026, 1, 2), false, LocalDate.of(2026, 1, 3), false,
            LocalDate.of(2026, 1, 4), true, LocalDate.of(2026, 10, 1), false, LocalDate.of(2026, 10, 2), false,
            LocalDate.of(2026, 10, 5), false, LocalDate.of(2026, 10, 6), false, LocalDate.of(2026, 10, 7), false,
            LocalDate.of(2026, 10, 10), true);
    static final Predicate<LocalDate> WORKDAY = d -> EXCEPTIONS.getOrDefault(d,
            d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);

    static List<Slot> open(CheckCycleUnit unit, int n, WorkdayType type, String day) {
        return CyclePeriods.opening(unit, n, type, LocalDate.parse(day), WORKDAY);
    }


    @Test
    void dailyEveryDayOpensEachDayUntilMidnightChinaTime() {
        List<Slot> s = open(CheckCycleUnit.DAY, 1, WorkdayType.EVERY_DAY, "2026-12-31");
        assertThat(s).hasSize(1);
        assertThat(s.get(0).periodKey()).isEqualTo("2026-12-31");
        assertThat(s.get(0).windowStart()).isEqualTo(Instant.parse("2026-12-30T16:00:00Z"));
        assertThat(s.get(0).windowEnd()).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
        assertThat(s.get(0).dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void dailyOnWorkdaysSkipsWeekendsAndHolidaysButNotMakeUpDays() {
        assertThat(open(CheckCycleUnit.DAY, 1, WorkdayType.WORKDAY, "2026-01-02")).isEmpty(); // Friday, 元旦
        assertThat(open(CheckCycleUnit.DAY, 1, WorkdayType.WORKDAY, "2026-01-04")).hasSize(1); // Sunday, 调休
        assertThat(open(CheckCycleUnit.DAY, 1, WorkdayType.WORKDAY, "2026-01-10")).isEmpty(); // Saturday
        assertThat(open(CheckCycleUnit.DAY, 1, WorkdayType.WORKDAY, "2026-01-12")).hasSize(1); // Monday
        assertThat(open(CheckCycleUnit.DAY, 1, WorkdayType.NON_WORKDAY, "2026-01-01")).hasSize(1);
        assertThat(open(CheckCycleUnit.DAY, 1, WorkdayType.NON_WORKDAY, "2026-01-04")).isEmpty();
        assertThat(open(CheckCycleUnit.DAY, 1, WorkdayType.NON_WORKDAY, "2026-01-10")).hasSize(1);
    }

    @Test
    void everyOtherDayIsAlignedToTheCalendar() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (int i = 0; i < 10; i++) {
            CyclePeriods.opening(CheckCycleUnit.DAY, 2, WorkdayType.EVERY_DAY, d.plusDays(i), WORKDAY)
                    .forEach(slot -> keys.add(slot.periodKey()));
        }
        assertThat(keys).hasSizeBetween(5, 6);
        Slot s = CyclePeriods.opening(CheckCycleUnit.DAY, 2, WorkdayType.EVERY_DAY,
                d.toEpochDay() % 2 == 0 ? d : d.plusDays(1), WORKDAY).get(0);
        assertThat(s.dueDate()).isEqualTo(LocalDate.parse(s.periodKey()).plusDays(1));
    }

    @Test
    void weeklyOnWorkdaysStartsOnTheFirstWorkdayOfTheWeek() {
        // National Day week: Mon 5 – Wed 7 Oct are holidays, Thursday 8 Oct is the first workday
        assertThat(open(CheckCycleUnit.WEEK, 1, WorkdayType.WORKDAY, "2026-10-05")).isEmpty();
        List<Slot> s = open(CheckCycleUnit.WEEK, 1, WorkdayType.WORKDAY, "2026-10-08");
        assertThat(s).singleElement().satisfies(slot -> {
            assertThat(slot.periodKey()).isEqualTo("2026-10-05");
            assertThat(slot.dueDate()).isEqualTo(LocalDate.of(2026, 10, 11));
        });
        assertThat(open(CheckCycleUnit.WEEK, 1, WorkdayType.EVERY_DAY, "2026-10-05")).hasSize(1);
        // later in the week the same window (same key, same start) is answered again: the unique key keeps one task
        assertThat(open(CheckCycleUnit.WEEK, 1, WorkdayType.WORKDAY, "2026-10-10")).singleElement().satisfies(slot -> {
            assertThat(slot.periodKey()).isEqualTo("2026-10-05");
            assertThat(slot.windowStart()).isEqualTo(Instant.parse("2026-10-07T16:00:00Z"));
        });
        // a week across the year end belongs to the Monday it starts on
        assertThat(open(CheckCycleUnit.WEEK, 1, WorkdayType.EVERY_DAY, "2026-12-28").get(0).dueDate())
                .isEqualTo(LocalDate.of(2027, 1, 3));
    }

    @Test
    void biweeklyOpensEveryOtherMonday() {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (int w = 0; w < 8; w++) {
            open(CheckCycleUnit.WEEK, 2, WorkdayType.EVERY_DAY, LocalDate.of(2026, 6, 1).plusWeeks(w).toString())
                    .forEach(slot -> keys.add(slot.periodKey()));
        }
        // eight weeks from a Monday touch four or five two-week periods, each starting on a Monday 14 days apart
        assertThat(keys).hasSizeBetween(4, 5).allMatch(k -> LocalDate.parse(k).getDayOfWeek() == DayOfWeek.MONDAY);
        List<String> sorted = List.copyOf(keys);
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(LocalDate.parse(sorted.get(i - 1)).plusWeeks(2)).isEqualTo(LocalDate.parse(sorted.get(i)));
        }
    }

    @Test
    void monthlyAcrossMonthEndsAndTheMakeUpSunday() {
        List<Slot> feb = open(CheckCycleUnit.MONTH, 1, WorkdayType.EVERY_DAY, "2026-02-01");
        assertThat(feb.get(0).dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(feb.get(0).windowEnd()).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
        assertThat(open(CheckCycleUnit.MONTH, 1, WorkdayType.EVERY_DAY, "2026-01-31")).singleElement()
                .satisfies(s -> assertThat(s.periodKey()).isEqualTo("2026-01-01"));
        // January 2026 on workdays: 1–3 off, Sunday the 4th is a make-up workday
        assertThat(open(CheckCycleUnit.MONTH, 1, WorkdayType.WORKDAY, "2026-01-01")).isEmpty();
        assertThat(open(CheckCycleUnit.MONTH, 1, WorkdayType.WORKDAY, "2026-01-04")).singleElement()
                .satisfies(s -> assertThat(s.periodKey()).isEqualTo("2026-01-01"));
        assertThat(open(CheckCycleUnit.MONTH, 1, WorkdayType.WORKDAY, "2026-01-05")).singleElement()
                .satisfies(s -> assertThat(s.windowStart()).isEqualTo(Instant.parse("2026-01-03T16:00:00Z")));
    }

    @Test
    void quarterlyIsTheCalendarQuarter() {
        List<Slot> q2 = open(CheckCycleUnit.MONTH, 3, WorkdayType.EVERY_DAY, "2026-04-01");
        assertThat(q2).singleElement().satisfies(s -> {
            assertThat(s.periodKey()).isEqualTo("2026-04-01");
            assertThat(s.dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        });
        assertThat(open(CheckCycleUnit.MONTH, 3, WorkdayType.EVERY_DAY, "2026-05-01").get(0).periodKey())
                .isEqualTo("2026-04-01");
        assertThat(open(CheckCycleUnit.MONTH, 3, WorkdayType.EVERY_DAY, "2026-03-31").get(0).periodKey())
                .isEqualTo("2026-01-01");
        // Q4 on workdays: 1–7 Oct off, Thursday 8 Oct opens it, due 31 Dec
        assertThat(open(CheckCycleUnit.MONTH, 3, WorkdayType.WORKDAY, "2026-10-01")).isEmpty();
        assertThat(open(CheckCycleUnit.MONTH, 3, WorkdayType.WORKDAY, "2026-10-08")).singleElement()
                .satisfies(s -> assertThat(s.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void yearlyAcrossTheYearEnd() {
        assertThat(open(CheckCycleUnit.YEAR, 1, WorkdayType.EVERY_DAY, "2026-01-01")).singleElement()
                .satisfies(s -> {
                    assertThat(s.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
                    assertThat(s.windowEnd()).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
                });
        assertThat(open(CheckCycleUnit.YEAR, 1, WorkdayType.EVERY_DAY, "2026-12-31").get(0).periodKey())
                .isEqualTo("2026-01-01");
        assertThat(open(CheckCycleUnit.YEAR, 1, WorkdayType.EVERY_DAY, "2027-01-01").get(0).periodKey())
                .isEqualTo("2027-01-01");
        assertThat(open(CheckCycleUnit.YEAR, 1, WorkdayType.WORKDAY, "2026-01-04")).hasSize(1);
        assertThat(open(CheckCycleUnit.YEAR, 2, WorkdayType.EVERY_DAY, "2026-01-01")).singleElement()
                .satisfies(s -> assertThat(s.dueDate()).isEqualTo(LocalDate.of(2027, 12, 31)));
        assertThat(open(CheckCycleUnit.YEAR, 2, WorkdayType.EVERY_DAY, "2027-01-01").get(0).periodKey())
                .isEqualTo("2026-01-01");
    }

    @Test
    void hourlyCyclesSplitTheDay() {
        List<Slot> eight = open(CheckCycleUnit.HOUR, 8, WorkdayType.EVERY_DAY, "2026-06-01");
        assertThat(eight).extracting(Slot::periodKey).containsExactly("2026-06-01T00", "2026-06-01T08",
                "2026-06-01T16");
        assertThat(eight.get(1).windowStart()).isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
        List<Slot> five = open(CheckCycleUnit.HOUR, 5, WorkdayType.EVERY_DAY, "2026-06-01");
        assertThat(five).hasSize(5);
        assertThat(five.get(4).windowEnd()).isEqualTo(Instant.parse("2026-06-01T16:00:00Z"));
        assertThat(open(CheckCycleUnit.HOUR, 8, WorkdayType.WORKDAY, "2026-06-06")).isEmpty();
        // 48 hours count as two days: both days answer the same two-day window
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (int i = 0; i < 4; i++) {
            keys.add(open(CheckCycleUnit.HOUR, 48, WorkdayType.EVERY_DAY, "2026-06-0" + (i + 1)).get(0).periodKey());
        }
        assertThat(keys).hasSizeBetween(2, 3);
        assertThat(open(CheckCycleUnit.HOUR, 48, WorkdayType.EVERY_DAY, "2026-06-01").get(0).dueDate())
                .isEqualTo(open(CheckCycleUnit.DAY, 2, WorkdayType.EVERY_DAY, "2026-06-01").get(0).dueDate());
    }
}
