package org.zhiben.training;

import org.zhiben.common.Labelled;

/** How a presence was recorded: the person's own QR sign-in, or marked by a manager. */
public enum AttendanceMethod implements Labelled {
    QR("扫码签到"),
    MANUAL("人工登记");

    private final String label;

    AttendanceMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
