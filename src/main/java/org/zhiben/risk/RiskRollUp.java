package org.zhiben.risk;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An enterprise's level (the highest of its analysis objects) and how many units sit at each level; units with no
 * assessed event are counted in {@code unassessedUnits}.
 */
public record RiskRollUp(UUID enterpriseId, String enterpriseName, RiskLevel enterpriseLevel,
        Map<RiskLevel, Long> counts, long unassessedUnits, List<UnitLevel> units) {

    public record UnitLevel(UUID id, String name, RiskLevel level) {
    }
}
