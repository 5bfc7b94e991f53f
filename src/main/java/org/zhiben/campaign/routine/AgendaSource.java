package org.zhiben.campaign.routine;

import org.zhiben.common.Labelled;

/** Why an item is on a meeting's agenda: the task lags, its escalation is under way, or the office added it. */
public enum AgendaSource implements Labelled {
    LAGGING("滞后任务"),
    ESCALATED("督促中"),
    ADDED("增补议题");

    private final String label;

    AgendaSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
