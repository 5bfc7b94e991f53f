package org.zhiben.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.insight.internal.SummaryFolding;
import org.zhiben.ZhibenTest;
import org.zhiben.demo.ProvinceGenerator;

/**
 * The summaries kept from the events equal a full recount on a small generated province (200 enterprises, 5,000
 * hazards created and moved to their final state through events); a tampered row is found and a rebuild repairs it.
 * The check is limited to the generated province: other tests write ledger rows straight into the table for their
 * own fixtures, without events, which the whole-database check would rightly report.
 */
@ZhibenTest
class SummaryConsistencyTest {

    @Autowired
    ProvinceGenerator generator;
    @Autowired
    SummaryMaintenance maintenance;
    @Autowired
    SummaryFolding folding;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void incrementalSummariesEqualTheRecountAndTamperingIsFoundAndRepaired() {
        ProvinceGenerator.Result r = generator.generate(new ProvinceGenerator.Options("97", 200, 5000, 7,
                LocalDate.of(2026, 6, 30), true));
        assertThat(r.check().samples()).isEmpty();
        assertThat(r.check().consistent()).as("counters plus pending deltas equal the recount").isTrue();
        assertThat(folding.fold()).as("deltas folded into the counters").isPositive();
        assertThat(maintenance.check("970000000000").consistent()).isTrue();
        assertThat(jdbc.queryForObject("select sum(n) from insight_hazard_flow where area = ? and lvl = 1"
                + " and kind = 'F' and grain = 'D' and sectors = '*'", Long.class, "970000000000"))
                .isEqualTo(jdbc.queryForObject("select count(*) from hazard_hazard where region_code like '97%'"
                        + " and state <> 'REJECTED'", Long.class));

        jdbc.update("update insight_hazard_open set n = n + 1 where area = ? and lvl = 1", "970000000000");
        ConsistencyReport tampered = maintenance.check("970000000000");
        assertThat(tampered.consistent()).isFalse();
        assertThat(tampered.hazardOpenDiffs()).isPositive();

        maintenance.rebuild();
        assertThat(maintenance.check("970000000000").consistent()).isTrue();
    }
}
