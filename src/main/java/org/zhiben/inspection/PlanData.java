package org.zhiben.inspection;

import java.util.UUID;

/** A recurring plan: its kind, the checklist template, work-day type and assignee (position name or user). */
public record PlanData(PlanKind kind, UUID templateId, WorkdayType workdayType, String assigneePosition,
        UUID assigneeUserId) {
}
