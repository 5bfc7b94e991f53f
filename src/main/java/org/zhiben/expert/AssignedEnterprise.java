package org.zhiben.expert;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** An enterprise an expert is assigned to now, as other modules need it to widen their queries for the expert. */
public record AssignedEnterprise(UUID enterpriseId, String name, String regionCode, Set<String> sectors,
        LocalDate validUntil) {
}
