package org.zhiben.tip;

import org.zhiben.common.Labelled;

/** How a tip came in: the public page or API, or entered by an official (phone, letter, visit) or an enterprise. */
public enum TipChannel implements Labelled {
    WEB("网上举报"),
    PHONE_12350("12350电话"),
    LETTER("来信"),
    VISIT("来访"),
    INTERNAL("企业内部吹哨");

    private final String label;

    TipChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Channels an official enters on the caller's behalf. */
    public boolean officialEntry() {
        return this == PHONE_12350 || this == LETTER || this == VISIT;
    }
}
