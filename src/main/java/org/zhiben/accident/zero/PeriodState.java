package org.zhiben.accident.zero;

import org.zhiben.common.Labelled;

/**
 * A 专班's month (调度会议) or quarter (现场会): a meeting of the kind held in it; none and the period over; none yet
 * and the period not over (the current one or a later one).
 */
public enum PeriodState implements Labelled {
    MET("已召开"),
    MISSED("未召开"),
    OPEN("未到期");

    private final String label;

    PeriodState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
