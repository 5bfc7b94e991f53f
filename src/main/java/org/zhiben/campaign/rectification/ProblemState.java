package org.zhiben.campaign.rectification;

import org.springframework.modulith.NamedInterface;
import org.zhiben.common.Labelled;

/** Where a problem found by a check stands: the labels of the hazard loop (整改中 → 待验收 → 已销号). */
@NamedInterface(name = "rectification", propagate = false)
public enum ProblemState implements Labelled {
    OPEN("整改中"),
    RECTIFIED("待验收"),
    VERIFIED("已销号");

    private final String label;

    ProblemState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
