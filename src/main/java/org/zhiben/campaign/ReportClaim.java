package org.zhiben.campaign;

import org.zhiben.common.Labelled;

/** What a progress report says: work goes on, or the unit asks the office to accept the task as completed. */
public enum ReportClaim implements Labelled {
    PROGRESS("推进中"),
    COMPLETED("申请完成");

    private final String label;

    ReportClaim(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
