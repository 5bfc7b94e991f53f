package org.zhiben.accident.followup;

import org.zhiben.common.Labelled;

/** A peer's class-analogy check: to do, or done with its result. */
public enum CheckState implements Labelled {
    OPEN("待排查"),
    DONE("已排查");

    private final String label;

    CheckState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
