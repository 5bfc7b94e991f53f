package org.zhiben.accident.zero;

import org.zhiben.common.Labelled;

/** A 专班 meeting: the monthly 调度会议, the quarterly 现场会 (现场观摩), or another meeting. */
public enum MeetingKind implements Labelled {
    DISPATCH("调度会议"),
    ONSITE("现场会"),
    OTHER("其他会议");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
