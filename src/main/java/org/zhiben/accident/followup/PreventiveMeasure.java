package org.zhiben.accident.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.zhiben.common.Ids;

/** A preventive measure (防范措施) of an accident and the 事故类比 hazard it became (its state lives in the hazard). */
@Entity
@Table(name = "accident_measure")
class PreventiveMeasure implements org.springframework.data.domain.Persistable<UUID> {

    @jakarta.persistence.Transient
    private boolean fresh;

    @Id
    private UUID id;
    @Column(name = "followup_id")
    private UUID followUpId;
    @Column(name = "accident_id")
    private UUID accidentId;
    private int seq;
    private String measure;
    @Column(name = "hazard_id")
    private UUID hazardId;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected PreventiveMeasure() {
    }

    PreventiveMeasure(AccidentFollowUp f, int seq, String measure, UUID hazardId, String by, Instant now) {
        this.id = Ids.newId();
        this.followUpId = f.getId();
        this.accidentId = f.getAccidentId();
        this.seq = seq;
        this.measure = measure;
        this.hazardId = hazardId;
        this.createdBy = by;
        this.createdAt = now;
        this.fresh = true;
    }

    @jakarta.persistence.PostPersist
    @jakarta.persistence.PostLoad
    void stored() {
        fresh = false;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @Override
    public UUID getId() { return id; }
    public UUID getAccidentId() { return accidentId; }
    public int getSeq() { return seq; }
    public String getMeasure() { return measure; }
    public UUID getHazardId() { return hazardId; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
