package org.zhiben.campaign.routine;

import org.zhiben.common.Labelled;

/** A month of a plan's meeting calendar: minuted, scheduled, still due this month, or passed without a meeting. */
public enum MonthStatus implements Labelled {
    MINUTED("已形成纪要"),
    SCHEDULED("已安排"),
    DUE("本月待召开"),
    MISSING("未召开");

    private final String label;

    MonthStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
