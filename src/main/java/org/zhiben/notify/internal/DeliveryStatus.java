package org.zhiben.notify.internal;

import org.zhiben.common.Labelled;

public enum DeliveryStatus implements Labelled {
    SENT("已发送"), FAILED("失败");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
