package org.zhiben.hazard.workflow;

import org.zhiben.common.Labelled;

/** 三签字 of a major hazard's closure, in the order they must be given. */
public enum SignatureRole implements Labelled {
    PRINCIPAL("企业主要负责人"),
    REVIEWER("监管部门审核人"),
    HEAD("监管部门负责人");

    private final String label;

    SignatureRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
