package org.zhiben.campaign.routine;

import org.zhiben.common.Labelled;

/** The monthly meeting: a 专题研究 (study of the campaign's problems) or a 调度 (dispatch of the tasks). */
public enum MeetingKind implements Labelled {
    STUDY("专题研究"),
    DISPATCH("调度");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
