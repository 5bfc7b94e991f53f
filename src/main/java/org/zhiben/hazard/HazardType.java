package org.zhiben.hazard;

import org.zhiben.common.Labelled;

/** 隐患类型 of the data-exchange practice. */
public enum HazardType implements Labelled {
    SAFETY("安全"),
    PROCESS("工艺"),
    ELECTRICAL("电气"),
    INSTRUMENT("仪表"),
    FIRE("消防"),
    LAYOUT("总图"),
    EQUIPMENT("设备"),
    OTHER("其他");

    private final String label;

    HazardType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
