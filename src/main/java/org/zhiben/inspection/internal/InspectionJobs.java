package org.zhiben.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhiben.common.Zones;
import org.zhiben.inspection.InspectionTasks;

/**
 * The two jobs, each under ShedLock (one node at a time) and idempotent on their own (unique task key; only open
 * tasks are marked): generation shortly after midnight and again in the morning (a node that was down at midnight
 * catches up), missed marking every 15 minutes.
 */
@Component
class InspectionJobs {

    private final InspectionTasks tasks;
    private final Clock clock;

    InspectionJobs(InspectionTasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Scheduled(cron = "0 5 0,6 * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "inspection.generate", lockAtMostFor = "PT2H", lockAtLeastFor = "PT20S")
    void generate() {
        tasks.generate(LocalDate.now(clock.withZone(Zones.CHINA)));
    }

    @Scheduled(cron = "0 */15 * * * *")
    @SchedulerLock(name = "inspection.missed", lockAtMostFor = "PT1H", lockAtLeastFor = "PT20S")
    void markMissed() {
        tasks.markMissed(clock.instant());
    }
}
