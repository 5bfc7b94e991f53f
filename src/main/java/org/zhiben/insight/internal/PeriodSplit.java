package org.zhiben.insight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A date range cut into whole months (read from the month rows) and the days at either end (read from the day rows),
 * so a year at province scope reads twelve month rows per key instead of 365 day rows.
 */
record PeriodSplit(List<LocalDate[]> days, LocalDate[] months) {

    static PeriodSplit of(LocalDate from, LocalDate to) {
        List<LocalDate[]> days = new ArrayList<>();
        if (from.isAfter(to)) {
            return new PeriodSplit(days, null);
        }
        LocalDate firstFull = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate lastFullEnd = to.getDayOfMonth() == to.lengthOfMonth() ? to : to.withDayOfMonth(1).minusDays(1);
        if (firstFull.isAfter(lastFullEnd)) {
            days.add(new LocalDate[] {from, to});
            return new PeriodSplit(days, null);
        }
        if (from.isBefore(firstFull)) {
            days.add(new LocalDate[] {from, firstFull.minusDays(1)});
        }
        if (to.isAfter(lastFullEnd)) {
            days.add(new LocalDate[] {lastFullEnd.plusDays(1), to});
        }
        return new PeriodSplit(days, new LocalDate[] {firstFull, lastFullEnd.withDayOfMonth(1)});
    }

    /** The predicate on grain and period, appending its arguments; {@code 1 = 0} for an empty range. */
    String predicate(List<Object> args) {
        List<String> parts = new ArrayList<>();
        for (LocalDate[] d : days) {
            parts.add("(grain = 'D' and period between ? and ?)");
            args.add(d[0]);
            args.add(d[1]);
        }
        if (months != null) {
            parts.add("(grain = 'M' and period between ? and ?)");
            args.add(months[0]);
            args.add(months[1]);
        }
        return parts.isEmpty() ? "1 = 0" : "(" + String.join(" or ", parts) + ")";
    }
}
