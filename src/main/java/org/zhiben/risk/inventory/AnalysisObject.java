package org.zhiben.risk.inventory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.DynamicUpdate;
import org.zhiben.common.InvalidInputException;
import org.zhiben.risk.AnalysisObjectData;
import org.zhiben.risk.AnalysisUnitData;
import org.zhiben.risk.ObjectKind;
import org.zhiben.risk.RiskLevel;

/** 风险分析对象: equipment/facility, work activity or area; a major hazard source carries its 危险源编码. */
@Entity
@Table(name = "risk_analysis_object")
@DynamicUpdate
@BatchSize(size = 100) // parents of a listed page load in one query
public class AnalysisObject extends InventoryRecord {

    @Enumerated(EnumType.STRING)
    private ObjectKind kind;
    private String name;
    private boolean majorHazardSource;
    private String hazardSourceCode;
    @OneToMany(mappedBy = "object")
    @OrderBy("createdAt, id")
    @BatchSize(size = 100)
    private List<AnalysisUnit> units = new ArrayList<>();

    protected AnalysisObject() {
    }

    public static AnalysisObject create(UUID enterpriseId, String regionCode, AnalysisObjectData data, Instant now) {
        AnalysisObject o = new AnalysisObject(enterpriseId, regionCode, now);
        o.apply(data, now);
        return o;
    }

    private AnalysisObject(UUID enterpriseId, String regionCode, Instant now) {
        super(enterpriseId, regionCode, now);
    }

    public void apply(AnalysisObjectData data, Instant now) {
        AnalysisObjectData d = data.validated();
        kind = d.kind();
        name = d.name();
        majorHazardSource = d.majorHazardSource();
        hazardSourceCode = d.hazardSourceCode();
        touch(now);
    }

    public AnalysisUnit addUnit(AnalysisUnitData data, Instant now) {
        AnalysisUnit unit = AnalysisUnit.create(this, data, now);
        units.add(unit);
        return unit;
    }

    /** A major hazard source is 重大 by direct judgment; otherwise the highest level of its units. */
    public RiskLevel rollUp() {
        if (majorHazardSource) {
            return RiskLevel.MAJOR;
        }
        return units.stream().map(AnalysisUnit::rollUp).reduce(null, RiskLevel::highest);
    }

    /** Removing a branch would orphan its units: they go first. */
    public void checkRemovable() {
        if (!units.isEmpty()) {
            throw new InvalidInputException("object", "请先删除该对象下的" + units.size() + "个分析单元");
        }
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enterpriseId", getEnterpriseId());
        m.put("kind", kind);
        m.put("name", name);
        m.put("majorHazardSource", majorHazardSource);
        m.put("hazardSourceCode", hazardSourceCode);
        return m;
    }

    public ObjectKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public boolean isMajorHazardSource() {
        return majorHazardSource;
    }

    public String getHazardSourceCode() {
        return hazardSourceCode;
    }

    public List<AnalysisUnit> getUnits() {
        return Collections.unmodifiableList(units);
    }
}
