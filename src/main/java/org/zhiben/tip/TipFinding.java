package org.zhiben.tip;

import org.zhiben.common.Labelled;

/** The verification's conclusion. */
public enum TipFinding implements Labelled {
    TRUE("属实"),
    PARTLY_TRUE("部分属实"),
    FALSE("不属实");

    private final String label;

    TipFinding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
