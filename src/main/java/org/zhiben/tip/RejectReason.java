package org.zhiben.tip;

import org.zhiben.common.Labelled;

/** Why a tip is not accepted (a matter outside the office's remit is transferred instead). */
public enum RejectReason implements Labelled {
    DUPLICATE("重复举报"),
    NO_CLEAR_TARGET("举报对象不明确"),
    OTHER("其他");

    private final String label;

    RejectReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
