package org.zhiben.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.ZhibenTest;

/** The per-database knobs: custom plans for one transaction on PostgreSQL, and nothing left behind on the connection. */
@ZhibenTest
class DatabaseTest {

    @Autowired
    Database database;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void customPlansLastOneTransaction() {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        assertThat(database.postgres()).isEqualTo(product.toLowerCase(java.util.Locale.ROOT).contains("postgres"));
        if (!database.postgres()) {
            tx.executeWithoutResult(s -> database.planForTheseValues()); // H2: nothing to set, nothing fails
            return;
        }
        String inside = tx.execute(s -> {
            database.planForTheseValues();
            return jdbc.queryForObject("show plan_cache_mode", String.class);
        });
        assertThat(inside).isEqualTo("force_custom_plan");
        // every pooled connection is back to the server's default once the transaction ends
        for (int i = 0; i < 5; i++) {
            assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("auto");
        }
    }
}
