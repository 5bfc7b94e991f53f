package org.zhiben.hazard;

import java.util.UUID;

/**
 * Published in the transaction of every change to a hazard's {@link HazardFacts} (creation, each transition, level
 * change, deadline extension, overdue marking). {@code before} is null on creation. Listeners that keep running totals
 * subtract {@code before} and add {@code after}.
 */
public record HazardChanged(UUID hazardId, HazardFacts before, HazardFacts after) {
}
