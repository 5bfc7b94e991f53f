package org.zhiben.monitoring;

import org.zhiben.common.Labelled;

/** An alarm's life: 报警 → 确认 → 处置 (measures taken) → 关闭. */
public enum AlarmState implements Labelled {
    RAISED("报警"), ACKNOWLEDGED("确认"), HANDLED("处置"), CLOSED("关闭");

    private final String label;

    AlarmState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
