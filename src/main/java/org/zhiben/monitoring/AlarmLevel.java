package org.zhiben.monitoring;

import org.zhiben.common.Labelled;

/**
 * The band a value is in, from the four thresholds; {@link #OFFLINE} is a point silent beyond its interval.
 * {@code severity} orders the bands: an alarm keeps the most severe one reached.
 */
public enum AlarmLevel implements Labelled {
    NORMAL("正常", 0),
    LOW("低报", 1),
    HIGH("高报", 1),
    LOW_LOW("低低报", 2),
    HIGH_HIGH("高高报", 2),
    OFFLINE("离线", 1);

    private final String label;
    private final int severity;

    AlarmLevel(String label, int severity) {
        this.label = label;
        this.severity = severity;
    }

    public String label() {
        return label;
    }

    public int severity() {
        return severity;
    }

    /** Bootstrap colour of a badge for this band. */
    public String badge() {
        return switch (this) {
            case NORMAL -> "text-bg-success";
            case LOW, HIGH -> "text-bg-warning";
            case LOW_LOW, HIGH_HIGH -> "text-bg-danger";
            case OFFLINE -> "text-bg-secondary";
        };
    }
}
