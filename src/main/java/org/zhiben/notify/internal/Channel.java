package org.zhiben.notify.internal;

import org.zhiben.common.Labelled;

/** The ways a notice leaves the platform; each is a separate listener, so a separate event publication. */
public enum Channel implements Labelled {
    INBOX("站内消息"), EMAIL("电子邮件"), WEBHOOK("群机器人"), SMS("短信");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
