package org.zhiben.accident;

import org.zhiben.common.Labelled;

/** The levels an accident report passes through, bottom up. */
public enum ReportLevel implements Labelled {
    UNIT("事故单位"),
    COUNTY("县级"),
    CITY("设区的市级"),
    PROVINCE("省级"),
    MINISTRY("国务院安全生产监督管理部门"),
    STATE_COUNCIL("国务院");

    private final String label;

    ReportLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
