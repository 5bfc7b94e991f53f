package org.zhiben.enforcement;

import org.zhiben.common.Labelled;

/** What an officer does to a case; each is one versioned change. */
public enum CaseAction implements Labelled {
    INVESTIGATE("调查取证"),
    NOTIFY("告知"),
    STATEMENT("记录陈述申辩"),
    HEARING("记录听证"),
    DECIDE("作出处罚决定"),
    EXECUTE("执行"),
    PAY("记录缴纳罚款"),
    RESUME("复产验收通过"),
    CLOSE("结案");

    private final String label;

    CaseAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
