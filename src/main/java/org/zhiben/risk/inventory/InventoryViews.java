package org.zhiben.risk.inventory;

import org.zhiben.risk.AnalysisObjectView;
import org.zhiben.risk.AnalysisUnitView;
import org.zhiben.risk.assessment.AssessmentView;
import org.zhiben.risk.ControlMeasureView;
import org.zhiben.risk.RiskEventView;

/** Entities to the module's public view records. */
public final class InventoryViews {

    private InventoryViews() {
    }

    public static AnalysisObjectView of(AnalysisObject o) {
        return new AnalysisObjectView(o.getId(), o.getEnterpriseId(), o.getKind(), o.getName(),
                o.isMajorHazardSource(), o.getHazardSourceCode(), o.rollUp(), o.getVersion(), o.getCreatedAt(),
                o.getUpdatedAt());
    }

    public static AnalysisUnitView of(AnalysisUnit u) {
        return new AnalysisUnitView(u.getId(), u.getEnterpriseId(), u.getObject().getId(), u.getName(),
                u.getResponsibleDepartment(), u.getResponsiblePerson(), u.getControlLevel(), u.rollUp(),
                u.getReassessmentDue(), u.getReassessmentReason(), u.getVersion(), u.getCreatedAt(), u.getUpdatedAt());
    }

    public static RiskEventView of(RiskEvent e) {
        return new RiskEventView(e.getId(), e.getEnterpriseId(), e.getUnit().getId(), e.getDescription(),
                e.getHazardFactorCode(), e.hazardFactor().categoryLabel(), e.getAccidentTypes(), e.getInherentLevel(),
                e.getResidualLevel(), e.currentLevel(), e.directlyMajor(), e.getLastAssessedAt(), e.getVersion(),
                e.getCreatedAt(), e.getUpdatedAt());
    }

    public static ControlMeasureView of(ControlMeasure m) {
        return new ControlMeasureView(m.getId(), m.getEnterpriseId(), m.getEvent().getId(), m.getDescription(),
                m.getCategory(), m.getSubcategory(), m.getResponsiblePerson(), m.getCheckCycle(),
                m.getCheckCycleUnit(), m.getVersion(), m.getCreatedAt(), m.getUpdatedAt());
    }

    public static AssessmentView of(Assessment a) {
        return new AssessmentView(a.getId(), a.getEventId(), a.getKind(), a.getMethod(), a.inputs(),
                Assessment.plain(a.getScore()), a.getLevel(), a.getBand(), a.getDirectBasis(), a.getDirectCriterion(),
                a.getAssessedBy(), a.getAssessorName(), a.getAssessedAt());
    }
}
