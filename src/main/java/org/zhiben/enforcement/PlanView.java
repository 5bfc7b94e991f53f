package org.zhiben.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An annual plan as read: its lines per supervision category (share, rounds, objects counted on {@code countedOn},
 * checks planned), its key inspections (withheld, {@code targets} empty, on the public 公示: a key inspection is
 * not announced to the enterprise in advance; their number per month is public) and the draws made under it.
 */
public record PlanView(UUID id, long version, String officeCode, String officeName, int year, String title,
        String note, PlanState state, LocalDate countedOn, String filedTo, LocalDate filedOn, String filedByName,
        LocalDate publishedOn, List<Line> categories, int plannedRandomChecks, int keyTargetCount,
        int[] keyTargetsByMonth, List<Target> targets, List<LinkedDraw> draws) {

    /** A supervision category's line. */
    public record Line(SupervisionCategory category, int sharePercent, int rounds, int objectCount,
            int plannedChecks) {
    }

    /** A key inspection. */
    public record Target(UUID enterpriseId, String enterpriseName, int month, String reason) {
    }

    /** A draw made under the plan. */
    public record LinkedDraw(UUID id, String title, SupervisionCategory category, int enterpriseCount) {
    }
}
