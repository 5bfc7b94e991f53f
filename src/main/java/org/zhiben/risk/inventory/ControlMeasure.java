package org.zhiben.risk.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.DynamicUpdate;
import org.zhiben.risk.CheckCycleUnit;
import org.zhiben.risk.ControlMeasureData;
import org.zhiben.risk.MeasureCategory;

/** 管控措施 of a risk event, with the check cycle its inspection tasks follow. */
@Entity
@Table(name = "risk_control_measure")
@DynamicUpdate
public class ControlMeasure extends InventoryRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", updatable = false)
    private RiskEvent event;
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "classify1")
    private MeasureCategory category;
    @Column(name = "classify2")
    private String subcategory;
    private String responsiblePerson;
    private int checkCycle;
    @Enumerated(EnumType.STRING)
    private CheckCycleUnit checkCycleUnit;

    protected ControlMeasure() {
    }

    private ControlMeasure(RiskEvent event, Instant now) {
        super(event.getEnterpriseId(), event.getRegionCode(), now);
        this.event = event;
    }

    static ControlMeasure create(RiskEvent event, ControlMeasureData data, Instant now) {
        ControlMeasure measure = new ControlMeasure(event, now);
        measure.apply(data, now);
        return measure;
    }

    public void apply(ControlMeasureData data, Instant now) {
        ControlMeasureData d = data.validated();
        description = d.description();
        category = d.category();
        subcategory = d.subcategory();
        responsiblePerson = d.responsiblePerson();
        checkCycle = d.checkCycle();
        checkCycleUnit = d.checkCycleUnit();
        touch(now);
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enterpriseId", getEnterpriseId());
        m.put("eventId", event.getId());
        m.put("description", description);
        m.put("classify1", category);
        m.put("classify2", subcategory);
        m.put("responsiblePerson", responsiblePerson);
        m.put("checkCycle", checkCycle);
        m.put("checkCycleUnit", checkCycleUnit);
        return m;
    }

    public RiskEvent getEvent() {
        return event;
    }

    public String getDescription() {
        return description;
    }

    public MeasureCategory getCategory() {
        return category;
    }

    public String getSubcategory() {
        return subcategory;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public int getCheckCycle() {
        return checkCycle;
    }

    public CheckCycleUnit getCheckCycleUnit() {
        return checkCycleUnit;
    }
}
