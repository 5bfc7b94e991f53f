package org.zhiben.standardization.internal;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhiben.common.Zones;
import org.zhiben.standardization.Gradings;

/** Every night (one node, under ShedLock): certificates past their last day expire and the registry is told. */
@Component
class GradingExpiryJob {

    private final Gradings gradings;
    private final Clock clock;

    GradingExpiryJob(Gradings gradings, Clock clock) {
        this.gradings = gradings;
        this.clock = clock;
    }

    @Scheduled(cron = "${zhiben.standardization.expiry-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "standardization-expiry", lockAtMostFor = "PT30M", lockAtLeastFor = "PT20S")
    void scheduled() {
        gradings.expireDue(LocalDate.now(clock.withZone(Zones.CHINA)));
    }
}
