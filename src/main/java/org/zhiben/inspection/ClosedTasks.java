package org.zhiben.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One page of the inspection tasks that the statistics' 排查任务 figures count: tasks due in the period (their last
 * day, {@code due_date}) and closed as {@code outcome} (DONE or MISSED; null: both), with the exact total. The
 * statistics count the same tasks from {@link InspectionTaskClosed}, which carries the task's outcome and due date.
 */
public record ClosedTasks(LocalDate from, LocalDate to, TaskStatus outcome, Boolean baobao, List<TaskView> rows,
        Map<UUID, String> enterpriseNames, int page, int size, long total) {

    /** The condition over {@code inspection_task t}: closed as the outcome (or either), due from ? to ?. */
    public static String condition(TaskStatus outcome) {
        return (outcome == null ? "t.status in ('DONE', 'MISSED')" : "t.status = '" + outcome.name() + "'")
                + " and t.due_date >= ? and t.due_date <= ?";
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
