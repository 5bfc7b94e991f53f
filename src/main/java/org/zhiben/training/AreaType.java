package org.zhiben.training;

import org.zhiben.common.Labelled;

/** 办公、生产、生活 areas, each drilled for evacuation separately (seed 000: "分别"). */
public enum AreaType implements Labelled {
    OFFICE("办公区"),
    PRODUCTION("生产区"),
    LIVING("生活区");

    private final String label;

    AreaType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
