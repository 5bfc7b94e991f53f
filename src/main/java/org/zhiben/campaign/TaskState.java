package org.zhiben.campaign;

import org.zhiben.common.Labelled;

/** Where a campaign task stands: 未启动 → 推进中 → 滞后 (automatic) → 已完成, or 退回 with a reason. */
public enum TaskState implements Labelled {
    NOT_STARTED("未启动"),
    IN_PROGRESS("推进中"),
    LAGGING("滞后"),
    COMPLETED("已完成"),
    RETURNED("退回");

    private final String label;

    TaskState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
