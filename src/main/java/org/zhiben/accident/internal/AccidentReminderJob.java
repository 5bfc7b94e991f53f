package org.zhiben.accident.internal;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhiben.accident.Accidents;

/** Every ten minutes (one node, under ShedLock): remind the officials of report-up steps that became overdue. */
@Component
class AccidentReminderJob {

    private final Accidents accidents;
    private final Clock clock;

    AccidentReminderJob(Accidents accidents, Clock clock) {
        this.accidents = accidents;
        this.clock = clock;
    }

    @Scheduled(cron = "${zhiben.accident.reminder-cron:0 */10 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "accident-reminders", lockAtMostFor = "PT9M", lockAtLeastFor = "PT20S")
    void scheduled() {
        accidents.remindOverdue(clock.instant());
    }
}
