package org.zhiben.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Which database the application runs on (PostgreSQL in production, H2 embedded), and its few per-database knobs. */
@Component
public class Database {

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    Database(JdbcTemplate jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (Connection c = dataSource.getConnection()) {
            this.postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
    }

    public boolean postgres() {
        return postgres;
    }

    /**
     * Plans every statement of the current transaction for its own values. PostgreSQL switches a statement executed
     * repeatedly to one generic plan, blind to the values; for a list whose filters range from a village to a
     * province, or a text fragment found in 30 rows, that plan walks millions of rows (a province's text search: 1 s
     * instead of 40 ms, docs/benchmarks.md §11). Planning each time costs well under a millisecond. Outside a
     * transaction, or on H2, nothing.
     */
    public void planForTheseValues() {
        if (postgres && TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.execute("set local plan_cache_mode = force_custom_plan");
        }
    }
}
