package org.zhiben.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.zhiben.common.ScopedRecord;
import org.zhiben.common.SectorSet;

/** A position of the enterprise that may only be worked with a valid certificate of a type (持证上岗). */
@Entity
@Table(name = "training_position_requirement")
public class PositionRequirement extends ScopedRecord {

    private String position;
    @Column(name = "type_code")
    private String typeCode;

    protected PositionRequirement() {
    }

    public PositionRequirement(UUID enterpriseId, String regionCode, SectorSet sectors, String position,
            String typeCode, Instant now) {
        super(enterpriseId, regionCode, sectors, now);
        this.position = position;
        this.typeCode = typeCode;
    }

    public String getPosition() { return position; }
    public String getTypeCode() { return typeCode; }
}
