package org.zhiben.hazard;

import java.util.UUID;

/**
 * Published in the transaction of every change to a hazard's {@link HazardFacts} (creation, each transition, level
 * change, deadline extension, overdue marking). {@code before} is null on creation. Listeners that keep running totals
 * subtract {@code before} and add {@code after}.
 */
public record HazardChanged(UUID hazardId, HazardFacts before, HazardFacts after) {

    /** The hazard came into being with this change. */
    public boolean created() {
        return before == null && after != null;
    }

    /** The hazard is 重大 after this change and was not before it (reported as major, or raised to major). */
    public boolean becameMajor() {
        return after != null && after.level() == HazardLevel.MAJOR
                && (before == null || before.level() != HazardLevel.MAJOR);
    }

    /** The hazard came into being with this change, reported by an expert (专家精查, 外聘专家). */
    public boolean createdByExpert() {
        return created() && (after.source() == HazardSource.EXPERT_REVIEW
                || after.source() == HazardSource.EXTERNAL_EXPERT);
    }
}
