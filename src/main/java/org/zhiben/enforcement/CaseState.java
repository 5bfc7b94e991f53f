package org.zhiben.enforcement;

import org.zhiben.common.Labelled;

/** 行政处罚案件的办理阶段. */
public enum CaseState implements Labelled {
    FILED("已立案"),
    INVESTIGATING("调查取证"),
    NOTIFIED("已告知"),
    DECIDED("已决定"),
    EXECUTING("执行中"),
    CLOSED("已结案");

    private final String label;

    CaseState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
