package org.zhiben.hazard.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.zhiben.common.Ids;

/** One step of the escalation ladder: proposed by the reminder job, confirmed by an official in scope. */
@Entity
@Table(name = "hazard_escalation")
public class Escalation {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private EscalationStep step;
    @Column(name = "proposed_at")
    private Instant proposedAt;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "confirmed_by")
    private UUID confirmedBy;
    @Column(name = "confirmed_by_name")
    private String confirmedByName;
    private String note;

    protected Escalation() {
    }

    Escalation(EscalationStep step, Instant proposedAt) {
        this.id = Ids.newId();
        this.step = step;
        this.proposedAt = proposedAt;
    }

    void confirm(Actor by, String note, Instant at) {
        this.confirmedAt = at;
        this.confirmedBy = by.id();
        this.confirmedByName = by.name();
        this.note = note;
    }

    boolean confirmed() {
        return confirmedAt != null;
    }

    public EscalationStep getStep() {
        return step;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmedByName() {
        return confirmedByName;
    }

    public String getNote() {
        return note;
    }
}
