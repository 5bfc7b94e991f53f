package org.zhiben.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A task: its window (start inclusive, end exclusive), last day, assignee and state. */
public record TaskView(UUID id, UUID enterpriseId, TaskType taskType, boolean baobao, String title, UUID unitId,
        UUID measureId, UUID templateId, String assigneePosition, UUID assigneeUserId, Instant windowStart,
        Instant windowEnd, LocalDate dueDate, TaskStatus status, UUID recordId, long version) {
}
