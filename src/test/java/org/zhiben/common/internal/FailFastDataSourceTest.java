package org.zhiben.common.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.AbstractDataSource;

class FailFastDataSourceTest {

    private final AtomicInteger attempts = new AtomicInteger();
    private volatile boolean down;

    private final DataSource database = new AbstractDataSource() {
        @Override
        public Connection getConnection() throws SQLException {
            attempts.incrementAndGet();
            if (down) {
                throw new SQLTransientConnectionException("Connection is not available, request timed out");
            }
            return null; // a connection the caller does not use here
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }
    };

    @Test
    void afterAnUnreachableDatabaseFurtherRequestsFailAtOnceUntilTheHoldOffEnds() throws Exception {
        DataSource guarded = (DataSource) new FailFastDataSource(Duration.ofMillis(300))
                .postProcessAfterInitialization(database, "dataSource");
        guarded.getConnection();
        down = true;
        assertThatThrownBy(guarded::getConnection).isInstanceOf(SQLTransientConnectionException.class);
        assertThat(attempts).hasValue(2);
        // within the hold-off the pool is not asked (no second wait of the pool's timeout)
        assertThatThrownBy(guarded::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                .hasMessageContaining("数据库暂时无法访问");
        assertThat(attempts).hasValue(2);
        // after it, one request finds the database back
        down = false;
        Thread.sleep(350);
        guarded.getConnection();
        assertThat(attempts).hasValue(3);
    }

    @Test
    void otherBeansAndAnAlreadyGuardedDataSourceAreLeftAlone() {
        FailFastDataSource processor = new FailFastDataSource(Duration.ofSeconds(2));
        Object guarded = processor.postProcessAfterInitialization(database, "dataSource");
        assertThat(guarded).isNotSameAs(database);
        assertThat(processor.postProcessAfterInitialization(guarded, "dataSource")).isSameAs(guarded);
        assertThat(processor.postProcessAfterInitialization("text", "other")).isEqualTo("text");
    }
}
