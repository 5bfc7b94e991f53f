package org.zhiben.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * How far a plan has come: per supervision category the 双随机 checks planned for the year and those done under the
 * plan's draws per month; the key inspections planned per month and done per month (the month of the first
 * inspection of the enterprise by the office in the year, 双随机 ones not counted), and each key target's first
 * inspection. Months are indexed 1–12 (index 0 unused).
 */
public record PlanProgress(UUID planId, int year, List<CategoryRow> categories, int[] keyPlanned, int[] keyDone,
        int keyPlannedTotal, int keyDoneTotal, List<TargetRow> targets) {

    public record CategoryRow(SupervisionCategory category, int planned, int[] doneByMonth, int done) {

        /** Percent done of planned, rounded down; 100 when nothing is planned and something was done. */
        public int percent() {
            return planned == 0 ? (done > 0 ? 100 : 0) : Math.min(100, done * 100 / planned);
        }
    }

    public record TargetRow(UUID enterpriseId, String enterpriseName, int month, LocalDate inspectedOn) {
    }
}
