package org.zhiben.campaign.rectification;

import org.springframework.modulith.NamedInterface;
import org.zhiben.common.Labelled;

/** A 专项整治 ledger (一本账): the kind of object it registers; its sub-kinds and checklist are data (V53). */
@NamedInterface(name = "rectification", propagate = false)
public enum Ledger implements Labelled {
    SELF_BUILT("自建房"),
    GAS("燃气用户"),
    NINE_SMALL("九小场所");

    private final String label;

    Ledger(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
