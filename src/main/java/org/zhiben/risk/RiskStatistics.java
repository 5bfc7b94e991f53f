package org.zhiben.risk;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.identity.DataScope;
import org.zhiben.risk.map.RiskOverviews;
import org.zhiben.risk.map.UnitLevelCounts.EnterpriseCounts;
import org.zhiben.risk.map.UnitLevelCounts;

/**
 * Unit counts per level for statistics, without a caller scope: for the statistics module's rebuild and consistency
 * check only (it applies scopes to what it shows). Counts as {@link RiskOverviews} and {@link EnterpriseRiskChanged}.
 */
@Service
public class RiskStatistics {

    private final UnitLevelCounts counts;

    RiskStatistics(UnitLevelCounts counts) {
        this.counts = counts;
    }

    /**
     * Recounts every enterprise's units per level for the officials' overview from the inventory tables: after rows
     * were written around the module's services (the demo seeding and the generated province write them in bulk).
     */
    @Transactional
    public void rebuildLevels() {
        counts.rebuild();
    }

    /** Every enterprise that has analysis units or a major hazard source. */
    @Transactional(readOnly = true)
    public Map<UUID, RiskCounts> all() {
        Map<UUID, RiskCounts> all = new HashMap<>();
        for (EnterpriseCounts c : counts.within(DataScope.ALL)) {
            all.put(c.enterpriseId(), of(c));
        }
        counts.withMajorSources().forEach(id -> all.putIfAbsent(id, new RiskCounts(0, 0, 0, 0, 0, true)));
        return all;
    }

    public static RiskCounts of(EnterpriseCounts c) {
        return new RiskCounts(c.count(RiskLevel.MAJOR), c.count(RiskLevel.LARGE), c.count(RiskLevel.GENERAL),
                c.count(RiskLevel.LOW), c.count(null), c.majorHazardSource());
    }
}
