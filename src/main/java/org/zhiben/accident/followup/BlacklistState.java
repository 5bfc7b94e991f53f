package org.zhiben.accident.followup;

import org.zhiben.common.Labelled;

/** A 黑名单 (不良记录) entry: proposed by the platform, then confirmed or declined by an official. */
public enum BlacklistState implements Labelled {
    PROPOSED("待确认"),
    CONFIRMED("已列入"),
    DECLINED("不予列入");

    private final String label;

    BlacklistState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
