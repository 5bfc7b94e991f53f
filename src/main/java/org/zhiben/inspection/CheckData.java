package org.zhiben.inspection;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A one-off check (综合性, 专业性, 季节性, 节假日前, 复产复工前 by the enterprise; 监管检查 by an official; 体检式精查 by an
 * assigned expert): a template, a date window (both days inclusive) and an assignee.
 */
public record CheckData(TaskType taskType, UUID templateId, @Size(max = 500) String title, LocalDate from, LocalDate to,
        @Size(max = 100) String assigneePosition, UUID assigneeUserId) {
}
