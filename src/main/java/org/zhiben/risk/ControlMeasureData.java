package org.zhiben.risk;

import org.zhiben.risk.internal.Checks;

/**
 * A control measure (管控措施) as entered: classify1 fixed, classify2 free text (see
 * {@link MeasureCategory#SUGGESTED_SUBCATEGORIES}), and the check cycle the inspection module schedules from.
 */
public record ControlMeasureData(String description, MeasureCategory category, String subcategory,
        String responsiblePerson, Integer checkCycle, CheckCycleUnit checkCycleUnit) {

    public ControlMeasureData validated() {
        ControlMeasureData d = new ControlMeasureData(Checks.text(description), category, Checks.text(subcategory),
                Checks.text(responsiblePerson), checkCycle, checkCycleUnit);
        new Checks()
                .require(d.description, "description", "请填写管控措施")
                .maxLength(d.description, 500, "description", "管控措施")
                .require(d.category, "category", "请选择措施类别")
                .maxLength(d.subcategory, 50, "subcategory", "措施细类")
                .maxLength(d.responsiblePerson, 50, "responsiblePerson", "责任人")
                .check(d.checkCycle != null && d.checkCycle > 0 && d.checkCycle <= 1000, "checkCycle",
                        "排查周期应为1–1000的整数")
                .require(d.checkCycleUnit, "checkCycleUnit", "请选择排查周期单位")
                .orThrow();
        return d;
    }
}
