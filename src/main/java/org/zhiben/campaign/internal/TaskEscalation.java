package org.zhiben.campaign.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.zhiben.common.EscalationEntry;
import org.zhiben.common.EscalationStep;

/** A step of the shared escalation ladder (提示 → 督办 → 函告 → 通报 → 约谈 → 曝光) for a lagging task. */
@Entity
@Table(name = "campaign_escalation")
public class TaskEscalation extends EscalationEntry {

    protected TaskEscalation() {
    }

    TaskEscalation(EscalationStep step, int round, Instant proposedAt) {
        super(step, round, proposedAt);
    }
}
