package org.zhiben.campaign;

import org.zhiben.common.Labelled;

/** The office's answer to a report: a progress report is recorded; a completion claim is accepted or returned. */
public enum ReportReview implements Labelled {
    RECORDED("已记录"),
    PENDING("待审核"),
    ACCEPTED("已认可"),
    RETURNED("已退回");

    private final String label;

    ReportReview(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
