package org.zhiben.risk;

import java.util.List;
import java.util.UUID;

/** An enterprise's whole inventory, objects → units → events → measures, with the enterprise's level on top. */
public record InventoryTree(UUID enterpriseId, String enterpriseName, RiskLevel level, boolean editable,
        List<ObjectNode> objects) {

    public record ObjectNode(AnalysisObjectView object, List<UnitNode> units) {
    }

    public record UnitNode(AnalysisUnitView unit, List<EventNode> events) {
    }

    public record EventNode(RiskEventView event, List<ControlMeasureView> measures) {
    }
}
