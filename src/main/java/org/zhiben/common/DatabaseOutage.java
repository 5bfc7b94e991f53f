package org.zhiben.common;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that cannot be reached (stopped, unreachable, no connection within the pool's timeout) from every
 * other failure, so that the request is answered 503 "temporarily unavailable" — never a 500, and never a login
 * refused as if the password were wrong.
 */
public final class DatabaseOutage {

    /** What users are told, on the API and on pages. */
    public static final String MESSAGE = "数据库暂时无法访问,服务暂时不可用,请稍后重试。";

    /** Seconds a client should wait before trying again (the Retry-After header). */
    public static final int RETRY_AFTER_SECONDS = 30;

    /**
     * The pool's answer, without a SQLSTATE, on a connection it has already closed because its database went away:
     * what a rollback gets after the query failed, and Spring's TransactionTemplate throws it in place of the query's.
     */
    private static final String CLOSED_BY_POOL = "Connection is closed";

    private DatabaseOutage() {
    }

    /**
     * SQLSTATE class 08 (connection exception); PostgreSQL's 57P01–57P03 (shut down, crashed, not yet accepting
     * connections); H2's 90067 (connection broken), 90121 (database closed) and 90028 (I/O failure: what an H2 server
     * answers when its end of the connection was cut first; the EOF behind it is the server's, so the client's
     * exception carries no cause to recognise it by).
     */
    public static boolean lost(String state) {
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("90067") || state.equals("90121") || state.equals("90028");
    }

    /**
     * Whether the exception, one of its causes, or the exception a failed rollback replaced is a failure to reach the
     * database. A query on a broken connection fails first; rolling back on that connection then fails too ("object
     * already closed"), and the transaction manager throws the rollback's exception with the query's kept aside.
     */
    public static boolean causedBy(Throwable e) {
        return causedBy(e, 0);
    }

    private static boolean causedBy(Throwable e, int depth) {
        if (depth > 4) { // rollback and suppressed branches nest a level or two; a cycle must not recurse forever
            return false;
        }
        boolean underSql = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            // a driver's I/O failure on its socket (H2's 90028 "IO Exception: EOFException" when the server went away
            // between two statements); an I/O failure that is not the database's (a client gone) is not an outage
            if (underSql && (t instanceof EOFException || t instanceof SocketException)) {
                return true;
            }
            underSql |= t instanceof SQLException;
            if (t instanceof SQLException sql && (sql.getSQLState() != null && lost(sql.getSQLState())
                    || sql.getSQLState() == null && CLOSED_BY_POOL.equals(sql.getMessage()))) {
                return true;
            }
            if (t instanceof TransactionSystemException tx && tx.getApplicationException() != null
                    && causedBy(tx.getApplicationException(), depth + 1)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (causedBy(suppressed, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
