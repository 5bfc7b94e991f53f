package org.zhiben.inspection;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.zhiben.hazard.HazardSource;

/** An inspection record was submitted; {@code findings} is the number of hazards it reported. */
public record InspectionRecorded(UUID recordId, UUID taskId, UUID enterpriseId, String regionCode,
        Set<String> sectors, HazardSource source, LocalDate recordedOn, int findings) {

    public InspectionRecorded {
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
    }

    /** The record of a regulator's check task (监管检查), not of the enterprise's own inspection. */
    public boolean ofSupervisionTask() {
        return taskId != null && source == HazardSource.SUPERVISION;
    }
}
