package org.zhiben.training;

import java.time.LocalDate;
import java.util.List;

/** A drill as recorded. */
public record DrillData(DrillKind kind, AreaType areaType, LocalDate heldOn, String scenario, String participants,
        Integer participantCount, List<String> photoKeys, String shortfalls, String improvements) {
}
