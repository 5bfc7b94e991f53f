package org.zhiben.training;

import org.zhiben.common.Labelled;

/** A training session: planned (attendance open) or completed (hours credited). */
public enum SessionStatus implements Labelled {
    PLANNED("待完成"),
    COMPLETED("已完成");

    private final String label;

    SessionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
