package org.zhiben.risk;

import java.util.EnumSet;
import java.util.Set;
import org.zhiben.risk.internal.Checks;

/** A risk event (风险事件) as entered: what can happen, its hazard factor and the accident types it may cause. */
public record RiskEventData(String description, String hazardFactorCode, Set<AccidentType> accidentTypes) {

    public RiskEventData validated() {
        RiskEventData d = new RiskEventData(Checks.text(description), Checks.text(hazardFactorCode),
                accidentTypes == null || accidentTypes.isEmpty() ? Set.of() : EnumSet.copyOf(accidentTypes));
        String factorProblem = HazardFactor.problem(d.hazardFactorCode);
        new Checks()
                .require(d.description, "description", "请填写风险事件描述")
                .maxLength(d.description, 500, "description", "风险事件描述")
                .check(factorProblem == null, "hazardFactorCode", factorProblem)
                .check(!d.accidentTypes.isEmpty(), "accidentTypes", "请至少选择一种可能导致的事故类型(GB 6441)")
                .orThrow();
        return d;
    }
}
