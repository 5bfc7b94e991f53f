package org.zhiben.notify.internal;

public enum DeliveryStatus {
    SENT("已发送"), FAILED("失败");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
