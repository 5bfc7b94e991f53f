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

/**
 * One step of the escalation ladder: proposed by the reminder job, then confirmed or declined (with a reason) by an
 * official in scope.
 */
@Entity
@Table(name = "hazard_escalation")
public class Escalation {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private EscalationStep step;
    /** 1, or one more than the declined proposals of the same step before it. */
    private int round;
    @Column(name = "proposed_at")
    private Instant proposedAt;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "confirmed_by")
    private UUID confirmedBy;
    @Column(name = "confirmed_by_name")
    private String confirmedByName;
    private String note;
    @Column(name = "declined_at")
    private Instant declinedAt;
    @Column(name = "declined_by")
    private UUID declinedBy;
    @Column(name = "declined_by_name")
    private String declinedByName;

    protected Escalation() {
    }

    Escalation(EscalationStep step, int round, Instant proposedAt) {
        this.id = Ids.newId();
        this.step = step;
        this.round = round;
        this.proposedAt = proposedAt;
    }

    void confirm(Actor by, String note, Instant at) {
        this.confirmedAt = at;
        this.confirmedBy = by.id();
        this.confirmedByName = by.name();
        this.note = note;
    }

    void decline(Actor by, String reason, Instant at) {
        this.declinedAt = at;
        this.declinedBy = by.id();
        this.declinedByName = by.name();
        this.note = reason;
    }

    boolean confirmed() {
        return confirmedAt != null;
    }

    boolean decided() {
        return confirmedAt != null || declinedAt != null;
    }

    /** When an official confirmed or declined it; null while proposed. */
    Instant decidedAt() {
        return confirmedAt != null ? confirmedAt : declinedAt;
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

    public Instant getDeclinedAt() {
        return declinedAt;
    }

    public String getDeclinedByName() {
        return declinedByName;
    }

    public String getNote() {
        return note;
    }
}
