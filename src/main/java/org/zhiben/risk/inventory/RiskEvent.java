package org.zhiben.risk.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;
import org.zhiben.common.InvalidInputException;
import org.zhiben.risk.AccidentType;
import org.zhiben.risk.AssessmentData;
import org.zhiben.risk.AssessmentKind;
import org.zhiben.risk.AssessmentMethod;
import org.zhiben.risk.ControlMeasureData;
import org.zhiben.risk.DirectBasis;
import org.zhiben.risk.HazardFactor;
import org.zhiben.risk.RiskEventData;
import org.zhiben.risk.assessment.RiskGrading;
import org.zhiben.risk.RiskLevel;
import org.zhiben.risk.assessment.RiskScore;

/**
 * 风险事件: what can go wrong in a unit, with its GB/T 13861 hazard factor and possible GB 6441 accident types.
 * It keeps the level of its latest inherent (固有) and residual (管控后) assessment; its current level is the
 * residual one when assessed, else the inherent one — except under a major hazard source, where it is 重大 by
 * direct judgment whatever the scores say.
 */
@Entity
@Table(name = "risk_event")
@DynamicUpdate
@BatchSize(size = 100) // parents of a listed page load in one query
public class RiskEvent extends InventoryRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", updatable = false)
    private AnalysisUnit unit;
    private String description;
    private String hazardFactorCode;
    @Convert(converter = AccidentTypesConverter.class)
    @Column(name = "accident_types")
    private Set<AccidentType> accidentTypes = EnumSet.noneOf(AccidentType.class);
    // Assessments are appended, not edits of the event: they must not make an open edit form stale.
    @Enumerated(EnumType.STRING)
    @OptimisticLock(excluded = true)
    private RiskLevel inherentLevel;
    @Enumerated(EnumType.STRING)
    @OptimisticLock(excluded = true)
    private RiskLevel residualLevel;
    @OptimisticLock(excluded = true)
    private Instant lastAssessedAt;
    @OneToMany(mappedBy = "event")
    @OrderBy("createdAt, id")
    @BatchSize(size = 100)
    private List<ControlMeasure> measures = new ArrayList<>();

    protected RiskEvent() {
    }

    private RiskEvent(AnalysisUnit unit, Instant now) {
        super(unit.getEnterpriseId(), unit.getRegionCode(), now);
        this.unit = unit;
    }

    static RiskEvent create(AnalysisUnit unit, RiskEventData data, Instant now) {
        RiskEvent event = new RiskEvent(unit, now);
        event.apply(data, now);
        return event;
    }

    public void apply(RiskEventData data, Instant now) {
        RiskEventData d = data.validated();
        description = d.description();
        hazardFactorCode = d.hazardFactorCode();
        accidentTypes = d.accidentTypes().isEmpty() ? EnumSet.noneOf(AccidentType.class) : EnumSet.copyOf(d.accidentTypes());
        touch(now);
    }

    public ControlMeasure addMeasure(ControlMeasureData data, Instant now) {
        ControlMeasure measure = ControlMeasure.create(this, data, now);
        measures.add(measure);
        return measure;
    }

    /** Direct judgment: the event lies under a major hazard source, so it is 重大 without scoring. */
    public boolean directlyMajor() {
        return unit.getObject().isMajorHazardSource();
    }

    /** 重大 by direct judgment, else the residual level when assessed, else the inherent one (null: not assessed). */
    public RiskLevel currentLevel() {
        if (directlyMajor()) {
            return RiskLevel.MAJOR;
        }
        return residualLevel != null ? residualLevel : inherentLevel;
    }

    /**
     * Grades the input and records it as the event's latest level of that kind; the unit is then due for
     * reassessment a year from {@code today}. A score is recorded as scored even under a major hazard source
     * ({@link #currentLevel()} applies the direct judgment).
     */
    public Assessment assess(AssessmentData data, RiskGrading grading, String assessor, String assessorName,
            Instant now, LocalDate today) {
        AssessmentData d = data.validated();
        if (d.method() == AssessmentMethod.DIRECT && d.directBasis() == DirectBasis.MAJOR_HAZARD_SOURCE
                && !directlyMajor()) {
            throw new InvalidInputException("directBasis", "该事件所属分析对象未标记为重大危险源,不能以此直接判定");
        }
        RiskScore score = grading.grade(d.method(), d.inputs());
        if (d.kind() == AssessmentKind.INHERENT) {
            inherentLevel = score.level();
        } else {
            residualLevel = score.level();
        }
        lastAssessedAt = now;
        unit.assessed(now, today);
        return Assessment.of(this, d, score, assessor, assessorName, now);
    }

    /** Control measures go with the event; its assessments are history and stay, so an assessed event stays too. */
    public void checkRemovable(boolean hasAssessments) {
        if (!measures.isEmpty()) {
            throw new InvalidInputException("event", "请先删除该事件下的" + measures.size() + "项管控措施");
        }
        if (hasAssessments) {
            throw new InvalidInputException("event", "该事件已有评估记录,评估历史须保留,不能删除");
        }
    }

    public HazardFactor hazardFactor() {
        return new HazardFactor(hazardFactorCode);
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enterpriseId", getEnterpriseId());
        m.put("unitId", unit.getId());
        m.put("description", description);
        m.put("hazardFactorCode", hazardFactorCode);
        m.put("accidentTypes", accidentTypes.stream().map(Enum::name).toList());
        m.put("inherentLevel", inherentLevel);
        m.put("residualLevel", residualLevel);
        return m;
    }

    public AnalysisUnit getUnit() {
        return unit;
    }

    public String getDescription() {
        return description;
    }

    public String getHazardFactorCode() {
        return hazardFactorCode;
    }

    public Set<AccidentType> getAccidentTypes() {
        return Collections.unmodifiableSet(accidentTypes);
    }

    public RiskLevel getInherentLevel() {
        return inherentLevel;
    }

    public RiskLevel getResidualLevel() {
        return residualLevel;
    }

    public Instant getLastAssessedAt() {
        return lastAssessedAt;
    }

    public List<ControlMeasure> getMeasures() {
        return Collections.unmodifiableList(measures);
    }
}
