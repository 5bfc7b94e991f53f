package org.zhiben.inspection;

import java.util.List;

/** A task with what it asks to check and whether the caller may submit its record now. */
public record TaskDetail(TaskView task, String enterpriseName, List<TaskItem> items, boolean executable) {
}
