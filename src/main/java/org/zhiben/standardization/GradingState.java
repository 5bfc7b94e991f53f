package org.zhiben.standardization;

import org.zhiben.common.Labelled;

/** Where a grading stands. */
public enum GradingState implements Labelled {
    SELF_ASSESSED("已自评"), APPLIED("已申请"), ACCEPTED("已受理"), REVIEWED("已评审"), APPROVED("已审核"),
    CERTIFIED("已公告发证"), REJECTED("未通过"), REVOKED("已撤销"), EXPIRED("已过期");

    private final String label;

    GradingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return this == REJECTED || this == REVOKED || this == EXPIRED;
    }
}
