package org.zhiben.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.ZhibenTest;

/**
 * The demo seeds hazards in the workflow's states, including 三签字 and 挂牌督办, 补录 stock hazards from 2023 and an
 * overdue 补录 hazard, and the deadline job has run once over them.
 */
@ZhibenTest
class HazardDemoDataTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demoHazardsCoverTheStates() {
        assertThat(jdbc.queryForList("select distinct state from hazard_hazard where enterprise_name like '示范%'",
                String.class)).contains("REPORTED", "CONFIRMED", "RECTIFYING", "AWAITING_ACCEPTANCE", "CLOSED",
                "REJECTED");
        assertThat(jdbc.queryForObject("select count(*) from hazard_hazard where supervised = true", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from hazard_signature", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from hazard_extension where status = 'PENDING'",
                Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from hazard_hazard where manage_type = 'IMMEDIATE'",
                Integer.class)).isPositive();
    }

    private static final String A = "示范精密机械制造有限公司";

    @Test
    void stockHazardsFoundBefore2024OneClosedOneOpenMajor() {
        assertThat(jdbc.queryForList("select state || ':' || level from hazard_hazard where enterprise_name = ?"
                + " and found_on < date '2024-01-01'", String.class, A)).contains("CLOSED:GENERAL", "CONFIRMED:MAJOR");
        assertThat(jdbc.queryForObject("select count(*) from hazard_transition t join hazard_hazard h"
                + " on h.id = t.hazard_id where h.enterprise_name = ? and h.found_on < date '2024-01-01'"
                + " and t.action = 'REPORT' and t.note like '补录%'", Integer.class, A)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theDeadlineJobFlaggedOverdueHazardsAndProposedEscalatingTheOverdueMajorOne() {
        assertThat(jdbc.queryForObject("select count(*) from hazard_hazard h where h.enterprise_name = ?"
                + " and h.overdue = true and h.level = 'GENERAL' and h.found_on >= date '2024-01-01'"
                + " and exists (select 1 from hazard_transition t where t.hazard_id = h.id and t.action = 'REPORT'"
                + " and t.note like '补录%')", Integer.class, A)).isPositive();
        assertThat(jdbc.queryForList("select e.step from hazard_escalation e join hazard_hazard h on h.id = e.hazard_id"
                + " where h.enterprise_name = ? and h.level = 'MAJOR' and h.overdue = true and e.confirmed_at is null",
                String.class, A)).contains("LETTER");
        assertThat(jdbc.queryForObject("select count(*) from hazard_transition t join hazard_hazard h"
                + " on h.id = t.hazard_id where h.enterprise_name = ? and t.action = 'OVERDUE'", Integer.class, A))
                .isGreaterThanOrEqualTo(2);
    }
}
