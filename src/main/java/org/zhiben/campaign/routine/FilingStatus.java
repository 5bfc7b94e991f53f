package org.zhiben.campaign.routine;

import org.zhiben.common.Labelled;

/** Where an expected filer stands on a filing requirement. */
public enum FilingStatus implements Labelled {
    ON_TIME("按时报送"),
    LATE("逾期报送"),
    MISSING("未报送");

    private final String label;

    FilingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
