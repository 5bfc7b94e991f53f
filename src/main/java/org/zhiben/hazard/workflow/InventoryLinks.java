package org.zhiben.hazard.workflow;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.risk.AnalysisUnitView;
import org.zhiben.risk.ControlMeasureView;
import org.zhiben.risk.RiskInventory;

/**
 * The risk analysis unit and control measure a report names must be the reported enterprise's own, and the measure
 * one of the unit's: a hazard linked to another enterprise's inventory would count against the wrong unit.
 */
@Component
class InventoryLinks {

    private final RiskInventory inventory;

    InventoryLinks(RiskInventory inventory) {
        this.inventory = inventory;
    }

    void check(UUID enterpriseId, UUID unitId, UUID measureId) {
        AnalysisUnitView unit = unitId == null ? null : owned("unitId", "风险分析单元", enterpriseId,
                () -> inventory.unit(unitId), AnalysisUnitView::enterpriseId);
        if (measureId == null) {
            return;
        }
        ControlMeasureView measure = owned("measureId", "管控措施", enterpriseId, () -> inventory.measure(measureId),
                ControlMeasureView::enterpriseId);
        if (unit != null && !inventory.event(measure.eventId()).unitId().equals(unit.id())) {
            throw new InvalidInputException("measureId", "该管控措施不属于所选的风险分析单元");
        }
    }

    private static <T> T owned(String field, String what, UUID enterpriseId, Supplier<T> find,
            Function<T, UUID> owner) {
        try {
            T found = find.get();
            if (owner.apply(found).equals(enterpriseId)) {
                return found;
            }
        } catch (NotFoundException outsideScope) {
            // answered as below: the caller learns nothing about records it may not see
        }
        throw new InvalidInputException(field, what + "不存在或不属于该企业");
    }
}
