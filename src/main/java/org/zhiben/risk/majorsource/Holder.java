package org.zhiben.risk.majorsource;

import jakarta.persistence.Embeddable;

/** Stored columns of one 包保责任人. */
@Embeddable
class Holder {

    private String name;
    private String position;
    private String phone;

    protected Holder() {
    }

    Holder(SafetyHolder h) {
        this.name = h.name();
        this.position = h.position();
        this.phone = h.phone();
    }

    public SafetyHolder toView() {
        return new SafetyHolder(name, position, phone);
    }
}
