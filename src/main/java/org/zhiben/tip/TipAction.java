package org.zhiben.tip;

import org.zhiben.common.Labelled;

/** The handler's transitions. */
public enum TipAction implements Labelled {
    ACCEPT("受理"),
    REJECT("不予受理"),
    TRANSFER("转办"),
    START_VERIFICATION("开始核查"),
    CONCLUDE("核查结论"),
    LINK_HAZARD("转为隐患"),
    LINK_CASE("关联案件"),
    PROPOSE_REWARD("提出奖励"),
    APPROVE_REWARD("批准奖励"),
    PAY_REWARD("发放奖励"),
    REPLY("答复举报人"),
    CLOSE("结案");

    private final String label;

    TipAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
