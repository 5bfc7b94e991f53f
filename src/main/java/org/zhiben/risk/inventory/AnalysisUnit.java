package org.zhiben.risk.inventory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;
import org.zhiben.common.InvalidInputException;
import org.zhiben.risk.AnalysisUnitData;
import org.zhiben.risk.ControlLevel;
import org.zhiben.risk.RiskEventData;
import org.zhiben.risk.RiskLevel;

/**
 * 风险分析单元: a part of an analysis object with a responsible department and person, controlled at one level.
 * It is due for reassessment one year after the last assessment of any of its events, or earlier when brought forward
 * (an accident or a hazard found in it).
 */
@Entity
@Table(name = "risk_analysis_unit")
@DynamicUpdate
@BatchSize(size = 100) // parents of a listed page load in one query
public class AnalysisUnit extends InventoryRecord {

    /** How long an assessment stays current. */
    public static final int REASSESSMENT_YEARS = 1;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "object_id", updatable = false)
    private AnalysisObject object;
    private String name;
    private String responsibleDepartment;
    private String responsiblePerson;
    @Enumerated(EnumType.STRING)
    private ControlLevel controlLevel;
    // Assessment bookkeeping is not an edit of the unit: it must not make an open edit form stale
    // (@DynamicUpdate writes only the changed columns, so no edit is overwritten either).
    @OptimisticLock(excluded = true)
    private Instant lastAssessedAt;
    @OptimisticLock(excluded = true)
    private LocalDate reassessmentDue;
    @OptimisticLock(excluded = true)
    private String reassessmentReason;
    @OneToMany(mappedBy = "unit")
    @OrderBy("createdAt, id")
    @BatchSize(size = 100)
    private List<RiskEvent> events = new ArrayList<>();

    protected AnalysisUnit() {
    }

    private AnalysisUnit(AnalysisObject object, Instant now) {
        super(object.getEnterpriseId(), object.getRegionCode(), now);
        this.object = object;
    }

    static AnalysisUnit create(AnalysisObject object, AnalysisUnitData data, Instant now) {
        AnalysisUnit unit = new AnalysisUnit(object, now);
        unit.apply(data, now);
        return unit;
    }

    public void apply(AnalysisUnitData data, Instant now) {
        AnalysisUnitData d = data.validated();
        name = d.name();
        responsibleDepartment = d.responsibleDepartment();
        responsiblePerson = d.responsiblePerson();
        controlLevel = d.controlLevel();
        touch(now);
    }

    public RiskEvent addEvent(RiskEventData data, Instant now) {
        RiskEvent event = RiskEvent.create(this, data, now);
        events.add(event);
        return event;
    }

    /** 重大 under a major hazard source (direct judgment), otherwise the highest current level of its events. */
    public RiskLevel rollUp() {
        if (object.isMajorHazardSource()) {
            return RiskLevel.MAJOR;
        }
        return events.stream().map(RiskEvent::currentLevel).reduce(null, RiskLevel::highest);
    }

    /** One of its events was assessed on {@code day}: the next assessment is due a year later. */
    void assessed(Instant at, LocalDate day) {
        lastAssessedAt = at;
        reassessmentDue = day.plusYears(REASSESSMENT_YEARS);
        reassessmentReason = null;
    }

    /** Makes the unit due for reassessment today, e.g. after an accident or a hazard found in it. */
    public void bringForwardReassessment(LocalDate today, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("reason", "请说明提前复评的原因(不超过500个字符)");
        }
        if (reassessmentDue == null || reassessmentDue.isAfter(today)) {
            reassessmentDue = today;
        }
        reassessmentReason = reason.strip();
    }

    /** Due on or before {@code today}; a unit never assessed has no due date yet. */
    public boolean isReassessmentDue(LocalDate today) {
        return reassessmentDue != null && !reassessmentDue.isAfter(today);
    }

    public void checkRemovable() {
        if (!events.isEmpty()) {
            throw new InvalidInputException("unit", "请先删除该单元下的" + events.size() + "个风险事件");
        }
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enterpriseId", getEnterpriseId());
        m.put("objectId", object.getId());
        m.put("name", name);
        m.put("responsibleDepartment", responsibleDepartment);
        m.put("responsiblePerson", responsiblePerson);
        m.put("controlLevel", controlLevel);
        m.put("reassessmentDue", reassessmentDue);
        m.put("reassessmentReason", reassessmentReason);
        return m;
    }

    public AnalysisObject getObject() {
        return object;
    }

    public String getName() {
        return name;
    }

    public String getResponsibleDepartment() {
        return responsibleDepartment;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public ControlLevel getControlLevel() {
        return controlLevel;
    }

    public Instant getLastAssessedAt() {
        return lastAssessedAt;
    }

    public LocalDate getReassessmentDue() {
        return reassessmentDue;
    }

    public String getReassessmentReason() {
        return reassessmentReason;
    }

    public List<RiskEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }
}
