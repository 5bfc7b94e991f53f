package org.zhiben.campaign.duty;

import org.zhiben.common.Labelled;

/** A duty's month or quarter: enough checks recorded, still running short, or ended short. */
public enum PeriodStatus implements Labelled {
    MET("已完成"),
    OPEN("进行中"),
    MISSED("未完成");

    private final String label;

    PeriodStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
