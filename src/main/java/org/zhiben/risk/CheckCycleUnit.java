package org.zhiben.risk;

/** The unit of a control measure's check cycle (排查周期), read by the inspection module to schedule tasks. */
public enum CheckCycleUnit {
    HOUR, DAY, WEEK, MONTH, YEAR
}
