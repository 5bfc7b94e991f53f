package org.zhiben.campaign.rectification;

import org.springframework.modulith.NamedInterface;
import org.zhiben.common.Labelled;

/** The outcome of one checklist item in a check. */
@NamedInterface(name = "rectification", propagate = false)
public enum Outcome implements Labelled {
    PASS("合格"),
    FAIL("不合格"),
    NA("不适用");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
