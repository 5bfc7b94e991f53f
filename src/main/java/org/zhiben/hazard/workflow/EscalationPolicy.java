package org.zhiben.hazard.workflow;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhiben.common.Zones;
import org.zhiben.hazard.HazardLevel;

/**
 * When the daily job proposes the next step of 函告 → 通报 → 约谈 → 曝光 for an overdue major hazard: the first step
 * once it has been overdue {@code escalation-interval-days} days, each later step that many days after the previous
 * one was confirmed; a declined step is proposed again that many days after it was declined.
 */
@Component
class EscalationPolicy {

    private final int intervalDays;

    EscalationPolicy(@Value("${zhiben.hazard.escalation-interval-days:7}") int intervalDays) {
        this.intervalDays = intervalDays;
    }

    /** The step to propose for {@code h} on the Shanghai date {@code today}, if any. */
    Optional<EscalationStep> due(Hazard h, LocalDate today) {
        if (h.getLevel() != HazardLevel.MAJOR || !h.isOverdue() || !h.getState().open()
                || h.pendingEscalation().isPresent()) {
            return Optional.empty();
        }
        Optional<Escalation> last = h.getEscalations().stream().max(Comparator.comparing(Escalation::decidedAt));
        if (last.isEmpty()) {
            return h.overdueSince() != null && !today.isBefore(h.overdueSince().plusDays(intervalDays))
                    ? Optional.of(EscalationStep.LETTER) : Optional.empty();
        }
        EscalationStep next = last.get().confirmed() ? last.get().getStep().next() : last.get().getStep();
        LocalDate decidedOn = LocalDate.ofInstant(last.get().decidedAt(), Zones.CHINA);
        return next != null && !today.isBefore(decidedOn.plusDays(intervalDays)) ? Optional.of(next)
                : Optional.empty();
    }
}
