package org.zhiben.tip;

import org.zhiben.common.Labelled;

/** What a rewarded tip exposed (安全生产领域举报奖励办法). */
public enum RewardKind implements Labelled {
    MAJOR_HAZARD("重大事故隐患"),
    ILLEGAL_OPERATION("非法违法生产经营建设行为"),
    CONCEALED_ACCIDENT("瞒报谎报事故");

    private final String label;

    RewardKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
