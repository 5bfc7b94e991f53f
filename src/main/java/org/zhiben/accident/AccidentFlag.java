package org.zhiben.accident;

import org.zhiben.common.Labelled;

/** What an official may find about how an accident was reported. 迟报 is also set by the reporting clock itself. */
public enum AccidentFlag implements Labelled {
    CONCEALED("瞒报"),
    FALSIFIED("谎报"),
    LATE("迟报"),
    OMITTED("漏报");

    private final String label;

    AccidentFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
