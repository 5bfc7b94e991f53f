package org.zhiben.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutageClassificationTest {

    @Test
    void aLostConnectionAnywhereInTheChainIsAnOutage() {
        SQLException broken = new SQLException("Connection is broken", "90067");
        assertThat(DatabaseOutage.causedBy(new DataAccessResourceFailureException("x", broken))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new ConnectException("refused")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("gone", "08006"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("admin shutdown", "57P01"))).isTrue();
    }

    @Test
    void aDriversSocketFailureIsAnOutageAndAClientsIsNot() {
        // H2 when the server went away while a pooled connection was idle: 90028 over an EOFException
        SQLException io = new SQLException("IO Exception: \"java.io.EOFException\"", "90028",
                new java.io.EOFException());
        assertThat(DatabaseOutage.causedBy(new RuntimeException("JDBC begin transaction failed", io))).isTrue();
        // H2 when the server noticed the cut first and answered with its own 90028: the EOF is the server's, sent
        // as text, so the client's exception has no cause (seen in DatabaseOutageTest as a 500 once in a while)
        assertThat(DatabaseOutage.causedBy(new RuntimeException("Could not open JPA EntityManager for transaction",
                new RuntimeException("JDBC begin transaction failed", new SQLException(
                        "IO Exception: \"java.io.EOFException\"", "90028"))))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("reset", "XX000",
                new java.net.SocketException("Connection reset")))).isTrue();
        // the same I/O failures outside a database call: a browser that went away, not the database
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new java.io.EOFException()))).isFalse();
        assertThat(DatabaseOutage.causedBy(new java.io.IOException("Broken pipe",
                new java.net.SocketException("Broken pipe")))).isFalse();
    }

    @Test
    void aFailedRollbackAfterALostConnectionIsAnOutage() {
        TransactionSystemException rollback = new TransactionSystemException("Could not roll back",
                new SQLException("The object is already closed", "90007"));
        assertThat(DatabaseOutage.causedBy(rollback)).isFalse();
        rollback.initApplicationException(new DataAccessResourceFailureException("query",
                new SQLException("Connection is broken", "90067")));
        assertThat(DatabaseOutage.causedBy(rollback)).isTrue();
    }

    @Test
    void aRollbackOnAConnectionThePoolClosedIsAnOutage() {
        // TransactionTemplate throws the rollback's exception and only logs the query's
        RuntimeException rollback = new RuntimeException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed"));
        assertThat(DatabaseOutage.causedBy(rollback)).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("Connection is closed for maintenance", "42000")))
                .isFalse();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
        RuntimeException self = new RuntimeException("suppressed");
        self.addSuppressed(new SQLException("syntax", "42000"));
        assertThat(DatabaseOutage.causedBy(self)).isFalse();
    }
}
