package org.zhiben.risk;

import org.zhiben.risk.internal.Checks;

/** A risk analysis unit (风险分析单元) as entered: who is responsible and at which level it is controlled. */
public record AnalysisUnitData(String name, String responsibleDepartment, String responsiblePerson,
        ControlLevel controlLevel) {

    public AnalysisUnitData validated() {
        AnalysisUnitData d = new AnalysisUnitData(Checks.text(name), Checks.text(responsibleDepartment),
                Checks.text(responsiblePerson), controlLevel);
        new Checks()
                .require(d.name, "name", "请填写单元名称")
                .maxLength(d.name, 100, "name", "单元名称")
                .maxLength(d.responsibleDepartment, 100, "responsibleDepartment", "责任部门")
                .require(d.responsiblePerson, "responsiblePerson", "请填写责任人")
                .maxLength(d.responsiblePerson, 50, "responsiblePerson", "责任人")
                .require(d.controlLevel, "controlLevel", "请选择管控层级")
                .orThrow();
        return d;
    }
}
