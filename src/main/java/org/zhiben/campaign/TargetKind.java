package org.zhiben.campaign;

import org.zhiben.common.Labelled;

/** What a milestone asks for: a quantity with its unit, a yes/no deliverable, or a live metric of the platform. */
public enum TargetKind implements Labelled {
    QUANTITY("数量"),
    DELIVERABLE("成果"),
    METRIC("平台指标");

    private final String label;

    TargetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
