package org.zhiben.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A task was done (a record submitted) or missed (its window closed without one); the insight module counts these. */
public record InspectionTaskClosed(UUID taskId, UUID enterpriseId, String regionCode, Set<String> sectors,
        TaskType taskType, boolean baobao, LocalDate dueDate, TaskStatus outcome, Instant closedAt) {

    public InspectionTaskClosed {
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
    }
}
