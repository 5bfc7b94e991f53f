package org.zhiben.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which training rules apply to a person and how far they are met (DOMAIN §10): principals and safety managers need
 * the initial hours once and, from the calendar year after they started, the yearly hours within each calendar
 * year; other workers need the pre-work hours over the three induction levels, each level at least once, and in
 * high-risk sectors the yearly hours; after a change of post, or a return after a year or more away, workshop and
 * team training on or after that day.
 */
public final class TrainingRequirements {

    private TrainingRequirements() {
    }

    /** What the rules need to know about the person. */
    public record Facts(boolean principal, boolean safetyManager, boolean highRisk, LocalDate hiredOn,
            LocalDate postChangedOn, LocalDate awayFrom, LocalDate returnedOn) {
    }

    /** Hours credited on a day. */
    public record Hours(HoursKind kind, BigDecimal hours, LocalDate takenOn) {
    }

    /** One rule as applied to the person: required and done (hours, or 1/0 for a yes/no rule) and whether met. */
    public record Gap(String code, String label, BigDecimal required, BigDecimal done, boolean met) {

        /** A rule met or not (an induction level, a retraining) rather than a number of hours. */
        public boolean yesNo() {
            return code.startsWith("LEVEL_") || code.startsWith("RETRAIN_");
        }

        public BigDecimal missing() {
            return met ? BigDecimal.ZERO : required.subtract(done).max(BigDecimal.ZERO);
        }
    }

    public static List<Gap> of(Facts p, List<Hours> hours, LocalDate today, TrainingRules rules) {
        List<Gap> gaps = new ArrayList<>();
        boolean manager = p.principal() || p.safetyManager();
        boolean startedBeforeThisYear = p.hiredOn() != null && p.hiredOn().getYear() < today.getYear();
        if (manager) {
            BigDecimal initial = p.highRisk() ? rules.managerInitialHoursHighRisk() : rules.managerInitialHours();
            gaps.add(hours("INITIAL", "初次安全培训(" + role(p) + ")", initial, sum(hours, HoursKind.INITIAL, null)));
            if (startedBeforeThisYear) {
                BigDecimal yearly = p.highRisk() ? rules.managerYearlyHoursHighRisk() : rules.managerYearlyHours();
                gaps.add(hours("YEARLY", today.getYear() + "年度再培训(" + role(p) + ")", yearly,
                        sum(hours, HoursKind.YEARLY, today.getYear())));
            }
        } else {
            BigDecimal preWork = p.highRisk() ? rules.workerPreWorkHoursHighRisk() : rules.workerPreWorkHours();
            BigDecimal inducted = sum(hours, HoursKind.FACTORY, null).add(sum(hours, HoursKind.WORKSHOP, null))
                    .add(sum(hours, HoursKind.TEAM, null));
            gaps.add(hours("PRE_WORK", "上岗前安全培训", preWork, inducted));
            for (HoursKind level : List.of(HoursKind.FACTORY, HoursKind.WORKSHOP, HoursKind.TEAM)) {
                gaps.add(yesNo("LEVEL_" + level.name(), "三级教育:" + level.label(),
                        hours.stream().anyMatch(h -> h.kind() == level && h.hours().signum() > 0)));
            }
            BigDecimal yearly = p.highRisk() ? rules.workerYearlyHoursHighRisk() : rules.workerYearlyHours();
            if (yearly.signum() > 0 && startedBeforeThisYear) {
                gaps.add(hours("YEARLY", today.getYear() + "年度再培训", yearly,
                        sum(hours, HoursKind.YEARLY, today.getYear())));
            }
        }
        LocalDate trigger = retrainingTrigger(p);
        if (trigger != null) {
            for (HoursKind level : List.of(HoursKind.WORKSHOP, HoursKind.TEAM)) {
                gaps.add(yesNo("RETRAIN_" + level.name(), "转岗/复岗重新培训(" + trigger + " 起):" + level.label(),
                        hours.stream().anyMatch(h -> h.kind() == level && h.hours().signum() > 0
                                && !h.takenOn().isBefore(trigger))));
            }
        }
        return gaps;
    }

    /** The later of a change of post and a return after a year or more away (away on the same day a year later counts). */
    public static LocalDate retrainingTrigger(Facts p) {
        LocalDate returned = p.awayFrom() != null && p.returnedOn() != null
                && !p.awayFrom().plusYears(1).isAfter(p.returnedOn()) ? p.returnedOn() : null;
        if (p.postChangedOn() == null) {
            return returned;
        }
        return returned == null || p.postChangedOn().isAfter(returned) ? p.postChangedOn() : returned;
    }

    private static String role(Facts p) {
        return p.principal() ? "主要负责人" : "安全生产管理人员";
    }

    private static BigDecimal sum(List<Hours> hours, HoursKind kind, Integer year) {
        return hours.stream().filter(h -> h.kind() == kind && (year == null || h.takenOn().getYear() == year))
                .map(Hours::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Gap hours(String code, String label, BigDecimal required, BigDecimal done) {
        return new Gap(code, label + " ≥ " + required.stripTrailingZeros().toPlainString() + " 学时", required, done,
                done.compareTo(required) >= 0);
    }

    private static Gap yesNo(String code, String label, boolean done) {
        return new Gap(code, label, BigDecimal.ONE, done ? BigDecimal.ONE : BigDecimal.ZERO, done);
    }
}
