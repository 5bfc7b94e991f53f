package org.zhiben.hazard.workflow;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.zhiben.common.EscalationEntry;
import org.zhiben.common.EscalationStep;

/**
 * One step of the escalation ladder for an overdue major hazard ({@link org.zhiben.common.EscalationLadder}):
 * proposed by the reminder job, then confirmed or declined (with a reason) by an official in scope.
 */
@Entity
@Table(name = "hazard_escalation")
public class Escalation extends EscalationEntry {

    protected Escalation() {
    }

    Escalation(EscalationStep step, int round, Instant proposedAt) {
        super(step, round, proposedAt);
    }

    void confirm(Actor by, String note, Instant at) {
        confirm(by.id(), by.name(), note, at);
    }

    void decline(Actor by, String reason, Instant at) {
        decline(by.id(), by.name(), reason, at);
    }
}
