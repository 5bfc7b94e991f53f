package org.zhiben.enforcement;

import org.zhiben.common.Labelled;

/** 年度执法检查计划的状态: drafted, filed with the level above (备案), published (公示). */
public enum PlanState implements Labelled {
    DRAFT("草拟"), FILED("已备案"), PUBLISHED("已公示");

    private final String label;

    PlanState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
