package org.zhiben.common;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * One step of an {@link EscalationLadder}: proposed by a module's daily job, then confirmed or declined (with a
 * reason) by an official. A module maps it to its own table ({@code <module>_escalation}) with the owner's id column.
 */
@MappedSuperclass
public abstract class EscalationEntry {

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

    protected EscalationEntry() {
    }

    protected EscalationEntry(EscalationStep step, int round, Instant proposedAt) {
        this.id = Ids.newId();
        this.step = step;
        this.round = round;
        this.proposedAt = proposedAt;
    }

    public void confirm(UUID by, String byName, String note, Instant at) {
        this.confirmedAt = at;
        this.confirmedBy = by;
        this.confirmedByName = byName;
        this.note = note;
    }

    public void decline(UUID by, String byName, String reason, Instant at) {
        this.declinedAt = at;
        this.declinedBy = by;
        this.declinedByName = byName;
        this.note = reason;
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }

    public boolean decided() {
        return confirmedAt != null || declinedAt != null;
    }

    /** When an official confirmed or declined it; null while proposed. */
    public Instant decidedAt() {
        return confirmedAt != null ? confirmedAt : declinedAt;
    }

    public UUID getId() {
        return id;
    }

    public EscalationStep getStep() {
        return step;
    }

    public int getRound() {
        return round;
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
