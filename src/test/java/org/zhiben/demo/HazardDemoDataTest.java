package org.zhiben.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.ZhibenTest;

/** The demo seeds hazards in the workflow's states, including 三签字 and 挂牌督办. */
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
}
