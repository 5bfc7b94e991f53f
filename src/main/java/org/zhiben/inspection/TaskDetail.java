package org.zhiben.inspection;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A task with what it asks to check and whether the caller may submit its record now; if not, {@code refusal} says
 * why (done, missed, not started, or someone else's by accountability).
 */
public record TaskDetail(TaskView task, String enterpriseName, List<TaskItem> items, String refusal) {

    @JsonProperty
    public boolean executable() {
        return refusal == null;
    }
}
