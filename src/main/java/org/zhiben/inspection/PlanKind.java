package org.zhiben.inspection;

import org.zhiben.risk.CheckCycleUnit;

/**
 * Recurring plans (DOMAIN.md S3): 班组日排查 daily, 部门周排查 weekly, 厂长月排查 monthly, and the principal's
 * major-hazard inspection at least quarterly, monthly in high-risk enterprises.
 */
public enum PlanKind {
    TEAM_DAILY(TaskType.TEAM_DAILY, CheckCycleUnit.DAY, 1),
    DEPARTMENT_WEEKLY(TaskType.DEPARTMENT_WEEKLY, CheckCycleUnit.WEEK, 1),
    PLANT_MONTHLY(TaskType.PLANT_MONTHLY, CheckCycleUnit.MONTH, 1),
    MAJOR_HAZARD(TaskType.MAJOR_HAZARD, CheckCycleUnit.MONTH, 3);

    private final TaskType taskType;
    private final CheckCycleUnit unit;
    private final int cycle;

    PlanKind(TaskType taskType, CheckCycleUnit unit, int cycle) {
        this.taskType = taskType;
        this.unit = unit;
        this.cycle = cycle;
    }

    public TaskType taskType() {
        return taskType;
    }

    public CheckCycleUnit unit() {
        return unit;
    }

    /** The cycle in {@link #unit()}s: the major-hazard inspection is monthly for a high-risk enterprise. */
    public int cycle(boolean highRisk) {
        return this == MAJOR_HAZARD && highRisk ? 1 : cycle;
    }
}
