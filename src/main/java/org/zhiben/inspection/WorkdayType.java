package org.zhiben.inspection;

import org.zhiben.common.Labelled;

/** Which days a schedule's tasks may start on (DOMAIN.md §2): 每天, 工作日, 非工作日 (per the holiday calendar). */
public enum WorkdayType implements Labelled {
    EVERY_DAY("每天"), WORKDAY("工作日"), NON_WORKDAY("非工作日");

    private final String label;

    WorkdayType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean matches(boolean workday) {
        return switch (this) {
            case EVERY_DAY -> true;
            case WORKDAY -> workday;
            case NON_WORKDAY -> !workday;
        };
    }
}
