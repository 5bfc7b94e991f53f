package org.zhiben.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.zhiben.common.ScopedRecord;

/** One finding of a drill (an item of its 不足, numbered from 1) turned into a hazard at the enterprise, once. */
@Entity
@Table(name = "training_drill_hazard")
public class DrillHazard extends ScopedRecord {

    @Column(name = "drill_id")
    private UUID drillId;
    @Column(name = "item_no")
    private int itemNo;
    private String finding;
    @Column(name = "hazard_id")
    private UUID hazardId;
    @Column(name = "created_by")
    private String createdBy;

    protected DrillHazard() {
    }

    public DrillHazard(Drill d, int itemNo, String finding, UUID hazardId, String createdBy, Instant now) {
        super(d.getEnterpriseId(), d.getRegionCode(), d.getSectors(), now);
        this.drillId = d.getId();
        this.itemNo = itemNo;
        this.finding = finding;
        this.hazardId = hazardId;
        this.createdBy = createdBy.length() > 100 ? createdBy.substring(0, 100) : createdBy;
    }

    public UUID getDrillId() { return drillId; }
    public int getItemNo() { return itemNo; }
    public String getFinding() { return finding; }
    public UUID getHazardId() { return hazardId; }
    public String getCreatedBy() { return createdBy; }
}
