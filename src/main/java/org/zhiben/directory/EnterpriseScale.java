package org.zhiben.directory;

import java.util.Arrays;
import java.util.Optional;

public enum EnterpriseScale {
    ABOVE("规上"), BELOW("规下");

    private final String label;

    EnterpriseScale(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<EnterpriseScale> fromLabel(String text) {
        return Arrays.stream(values()).filter(t -> t.label.equals(text) || t.name().equals(text)).findFirst();
    }
}
