package org.zhiben.campaign.rectification;

import org.springframework.modulith.NamedInterface;
import org.zhiben.common.Labelled;

/** What a 自建房 is used for. */
@NamedInterface(name = "rectification", propagate = false)
public enum Purpose implements Labelled {
    OWN("自住"),
    RENTED("出租"),
    BUSINESS("经营"),
    MIXED("混合");

    private final String label;

    Purpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
