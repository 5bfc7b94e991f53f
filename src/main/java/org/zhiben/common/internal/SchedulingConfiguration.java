package org.zhiben.common.internal;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs run under ShedLock, so with several nodes each run happens on one of them; lock times come from the
 * database clock. Jobs annotate their method with both {@code @Scheduled} and {@code @SchedulerLock(name = ...)} and
 * must still be idempotent (a unique key), because a lock can expire under a very slow run. Cron jobs hold their lock
 * at least 20 s, so a node whose clock or scheduler runs a little late does not run the same occurrence again. Tests
 * switch scheduling off ({@code zhiben.scheduling.enabled=false}) and call the jobs' methods with chosen instants.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfiguration {

    /** {@code zhiben.node-name} names the node in the lock table (default: the host name), to tell nodes apart. */
    @Bean
    LockProvider lockProvider(DataSource dataSource, @Value("${zhiben.node-name:}") String nodeName) {
        JdbcTemplateLockProvider.Configuration.Builder lock = JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("common_shedlock")
                .usingDbTime();
        if (!nodeName.isBlank()) {
            lock.withLockedByValue(nodeName);
        }
        return new JdbcTemplateLockProvider(lock.build());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "zhiben.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    @EnableScheduling
    static class Scheduler {
    }
}
