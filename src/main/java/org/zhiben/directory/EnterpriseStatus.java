package org.zhiben.directory;

import java.util.Optional;

public enum EnterpriseStatus implements Labelled {
    OPERATING("在营"), SUSPENDED("停产整顿"), CLOSED("关闭");

    private final String label;

    EnterpriseStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<EnterpriseStatus> fromLabel(String text) {
        return Labelled.fromLabel(EnterpriseStatus.class, text);
    }
}
