package org.zhiben.enforcement;

import org.zhiben.common.Labelled;

/** 执法检查方式 (seeds 000, 002, 003). */
public enum InspectionMode implements Labelled {
    FOUR_NOS("四不两直"),
    OPEN("明查"),
    COVERT("暗访"),
    CROSS("交叉检查"),
    REMOTE_CROSS("异地交叉检查"),
    JOINT("联合执法"),
    DOUBLE_RANDOM("双随机抽查"),
    ONLINE("远程执法"),
    PRINCIPAL_DUTY("主要负责人履职专项检查");

    private final String label;

    InspectionMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
