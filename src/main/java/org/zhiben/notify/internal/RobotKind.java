package org.zhiben.notify.internal;

import org.zhiben.common.Labelled;

/** The group robots the platform can post to. */
public enum RobotKind implements Labelled {
    WECOM("企业微信"), DINGTALK("钉钉");

    private final String label;

    RobotKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
