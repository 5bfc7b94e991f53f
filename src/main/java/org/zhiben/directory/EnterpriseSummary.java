package org.zhiben.directory;

import java.util.Set;
import java.util.UUID;

/** What other modules need to know about an enterprise. */
public record EnterpriseSummary(UUID id, String uscc, String name, UnitType unitType, Set<String> sectors,
        String regionCode, boolean highRisk, EnterpriseStatus status, String principalName) {
}
