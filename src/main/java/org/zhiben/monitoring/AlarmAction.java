package org.zhiben.monitoring;

/** A person's step on an alarm. */
public enum AlarmAction {
    ACKNOWLEDGE("确认"), HANDLE("处置"), CLOSE("关闭");

    private final String label;

    AlarmAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
