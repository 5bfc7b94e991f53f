package org.zhiben.hazard.workflow;

import org.springframework.modulith.NamedInterface;
import org.zhiben.common.Labelled;

/** Photo taken when the hazard was found (整改前) or once it was fixed (整改后). */
@NamedInterface(name = "workflow", propagate = false)
public enum PhotoKind implements Labelled {
    BEFORE("整改前"),
    AFTER("整改后");

    private final String label;

    PhotoKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
