package org.zhiben.risk.map;

import java.util.List;
import java.util.UUID;
import org.zhiben.risk.RiskLevel;

/**
 * Risk across an official's jurisdiction: one page ({@code page}, from 0, of {@code size}) of the {@code total}
 * enterprises with an inventory, most severe first, and the 重大/较大 units per sub-region (children of the
 * official's region) and per sector, over all of them.
 */
public record RiskOverview(List<EnterpriseRisk> enterprises, long total, int page, int size, List<Count> byRegion,
        List<Count> bySector) {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }

    /** Unit counts per level; {@code level} is the enterprise's (null: nothing assessed). */
    public record EnterpriseRisk(UUID id, String name, String regionCode, RiskLevel level, String color, long major,
            long large, long general, long low, long unassessed) {
    }

    public record Count(String code, String name, long major, long large) {
    }
}
