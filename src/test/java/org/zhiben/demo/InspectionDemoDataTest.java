package org.zhiben.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhiben.ZhibenTest;
import org.zhiben.identity.CurrentUser;

/** The inspection demo: plans for A and B, tasks done, missed and open, a supervision check; a re-run adds nothing. */
@ZhibenTest
class InspectionDemoDataTest {

    @Autowired
    InspectionDemoData demo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void enterprisesAAndBHavePlansAndTasksInEveryState() {
        UUID a = ((CurrentUser) users.loadUserByUsername("ent.a.boss")).enterpriseId();
        UUID b = ((CurrentUser) users.loadUserByUsername("ent.b.boss")).enterpriseId();
        assertThat(count("select count(*) from inspection_schedule where enterprise_id = ? and kind = 'PLAN'", a))
                .isGreaterThanOrEqualTo(4);
        assertThat(count("select count(*) from inspection_schedule where enterprise_id = ? and task_type like"
                + " 'BAOBAO%'", a)).isGreaterThanOrEqualTo(1);
        for (String status : new String[] {"DONE", "MISSED", "OPEN"}) {
            assertThat(count("select count(*) from inspection_task where enterprise_id = ? and status = ?", a, status))
                    .as(status).isPositive();
        }
        assertThat(count("select count(*) from inspection_task where enterprise_id = ? and task_type ="
                + " 'SUPERVISION'", b)).isPositive();
        assertThat(count("select count(*) from inspection_schedule where enterprise_id = ? and task_type ="
                + " 'MAJOR_HAZARD' and cycle = 1", b)).as("high-risk B: monthly").isPositive();
        assertThat(count("select count(*) from inspection_record r join inspection_answer x on x.record_id = r.id"
                + " where r.enterprise_id = ? and x.hazard_id is not null", a)).as("a record with a finding")
                .isPositive();
        long tasks = count("select count(*) from inspection_task");
        long plans = count("select count(*) from inspection_schedule");
        demo.run(new DefaultApplicationArguments());
        assertThat(count("select count(*) from inspection_schedule")).isEqualTo(plans);
        assertThat(count("select count(*) from inspection_task")).isEqualTo(tasks);
    }
}
