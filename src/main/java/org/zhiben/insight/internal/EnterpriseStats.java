package org.zhiben.insight.internal;

import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.directory.EnterpriseRegistered;
import org.zhiben.directory.EnterpriseUpdated;
import org.zhiben.risk.EnterpriseRiskChanged;
import org.zhiben.risk.RiskCounts;

/**
 * Keeps one row per enterprise (region, sectors, units per risk level) from the directory's and the risk module's
 * events, in their transactions.
 */
@Component
public class EnterpriseStats {

    private final JdbcTemplate jdbc;

    EnterpriseStats(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Sector codes as stored in the summaries: sorted, comma-separated, with leading and trailing commas. */
    public static String sectors(Collection<String> codes) {
        return codes.stream().sorted().collect(Collectors.joining(",", ",", ","));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(EnterpriseRegistered e) {
        place(e.enterpriseId(), e.regionCode(), sectors(e.sectors()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(EnterpriseUpdated e) {
        place(e.enterpriseId(), e.regionCode(), sectors(e.sectors()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(EnterpriseRiskChanged e) {
        RiskCounts c = e.after();
        int updated = jdbc.update("update insight_enterprise set units_major = ?, units_large = ?, units_general = ?,"
                + " units_low = ?, units_none = ?, major_source = ? where enterprise_id = ?", c.major(), c.large(),
                c.general(), c.low(), c.unassessed(), c.majorHazardSource(), e.enterpriseId());
        if (updated == 0) {
            jdbc.update("insert into insight_enterprise (enterprise_id, region_code, sectors, units_major, units_large,"
                    + " units_general, units_low, units_none, major_source) values (?, ?, ',', ?, ?, ?, ?, ?, ?)",
                    e.enterpriseId(), e.regionCode(), c.major(), c.large(), c.general(), c.low(), c.unassessed(),
                    c.majorHazardSource());
        }
    }

    private void place(UUID id, String regionCode, String sectors) {
        if (jdbc.update("update insight_enterprise set region_code = ?, sectors = ? where enterprise_id = ?",
                regionCode, sectors, id) == 0) {
            jdbc.update("insert into insight_enterprise (enterprise_id, region_code, sectors, units_major, units_large,"
                    + " units_general, units_low, units_none, major_source) values (?, ?, ?, 0, 0, 0, 0, 0, false)",
                    id, regionCode, sectors);
        }
    }
}
