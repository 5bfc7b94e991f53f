package org.zhiben.risk;

import java.time.Instant;
import java.util.UUID;

/** A control measure; {@code category} is classify1, {@code subcategory} classify2. */
public record ControlMeasureView(UUID id, UUID enterpriseId, UUID eventId, String description,
        MeasureCategory category, String subcategory, String responsiblePerson, int checkCycle,
        CheckCycleUnit checkCycleUnit, long version, Instant createdAt, Instant updatedAt) {
}
