package org.zhiben.inspection;

import java.util.UUID;

/** What an enterprise sets on a control measure's schedule: task type, work-day type and assignee. */
public record ScheduleSettings(TaskType taskType, WorkdayType workdayType, String assigneePosition,
        UUID assigneeUserId) {
}
