package org.zhiben.accident.rootcause;

import org.zhiben.common.Labelled;

/** The topics an office picks from recurring causes (seed 000): 一月一专题 for a month, 一年一难题 for a year. */
public enum TopicKind implements Labelled {
    MONTHLY("一月一专题"),
    YEARLY("一年一难题");

    private final String label;

    TopicKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
