package org.zhiben.risk;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Positions (岗位) and their 两单两卡, for other modules: the demo seeds them; the pages live inside the module.
 */
public interface RiskPositions {

    /** Names of the enterprise's positions (readers of the enterprise's inventory). */
    List<String> names(UUID enterpriseId);

    /**
     * The 两单两卡 of the enterprise's position named {@code name} as its cards show them now, or empty when the
     * enterprise has no such position. The enterprise must be readable by the caller (otherwise 404).
     */
    java.util.Optional<PositionKnowledge> knowledge(UUID enterpriseId, String name);

    /**
     * Adds a position working in {@code unitIds}; texts hold one duty or step per line. Same rules as the page:
     * the enterprise's principal or safety manager, units of that enterprise, a unique name.
     */
    UUID add(UUID enterpriseId, String name, Set<UUID> unitIds, String responsibilities, String operatingSteps,
            String emergencySteps);
}
