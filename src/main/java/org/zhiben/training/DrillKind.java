package org.zhiben.training;

import org.zhiben.common.Labelled;

/** 演练类型 (生产安全事故应急预案管理办法). */
public enum DrillKind implements Labelled {
    COMPREHENSIVE("综合应急预案演练"),
    SPECIAL("专项应急预案演练"),
    ONSITE("现场处置方案演练"),
    EVACUATION("疏散逃生演练"),
    TABLETOP("桌面推演");

    private final String label;

    DrillKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
