package org.zhiben.standardization;

import org.zhiben.common.Labelled;

/** An official's step on a grading (the enterprise's own step is 申请). */
public enum GradingAction implements Labelled {
    ACCEPT("受理"), REJECT("不予受理/不通过"), APPROVE("审核通过"), ANNOUNCE("公告发证"), REVOKE("撤销"),
    CLEAR_FLAG("复核无异常");

    private final String label;

    GradingAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
