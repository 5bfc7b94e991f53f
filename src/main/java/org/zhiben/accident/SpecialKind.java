package org.zhiben.accident;

import org.zhiben.common.Labelled;

/**
 * Road traffic and fire accidents have a 7-day window for supplementary casualty reports (493号令 第十三条); every
 * other accident 30 days.
 */
public enum SpecialKind implements Labelled {
    NONE("其他", 30),
    ROAD_TRAFFIC("道路交通事故", 7),
    FIRE("火灾事故", 7);

    private final String label;
    private final int supplementDays;

    SpecialKind(String label, int supplementDays) {
        this.label = label;
        this.supplementDays = supplementDays;
    }

    public String label() {
        return label;
    }

    /** Days after the accident within which casualty changes are reported. */
    public int supplementDays() {
        return supplementDays;
    }
}
