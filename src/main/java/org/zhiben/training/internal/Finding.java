package org.zhiben.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.zhiben.common.ScopedRecord;

/** An uncertified person proposed to the hazard module once (criterion 3-2 or 3-3 of 工贸重大事故隐患判定标准). */
@Entity
@Table(name = "training_finding")
public class Finding extends ScopedRecord {

    @Column(name = "person_id")
    private UUID personId;
    private String criterion;
    @Column(name = "type_code")
    private String typeCode;
    @Column(name = "hazard_id")
    private UUID hazardId;

    protected Finding() {
    }

    public Finding(Person p, String criterion, String typeCode, UUID hazardId, Instant now) {
        super(p.getEnterpriseId(), p.getRegionCode(), p.getSectors(), now);
        this.personId = p.getId();
        this.criterion = criterion;
        this.typeCode = typeCode;
        this.hazardId = hazardId;
    }

    public UUID getPersonId() { return personId; }
    public String getCriterion() { return criterion; }
    public String getTypeCode() { return typeCode; }
    public UUID getHazardId() { return hazardId; }
}
