package org.zhiben.training;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.zhiben.common.Labelled;

/**
 * Drill duties of an enterprise for a year (DOMAIN §10, seed 000 and 003): an evacuation drill in each of the 办公,
 * 生产 and 生活 areas at least once a year, every half year in high-risk sectors; a 现场处置方案 drill every half
 * year; a 综合 or 专项 plan drill every year. Windows are calendar halves (01-01..06-30, 07-01..12-31) or the calendar
 * year; a window is DONE when a matching drill was held inside it (both ends included), MISSED once its last day has
 * passed without one, DUE_SOON within {@code warnDays} of its end, OPEN before.
 */
public final class DrillCompliance {

    private DrillCompliance() {
    }

    public enum Status implements Labelled {
        DONE("已完成"), OPEN("未到期"), DUE_SOON("即将到期"), MISSED("逾期未演练"), NOT_STARTED("未开始");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A held drill as the rule reads it. */
    public record Held(DrillKind kind, AreaType area, LocalDate on) {
    }

    public record Window(String duty, AreaType area, LocalDate from, LocalDate to, Status status) {
    }

    public static List<Window> of(int year, boolean highRisk, List<Held> drills, LocalDate today, int warnDays) {
        List<Window> out = new ArrayList<>();
        for (AreaType area : AreaType.values()) {
            for (LocalDate[] w : windows(year, highRisk)) {
                out.add(window("疏散逃生演练(" + area.label() + ")", area, w, drills.stream().anyMatch(d ->
                        d.kind() == DrillKind.EVACUATION && d.area() == area && inside(d.on(), w)), today, warnDays));
            }
        }
        for (LocalDate[] w : windows(year, true)) {
            out.add(window("现场处置方案演练", null, w, drills.stream().anyMatch(d -> d.kind() == DrillKind.ONSITE
                    && inside(d.on(), w)), today, warnDays));
        }
        for (LocalDate[] w : windows(year, false)) {
            out.add(window("综合或专项应急预案演练", null, w, drills.stream().anyMatch(d ->
                    (d.kind() == DrillKind.COMPREHENSIVE || d.kind() == DrillKind.SPECIAL) && inside(d.on(), w)),
                    today, warnDays));
        }
        return out;
    }

    private static List<LocalDate[]> windows(int year, boolean halfYearly) {
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        LocalDate dec31 = MonthDay.of(12, 31).atYear(year);
        if (!halfYearly) {
            return List.<LocalDate[]>of(new LocalDate[] {jan1, dec31});
        }
        return List.of(new LocalDate[] {jan1, LocalDate.of(year, 6, 30)},
                new LocalDate[] {LocalDate.of(year, 7, 1), dec31});
    }

    private static boolean inside(LocalDate d, LocalDate[] w) {
        return !d.isBefore(w[0]) && !d.isAfter(w[1]);
    }

    private static Window window(String duty, AreaType area, LocalDate[] w, boolean done, LocalDate today,
            int warnDays) {
        Status s;
        if (done) {
            s = Status.DONE;
        } else if (today.isAfter(w[1])) {
            s = Status.MISSED;
        } else if (today.isBefore(w[0])) {
            s = Status.NOT_STARTED;
        } else if (!today.plusDays(warnDays).isBefore(w[1])) {
            s = Status.DUE_SOON;
        } else {
            s = Status.OPEN;
        }
        return new Window(duty, area, w[0], w[1], s);
    }
}
