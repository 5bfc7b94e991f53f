package org.zhiben.monitoring;

/** An alarm's life: 报警 → 确认 → 处置 (measures taken) → 关闭. */
public enum AlarmState {
    RAISED("报警"), ACKNOWLEDGED("确认"), HANDLED("处置"), CLOSED("关闭");

    private final String label;

    AlarmState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
