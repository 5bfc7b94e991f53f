package org.zhiben.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.ZhibenTest;

/** The major hazard source and pre-judgment demo is seeded once: running it again adds and changes nothing. */
@ZhibenTest
class RiskPlanDemoDataTest {

    @Autowired
    RiskPlanDemoData demo;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void seedingAgainChangesNothing() throws Exception {
        String state = "select (select count(*) from risk_major_hazard_source) || '/' || "
                + "(select coalesce(sum(version), 0) from risk_major_hazard_source where unit_id in "
                + "(select id from risk_analysis_unit where name = '液氨储罐及输送管线')) || '/' || "
                + "(select count(*) from risk_prejudgment where judged_by in ('ent.b.boss', 'county.yjj'))";
        String before = jdbc.queryForObject(state, String.class);
        demo.run(null);
        assertThat(jdbc.queryForObject(state, String.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from risk_prejudgment where judged_by = 'ent.a.safety' "
                + "and kind = 'WORKSHOP_DAILY' and workshop = '冲压车间'", Long.class)).isEqualTo(5L);
    }
}
