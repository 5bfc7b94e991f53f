package org.zhiben.hazard.ledger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.common.RegionCode;
import org.zhiben.hazard.HazardCount;
import org.zhiben.hazard.HazardRecounts;

/**
 * The ledger's recount relations over {@code hazard_hazard}, built from the {@link HazardCount} conditions the hazard
 * list filters by: what the consistency check holds the summaries to is what the lists behind the figures show.
 */
@Component
class LedgerRecounts implements HazardRecounts {

    private final JdbcTemplate jdbc;

    LedgerRecounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String flows(RegionCode within) {
        String region = within(within);
        return """
                select h.found_on as d, 'F' as kind, h.region_code as rc, h.enterprise_id as eid, h.sectors, h.level,
                       %s as closed, (%s and %s) as on_time
                from hazard_hazard h where %s%s
                union all
                select h.closed_on, 'C', h.region_code, h.enterprise_id, h.sectors, h.level, true, %s
                from hazard_hazard h where %s%s""".formatted(
                HazardCount.FOUND_CLOSED.condition(), HazardCount.FOUND_CLOSED.condition(), HazardCount.onTime(),
                HazardCount.FOUND.condition(), region, HazardCount.onTime(), HazardCount.CLOSED.condition(), region);
    }

    @Override
    public String open(RegionCode within) {
        return """
                select h.region_code as rc, h.enterprise_id as eid, h.sectors, h.level, h.state, h.overdue,
                       (h.found_on < ?) as stock
                from hazard_hazard h where """ + HazardCount.OPEN.condition() + within(within);
    }

    @Override
    public long count(RegionCode within) {
        Long n = jdbc.queryForObject("select count(*) from hazard_hazard h where 1 = 1" + within(within), Long.class);
        return n == null ? 0 : n;
    }

    private static String within(RegionCode code) {
        return code == null ? "" : " and h.region_code between '" + code.rangeLow() + "' and '" + code.rangeHigh() + "'";
    }
}
