package org.zhiben.monitoring;

import org.zhiben.common.Labelled;

/** A person's step on an alarm. */
public enum AlarmAction implements Labelled {
    ACKNOWLEDGE("确认"), HANDLE("处置"), CLOSE("关闭");

    private final String label;

    AlarmAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
