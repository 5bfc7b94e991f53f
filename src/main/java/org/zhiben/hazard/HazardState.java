package org.zhiben.hazard;

import org.zhiben.common.Labelled;

/** Where a hazard stands in its closed loop; CLOSED (销号) and REJECTED are final. */
public enum HazardState implements Labelled {
    REPORTED("已上报"),
    CONFIRMED("已确认"),
    RECTIFYING("整改中"),
    AWAITING_ACCEPTANCE("待验收"),
    CLOSED("已销号"),
    REJECTED("已驳回");

    private final String label;

    HazardState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this != CLOSED && this != REJECTED;
    }
}
