package org.zhiben.risk.card;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.zhiben.risk.inventory.InventoryRecord;

/**
 * 岗位: what the 两单两卡 of a position need beyond the inventory — duties, operating steps, emergency steps — and
 * the analysis units whose risks the position faces.
 */
@Entity
@Table(name = "risk_position")
@DynamicUpdate
class Position extends InventoryRecord {

    private String name;
    private String responsibilities;
    private String operatingSteps;
    private String emergencySteps;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "risk_position_unit", joinColumns = @JoinColumn(name = "position_id"))
    @Column(name = "unit_id")
    private Set<UUID> unitIds = new LinkedHashSet<>();

    protected Position() {
    }

    Position(UUID enterpriseId, String regionCode, PositionData data, Instant now) {
        super(enterpriseId, regionCode, now);
        apply(data, now);
    }

    void apply(PositionData data, Instant now) {
        name = data.name();
        responsibilities = data.responsibilities();
        operatingSteps = data.operatingSteps();
        emergencySteps = data.emergencySteps();
        unitIds.clear();
        unitIds.addAll(data.unitIds());
        touch(now);
    }

    PositionData data() {
        return new PositionData(name, unitIds, responsibilities, operatingSteps, emergencySteps);
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enterpriseId", getEnterpriseId());
        m.put("name", name);
        m.put("unitIds", unitIds);
        m.put("responsibilities", responsibilities);
        m.put("operatingSteps", operatingSteps);
        m.put("emergencySteps", emergencySteps);
        return m;
    }

    String getName() {
        return name;
    }
}
