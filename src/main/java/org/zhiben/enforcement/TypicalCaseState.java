package org.zhiben.enforcement;

import org.zhiben.common.Labelled;

/** 典型案例的报送状态. */
public enum TypicalCaseState implements Labelled {
    DRAFT("拟报送"),
    SUBMITTED("已报送"),
    RETURNED("已退回"),
    ACCEPTED("已采用"),
    PUBLISHED("已发布");

    private final String label;

    TypicalCaseState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
