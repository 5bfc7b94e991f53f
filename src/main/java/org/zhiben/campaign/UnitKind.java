package org.zhiben.campaign;

import org.zhiben.common.Labelled;

/**
 * What a 责任单位 or 配合单位 is: a department, a region (a town, a village or community) or an enterprise of the
 * registry, referenced by id or code; or an office of the issuing government that the registry does not hold
 * (镇工业办, 科室、站、所), named only.
 */
public enum UnitKind implements Labelled {
    DEPARTMENT("部门"),
    REGION("乡镇/村(社区)"),
    ENTERPRISE("企业"),
    OFFICE("本级内设机构");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
