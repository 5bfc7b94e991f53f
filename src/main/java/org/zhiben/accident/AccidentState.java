package org.zhiben.accident;

import org.zhiben.common.Labelled;

/** 已报告 → 调查中 → 报告已提交 → 已批复 → 整改中 → 结案; 作废 (with a reason) from any state before 结案. */
public enum AccidentState implements Labelled {
    REPORTED("已报告"),
    INVESTIGATING("调查中"),
    REPORT_SUBMITTED("报告已提交"),
    REPLIED("已批复"),
    RECTIFYING("整改中"),
    CLOSED("结案"),
    VOIDED("作废");

    private final String label;

    AccidentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean terminal() {
        return this == CLOSED || this == VOIDED;
    }
}
