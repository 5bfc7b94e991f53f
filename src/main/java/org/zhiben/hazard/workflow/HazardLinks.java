package org.zhiben.hazard.workflow;

import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.References;
import org.zhiben.hazard.InspectionRecordOwners;
import org.zhiben.risk.AnalysisUnitView;
import org.zhiben.risk.ControlMeasureView;
import org.zhiben.risk.RiskInventory;

/**
 * The records a hazard links to must be its enterprise's own: the risk analysis unit and control measure of a report
 * (the measure one of the unit's), the inspection record it was found in, and the hazard a rejected one duplicates.
 * A hazard linked to another enterprise's records would count against the wrong unit, record or ledger.
 */
@Component
class HazardLinks {

    private final RiskInventory inventory;
    private final ObjectProvider<InspectionRecordOwners> inspectionRecords;
    private final HazardRepository hazards;

    HazardLinks(RiskInventory inventory, ObjectProvider<InspectionRecordOwners> inspectionRecords,
            HazardRepository hazards) {
        this.inventory = inventory;
        this.inspectionRecords = inspectionRecords;
        this.hazards = hazards;
    }

    /** The links of a report to {@code enterpriseId}. */
    void checkReport(UUID enterpriseId, UUID unitId, UUID measureId, UUID inspectionRecordId) {
        AnalysisUnitView unit = unitId == null ? null : References.owned("unitId", "风险分析单元", enterpriseId,
                () -> inventory.unit(unitId), AnalysisUnitView::enterpriseId);
        if (measureId != null) {
            ControlMeasureView measure = References.owned("measureId", "管控措施", enterpriseId,
                    () -> inventory.measure(measureId), ControlMeasureView::enterpriseId);
            if (unit != null && !inventory.event(measure.eventId()).unitId().equals(unit.id())) {
                throw new InvalidInputException("measureId", "该管控措施不属于所选的风险分析单元");
            }
        }
        if (inspectionRecordId != null) {
            InspectionRecordOwners owners = inspectionRecords.getIfAvailable();
            References.ownedBy("inspectionRecordId", "排查记录", enterpriseId,
                    () -> owners == null ? Optional.empty() : owners.enterpriseOf(inspectionRecordId));
        }
    }

    /** The hazard {@code h} is rejected as a duplicate of: another hazard of the same enterprise. */
    void checkDuplicate(Hazard h, UUID duplicateOf) {
        if (duplicateOf == null || duplicateOf.equals(h.getId())) {
            return; // none, or refused by the hazard itself ("不能与自身重复")
        }
        References.ownedBy("duplicateOf", "隐患", h.getEnterpriseId(),
                () -> hazards.findById(duplicateOf).map(Hazard::getEnterpriseId));
    }
}
