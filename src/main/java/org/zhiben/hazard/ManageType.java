package org.zhiben.hazard;

import org.zhiben.common.Labelled;

/** 治理类型: fixed on the spot (即查即改) or within a deadline (限期整改). */
public enum ManageType implements Labelled {
    IMMEDIATE("即查即改"),
    DEADLINE("限期整改");

    private final String label;

    ManageType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
