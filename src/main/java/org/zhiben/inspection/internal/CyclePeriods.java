package org.zhiben.inspection.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.zhiben.common.Zones;
import org.zhiben.inspection.WorkdayType;
import org.zhiben.risk.CheckCycleUnit;

/**
 * Which task windows of a check cycle are open on a given day. Periods are aligned to the calendar, not to when a
 * schedule was created: N days count from 1970-01-01, N weeks from the ISO week of 1970-01-05 (a Monday), N months from
 * January 1970 (so 3 months are the quarters and 6 the half-years), N years from year 0. A period's task starts on its
 * first day that matches the work-day type (每天: the first day; 工作日: the first workday; 非工作日: the first holiday
 * or weekend day) and stays open until the end of the period; a period without such a day has no task. Asked for a
 * later day of the same period, the same window is answered again (same key): a plan added mid-month, or a generator
 * that missed the opening day, still gets the period's task, and the unique key keeps it single. An hour cycle of N
 * hours opens ceil(24/N) windows on each matching day; 24 hours or more count as whole days.
 */
public final class CyclePeriods {

    private static final LocalDate EPOCH_MONDAY = LocalDate.of(1970, 1, 5);

    /** One task window: {@code periodKey} is unique per schedule, {@code dueDate} the last day (Asia/Shanghai). */
    public record Slot(String periodKey, Instant windowStart, Instant windowEnd, LocalDate dueDate) {
    }

    private CyclePeriods() {
    }

    public static List<Slot> opening(CheckCycleUnit unit, int cycle, WorkdayType type, LocalDate day,
            Predicate<LocalDate> workday) {
        if (cycle <= 0) {
            throw new IllegalArgumentException("cycle must be positive");
        }
        if (unit == CheckCycleUnit.HOUR && cycle < 24) {
            if (!type.matches(workday.test(day))) {
                return List.of();
            }
            List<Slot> slots = new ArrayList<>();
            Instant dayEnd = startOf(day.plusDays(1));
            for (int hour = 0; hour < 24; hour += cycle) {
                Instant start = startOf(day).plusSeconds(hour * 3600L);
                Instant end = start.plusSeconds(cycle * 3600L);
                slots.add(new Slot(day + "T" + (hour < 10 ? "0" : "") + hour, start,
                        end.isAfter(dayEnd) ? dayEnd : end, day));
            }
            return slots;
        }
        LocalDate[] period = period(unit == CheckCycleUnit.HOUR ? CheckCycleUnit.DAY : unit,
                unit == CheckCycleUnit.HOUR ? (cycle + 23) / 24 : cycle, day);
        LocalDate first = period[0];
        while (!first.isAfter(period[1]) && !type.matches(workday.test(first))) {
            first = first.plusDays(1);
        }
        if (first.isAfter(day)) {
            return List.of();
        }
        return List.of(new Slot(period[0].toString(), startOf(first), startOf(period[1].plusDays(1)), period[1]));
    }

    /** First and last day (inclusive) of the period containing {@code day}. */
    public static LocalDate[] period(CheckCycleUnit unit, int n, LocalDate day) {
        return switch (unit) {
            case HOUR, DAY -> {
                long index = day.toEpochDay();
                LocalDate start = LocalDate.ofEpochDay(index - Math.floorMod(index, n));
                yield new LocalDate[] {start, start.plusDays(n - 1L)};
            }
            case WEEK -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                long week = (monday.toEpochDay() - EPOCH_MONDAY.toEpochDay()) / 7;
                LocalDate start = monday.minusWeeks(Math.floorMod(week, n));
                yield new LocalDate[] {start, start.plusWeeks(n).minusDays(1)};
            }
            case MONTH -> {
                long month = (day.getYear() - 1970L) * 12 + day.getMonthValue() - 1;
                LocalDate start = day.withDayOfMonth(1).minusMonths(Math.floorMod(month, n));
                yield new LocalDate[] {start, start.plusMonths(n).minusDays(1)};
            }
            case YEAR -> {
                LocalDate start = LocalDate.of(day.getYear() - Math.floorMod(day.getYear(), n), 1, 1);
                yield new LocalDate[] {start, start.plusYears(n).minusDays(1)};
            }
        };
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Zones.CHINA).toInstant();
    }
}
