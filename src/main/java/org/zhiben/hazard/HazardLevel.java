package org.zhiben.hazard;

import org.zhiben.common.Labelled;

/** 隐患等级 (16号令): 一般事故隐患 or 重大事故隐患. */
public enum HazardLevel implements Labelled {
    GENERAL("一般"),
    MAJOR("重大");

    private final String label;

    HazardLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
