package org.zhiben.hazard.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.common.Ids;

/** A request to move the rectification deadline (延期), and its decision. */
@Entity
@Table(name = "hazard_extension")
public class Extension {

    public enum Status { PENDING, APPROVED, DENIED }

    @Id
    private UUID id;
    @Column(name = "previous_deadline")
    private LocalDate previousDeadline;
    @Column(name = "requested_deadline")
    private LocalDate requestedDeadline;
    private String reason;
    @Column(name = "requested_by")
    private UUID requestedBy;
    @Column(name = "requested_by_name")
    private String requestedByName;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "decided_by")
    private UUID decidedBy;
    @Column(name = "decided_by_name")
    private String decidedByName;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_note")
    private String decisionNote;

    protected Extension() {
    }

    Extension(LocalDate previous, LocalDate requested, String reason, Actor by, Instant at) {
        this.id = Ids.newId();
        this.previousDeadline = previous;
        this.requestedDeadline = requested;
        this.reason = reason;
        this.requestedBy = by.id();
        this.requestedByName = by.name();
        this.requestedAt = at;
        this.status = Status.PENDING;
    }

    void decide(boolean approve, Actor by, String note, Instant at) {
        status = approve ? Status.APPROVED : Status.DENIED;
        decidedBy = by.id();
        decidedByName = by.name();
        decidedAt = at;
        decisionNote = note;
    }

    public UUID getId() {
        return id;
    }

    public LocalDate getPreviousDeadline() {
        return previousDeadline;
    }

    public LocalDate getRequestedDeadline() {
        return requestedDeadline;
    }

    public String getReason() {
        return reason;
    }

    public UUID getRequestedBy() {
        return requestedBy;
    }

    public String getRequestedByName() {
        return requestedByName;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getDecidedByName() {
        return decidedByName;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }
}
