package org.zhiben.hazard.workflow;

import org.springframework.modulith.NamedInterface;
import org.zhiben.common.Labelled;

/** Why a reported hazard is rejected. */
@NamedInterface(name = "workflow", propagate = false)
public enum RejectionKind implements Labelled {
    NOT_A_HAZARD("不构成隐患"),
    DUPLICATE("重复上报");

    private final String label;

    RejectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
