package org.zhiben.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhiben.ZhibenTest;

@ZhibenTest
class SchedulerLockTest {

    @Autowired
    LockProvider locks;

    @Test
    void aJobLockIsHeldByOneNodeAtATime() {
        String name = "test-" + Ids.newId();
        LockConfiguration config = new LockConfiguration(Instant.now(), name, Duration.ofMinutes(5), Duration.ZERO);
        Optional<SimpleLock> first = locks.lock(config);
        assertThat(first).isPresent();
        assertThat(locks.lock(config)).as("a second node while the first holds it").isEmpty();
        first.get().unlock();
        Optional<SimpleLock> again = locks.lock(config);
        assertThat(again).as("free again after unlock").isPresent();
        again.get().unlock();
    }
}
