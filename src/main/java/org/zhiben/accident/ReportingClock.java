package org.zhiben.accident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhiben.common.Labelled;

/**
 * The reporting clock of 493号令 第九–十一、十三条 for one accident at an instant: the unit reports to the county within
 * 1 hour of knowing; each level reports to the next within 2 hours of receiving it, as far as the grade requires
 * (一般 the city, 较大 the province, 重大 and 特别重大 the ministry); casualty changes are reported within 30 days of the
 * accident (7 for road traffic and fire). A step done exactly at its due time is on time (迟报 only after it).
 *
 * <p>A step's clock starts when the level below reported it, or — if that has not happened yet — when it should
 * have; a level that became necessary only when a supplementary report raised the grade starts at that report.
 */
public final class ReportingClock {

    public static final Duration UNIT_TO_COUNTY = Duration.ofHours(1);
    public static final Duration LEVEL_TO_LEVEL = Duration.ofHours(2);

    private ReportingClock() {
    }

    public enum Status implements Labelled {
        DONE("已按时报告"), DONE_LATE("迟报"), PENDING("待报告"), OVERDUE("已超时未报");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean late() {
            return this == DONE_LATE || this == OVERDUE;
        }
    }

    /** One report up: who ({@code from}) reports to whom ({@code to}), by when, when it was done and its status. */
    public record Step(ReportLevel from, ReportLevel to, String actor, Instant due, Instant doneAt, Status status) {
    }

    /** The grade the accident had from {@code since}. */
    public record GradeAt(Instant since, AccidentGrade grade) {
    }

    /** The casualty-change window: reports until {@code closes}; {@code open} at the instant asked. */
    public record SupplementWindow(int days, Instant closes, boolean open) {
    }

    /**
     * @param knownAt when the unit's head knew (the 1-hour clock starts)
     * @param firstReportedAt when the county received the unit's report (null: not yet)
     * @param forwarded when each level above the county received it (CITY, PROVINCE, MINISTRY; absent: not yet)
     * @param grades the grade history, oldest first (the first report's grade, then each change)
     */
    public static List<Step> steps(Instant knownAt, Instant firstReportedAt, Map<ReportLevel, Instant> forwarded,
            List<GradeAt> grades, Instant now) {
        List<Step> steps = new ArrayList<>();
        Step first = step(ReportLevel.UNIT, ReportLevel.COUNTY, knownAt.plus(UNIT_TO_COUNTY), firstReportedAt, now);
        steps.add(first);
        Step previous = first;
        AccidentGrade current = grades.get(grades.size() - 1).grade();
        for (ReportLevel to : List.of(ReportLevel.CITY, ReportLevel.PROVINCE, ReportLevel.MINISTRY)) {
            if (current.reportsUpTo().compareTo(to) < 0) {
                break;
            }
            Instant start = previous.doneAt() != null ? previous.doneAt() : previous.due();
            Instant required = requiredSince(to, grades);
            if (required != null && required.isAfter(start)) {
                start = required;
            }
            ReportLevel from = ReportLevel.values()[to.ordinal() - 1];
            Step s = step(from, to, start.plus(LEVEL_TO_LEVEL), forwarded.get(to), now);
            steps.add(s);
            previous = s;
        }
        return steps;
    }

    /** The casualty-change window of an accident of {@code kind} that occurred at {@code occurredAt}. */
    public static SupplementWindow supplementWindow(Instant occurredAt, SpecialKind kind, Instant now) {
        Instant closes = occurredAt.plus(Duration.ofDays(kind.supplementDays()));
        return new SupplementWindow(kind.supplementDays(), closes, !now.isAfter(closes));
    }

    /** Whether a supplementary report made at {@code at} is late (after the window closed). */
    public static boolean supplementLate(Instant occurredAt, SpecialKind kind, Instant at) {
        return at.isAfter(occurredAt.plus(Duration.ofDays(kind.supplementDays())));
    }

    /** Whether the unit's first report at {@code reportedAt} came more than an hour after {@code knownAt} (迟报). */
    public static boolean firstReportLate(Instant knownAt, Instant reportedAt) {
        return reportedAt.isAfter(knownAt.plus(UNIT_TO_COUNTY));
    }

    private static Instant requiredSince(ReportLevel level, List<GradeAt> grades) {
        for (GradeAt g : grades) {
            if (g.grade().reportsUpTo().compareTo(level) >= 0) {
                return g.since();
            }
        }
        return null;
    }

    private static Step step(ReportLevel from, ReportLevel to, Instant due, Instant doneAt, Instant now) {
        Status status = doneAt != null ? (doneAt.isAfter(due) ? Status.DONE_LATE : Status.DONE)
                : now.isAfter(due) ? Status.OVERDUE : Status.PENDING;
        return new Step(from, to, actor(from), due, doneAt, status);
    }

    private static String actor(ReportLevel from) {
        return switch (from) {
            case UNIT -> "事故单位负责人(报县级应急管理部门和有关部门)";
            case COUNTY -> "县级应急管理部门和有关部门(报设区的市级)";
            case CITY -> "设区的市级应急管理部门和有关部门(报省级)";
            case PROVINCE -> "省级应急管理部门和有关部门(报国务院安全生产监督管理部门)";
            default -> from.label();
        };
    }
}
