package org.zhiben.campaign.duty;

import org.zhiben.common.Labelled;

/**
 * A leader's inspection duty: 领导包联 (seed 001: 实行领导包联制度,定期开展督导 — a leader paired with an enterprise)
 * or 三三查 (seed 000 task 8: 按照“三三查”工作机制要求,党政主要负责人带队开展隐患排查整治).
 */
public enum DutyKind implements Labelled {
    PAIRING("领导包联"),
    THREE_CHECKS("三三查");

    private final String label;

    DutyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
