package org.zhiben.accident.rootcause;

import org.zhiben.common.Labelled;

/** What a root-cause analysis is about: an accident, or a major hazard (重大事故隐患). */
public enum SubjectKind implements Labelled {
    ACCIDENT("事故"),
    HAZARD("重大事故隐患");

    private final String label;

    SubjectKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
