package org.zhiben.hazard.workflow;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhiben.common.EscalationLadder;
import org.zhiben.common.EscalationStep;
import org.zhiben.hazard.HazardLevel;

/**
 * When the daily job proposes the next step of 函告 → 通报 → 约谈 → 曝光 for an overdue major hazard: the shared
 * {@link EscalationLadder} from 函告, counted from the first overdue day, every {@code escalation-interval-days} days.
 */
@Component
class EscalationPolicy {

    private final EscalationLadder ladder;

    EscalationPolicy(@Value("${zhiben.hazard.escalation-interval-days:7}") int intervalDays) {
        this.ladder = new EscalationLadder(EscalationStep.LETTER, intervalDays);
    }

    /** The step to propose for {@code h} on the Shanghai date {@code today}, if any. */
    Optional<EscalationStep> due(Hazard h, LocalDate today) {
        if (h.getLevel() != HazardLevel.MAJOR || !h.isOverdue() || !h.getState().open()) {
            return Optional.empty();
        }
        return ladder.due(h.getEscalations(), h.overdueSince(), today);
    }
}
