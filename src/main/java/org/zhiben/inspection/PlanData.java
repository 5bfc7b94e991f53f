package org.zhiben.inspection;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A recurring plan: its kind, the checklist template, work-day type and assignee (position name or user). */
public record PlanData(PlanKind kind, UUID templateId, WorkdayType workdayType, @Size(max = 100) String assigneePosition,
        UUID assigneeUserId) {
}
