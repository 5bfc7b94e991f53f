package org.zhiben.standardization;

import java.util.List;

/**
 * Against 资料达标: what live data says about a graded enterprise — inspection task completion over the last 90 days
 * (null: no task due), open, overdue and open major hazards — and the warnings drawn from it.
 */
public record Plausibility(Double inspectionCompletion, long inspectionsDue, long openHazards, long overdueHazards,
        long openMajors, List<String> warnings) {

    /** Completion below this share (%) is a warning. */
    public static final double COMPLETION_FLOOR = 80.0;

    public static Plausibility of(Double completion, long due, long open, long overdue, long majors) {
        List<String> w = new java.util.ArrayList<>();
        if (completion == null) {
            w.add("近90天没有到期的排查任务,无法核实日常排查");
        } else if (completion < COMPLETION_FLOOR) {
            w.add(String.format("近90天排查任务完成率 %.1f%%,低于 %.0f%%", completion, COMPLETION_FLOOR));
        }
        if (overdue > 0) {
            w.add("有 " + overdue + " 项隐患逾期未整改");
        }
        if (majors > 0) {
            w.add("有 " + majors + " 项重大事故隐患未销号");
        }
        return new Plausibility(completion, due, open, overdue, majors, List.copyOf(w));
    }

    public boolean plausible() {
        return warnings.isEmpty();
    }
}
