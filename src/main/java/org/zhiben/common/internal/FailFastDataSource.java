package org.zhiben.common.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;
import org.zhiben.common.DatabaseOutage;

/**
 * During a database outage every request would wait the pool's full connection timeout at each of its database calls
 * (loading the session, the page's query, saving the session: three waits of 5 s). Once a connection could not be had
 * because the database is unreachable, further requests for one fail at once for a short while, then one is let
 * through to find out whether the database is back; so a request fails within one timeout, and recovery is noticed
 * within seconds.
 */
@Component
class FailFastDataSource implements BeanPostProcessor {

    private final Duration holdOff;

    FailFastDataSource(@Value("${zhiben.datasource.fail-fast-hold-off:PT2S}") Duration holdOff) {
        this.holdOff = holdOff;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource ds && !(bean instanceof Guarded) ? new Guarded(ds, holdOff.toNanos()) : bean;
    }

    static final class Guarded extends DelegatingDataSource {

        private final long holdOffNanos;
        private volatile long failingUntil = System.nanoTime();

        Guarded(DataSource target, long holdOffNanos) {
            super(target);
            this.holdOffNanos = holdOffNanos;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return guard(() -> super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return guard(() -> super.getConnection(username, password));
        }

        private Connection guard(ConnectionSource source) throws SQLException {
            if (System.nanoTime() - failingUntil < 0) {
                throw new SQLTransientConnectionException("数据库暂时无法访问(刚刚连接失败,稍后再试)", "08001");
            }
            try {
                return source.get();
            } catch (SQLException e) {
                if (DatabaseOutage.causedBy(e)) {
                    failingUntil = System.nanoTime() + holdOffNanos;
                }
                throw e;
            }
        }
    }

    private interface ConnectionSource {
        Connection get() throws SQLException;
    }
}
