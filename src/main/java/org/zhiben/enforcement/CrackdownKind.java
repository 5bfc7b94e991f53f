package org.zhiben.enforcement;

import org.zhiben.common.Labelled;

/** 打非治违 filings an office owes each year (seed 003 item 20). */
public enum CrackdownKind implements Labelled {
    FOCUS("年度打击治理重点及措施"), DISPATCH("月度调度"), HALF_YEAR("半年小结");

    private final String label;

    CrackdownKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
