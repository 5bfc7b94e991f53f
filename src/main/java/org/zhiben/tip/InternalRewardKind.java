package org.zhiben.tip;

import org.zhiben.common.Labelled;

/** An enterprise's internal reward for a whistleblower: 物质 (an amount) or 精神 (honorary). */
public enum InternalRewardKind implements Labelled {
    MATERIAL("物质奖励"), SPIRITUAL("精神奖励");

    private final String label;

    InternalRewardKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
