package org.zhiben.directory;

import java.util.Optional;

public enum EnterpriseScale implements Labelled {
    ABOVE("规上"), BELOW("规下");

    private final String label;

    EnterpriseScale(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<EnterpriseScale> fromLabel(String text) {
        return Labelled.fromLabel(EnterpriseScale.class, text);
    }
}
