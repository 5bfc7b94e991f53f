package org.zhiben.hazard.ledger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.common.RegionCode;
import org.zhiben.hazard.HazardRecounts;

/** The ledger's recount relations over {@code hazard_hazard}; the state names are the ledger's own. */
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
                       (h.state = 'CLOSED' and h.closed_on is not null) as closed,
                       (h.state = 'CLOSED' and h.closed_on is not null
                         and (h.deadline is null or h.closed_on <= h.deadline)) as on_time
                from hazard_hazard h where h.state <> 'REJECTED'%s
                union all
                select h.closed_on, 'C', h.region_code, h.enterprise_id, h.sectors, h.level, true,
                       (h.deadline is null or h.closed_on <= h.deadline)
                from hazard_hazard h where h.state = 'CLOSED' and h.closed_on is not null%s""".formatted(region, region);
    }

    @Override
    public String open(RegionCode within) {
        return """
                select h.region_code as rc, h.enterprise_id as eid, h.sectors, h.level, h.state, h.overdue,
                       (h.found_on < ?) as stock
                from hazard_hazard h where h.state not in ('CLOSED', 'REJECTED')""" + within(within);
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
