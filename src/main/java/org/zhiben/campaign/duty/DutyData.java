package org.zhiben.campaign.duty;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** Inputs of the leaders' duties. */
public final class DutyData {

    private DutyData() {
    }

    /**
     * A duty: which leader (an official bound to the plan's region), their post, which enterprise (inside the plan's
     * region), for which of the plan's tasks, how often. Without a frequency: monthly for a high-risk enterprise,
     * quarterly otherwise; without a number of checks: 1; without dates: from today (or the plan's start) to the
     * plan's end.
     */
    public record NewDuty(DutyKind kind, UUID taskId, UUID leaderUserId, @Size(max = 50) String leaderPost,
            UUID enterpriseId, DutyFrequency frequency, Integer visitsRequired, LocalDate startDate,
            LocalDate endDate) {
    }

    /** A check the leader arranges: a checklist template and the window (both days inclusive) inside the duty. */
    public record NewVisit(UUID templateId, LocalDate from, LocalDate to) {
    }

    /** Ends a duty early (the leader moved on), from the version seen. */
    public record EndDuty(Long version, LocalDate endDate) {
    }
}
