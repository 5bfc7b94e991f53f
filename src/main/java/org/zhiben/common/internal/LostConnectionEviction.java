package org.zhiben.common.internal;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import org.zhiben.common.DatabaseOutage;

/**
 * Tells the connection pool to drop a connection whose database is gone ({@link DatabaseOutage#lost}). The pool
 * knows PostgreSQL's connection states, not H2's "connection broken" and "database closed": without this, such a
 * connection went back to the pool after an outage and failed every later request, so the platform never recovered.
 * Configured as {@code spring.datasource.hikari.exception-override-class-name} (the pool creates it by name).
 */
public class LostConnectionEviction implements SQLExceptionOverride {

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException e) {
        return e.getSQLState() != null && DatabaseOutage.lost(e.getSQLState()) ? SQLExceptionOverride.Override.MUST_EVICT
                : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}
