package org.zhiben.risk;

import java.util.UUID;

/**
 * A control measure was added, changed or removed ({@code removed}). Published inside the transaction of the change,
 * so a listener that keeps its own copy (the inspection module's schedules) can write it in the same transaction.
 */
public record ControlMeasureChanged(UUID measureId, UUID enterpriseId, String regionCode, UUID unitId,
        String unitName, String description, int checkCycle, CheckCycleUnit checkCycleUnit, boolean removed) {
}
