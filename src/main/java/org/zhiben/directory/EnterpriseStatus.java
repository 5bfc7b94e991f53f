package org.zhiben.directory;

import java.util.Arrays;
import java.util.Optional;

public enum EnterpriseStatus {
    OPERATING("在营"), SUSPENDED("停产整顿"), CLOSED("关闭");

    private final String label;

    EnterpriseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<EnterpriseStatus> fromLabel(String text) {
        return Arrays.stream(values()).filter(t -> t.label.equals(text) || t.name().equals(text)).findFirst();
    }
}
