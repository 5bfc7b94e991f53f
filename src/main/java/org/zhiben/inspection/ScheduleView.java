package org.zhiben.inspection;

import java.util.UUID;
import org.zhiben.risk.CheckCycleUnit;

/** A schedule: from a control measure ({@code measureId} set) or a recurring plan ({@code templateId} set). */
public record ScheduleView(UUID id, UUID enterpriseId, String kind, UUID measureId, UUID unitId, UUID templateId,
        String title, TaskType taskType, int cycle, CheckCycleUnit cycleUnit, WorkdayType workdayType,
        String assigneePosition, UUID assigneeUserId, boolean active, long version) {

    public String cycleLabel() {
        String unit = switch (cycleUnit) {
            case HOUR -> "小时";
            case DAY -> "天";
            case WEEK -> "周";
            case MONTH -> "个月";
            case YEAR -> "年";
        };
        return "每" + (cycle == 1 ? "" : cycle) + unit;
    }
}
