package org.zhiben.campaign;

import org.zhiben.common.Labelled;

/** 责任单位 (leads the task and reports on it) or 配合单位 (helps). */
public enum UnitRole implements Labelled {
    LEAD("责任单位"),
    ASSIST("配合单位");

    private final String label;

    UnitRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
