package org.zhiben.risk.majorsource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A unit's GB 18218 record as stored. {@code identified}: S ≥ 1; {@code majorSource}: identified, or the unit's object
 * is flagged as a major hazard source, or the enterprise declared it; {@code holdersIncomplete}: a major source
 * without all three 包保责任人 (shown as "包保责任人不全"). {@code recorded} is false for a unit with nothing saved
 * yet ({@code version} is then 0).
 */
@NamedInterface("majorsource")
public record MajorHazardSourceView(UUID unitId, String unitName, UUID objectId, String objectName,
        String hazardSourceCode, UUID enterpriseId, boolean objectFlagged, boolean recorded, long version,
        int outsidePopulation, List<SubstanceQuantity> substances, BigDecimal sum, BigDecimal r, BigDecimal alpha,
        MajorHazardLevel level, boolean identified, boolean majorSource, boolean declared, SafetyHolder principal,
        SafetyHolder technical, SafetyHolder operation, boolean holdersComplete, boolean holdersIncomplete,
        Instant updatedAt) {
}
