package org.zhiben.tip;

import org.zhiben.common.Labelled;

/** Where a tip is in its handling, 收到 to 结案. */
public enum TipState implements Labelled {
    RECEIVED("已收到", false),
    ACCEPTED("已受理", false),
    REJECTED("不予受理", false),
    TRANSFERRED("已转办", true),
    VERIFYING("核查中", false),
    VERIFIED("已核查", false),
    LINKED("已处理", false),
    REWARD_PROPOSED("奖励待审批", false),
    REWARD_APPROVED("奖励已批准", false),
    REWARD_PAID("奖励已发放", false),
    REPLIED("已答复", false),
    CLOSED("已结案", true);

    private final String label;
    private final boolean terminal;

    TipState(String label, boolean terminal) {
        this.label = label;
        this.terminal = terminal;
    }

    public String label() {
        return label;
    }

    public boolean terminal() {
        return terminal;
    }
}
