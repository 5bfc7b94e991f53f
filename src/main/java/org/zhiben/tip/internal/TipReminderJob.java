package org.zhiben.tip.internal;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhiben.tip.Tips;

/** Every hour (one node, under ShedLock): remind of tips whose current step passed its time limit. */
@Component
class TipReminderJob {

    private final Tips tips;
    private final Clock clock;

    TipReminderJob(@Lazy Tips tips, Clock clock) {
        this.tips = tips;
        this.clock = clock;
    }

    @Scheduled(cron = "${zhiben.tip.reminder-cron:0 7 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "tip-reminders", lockAtMostFor = "PT50M", lockAtLeastFor = "PT20S")
    void scheduled() {
        tips.remindOverdue(clock.instant());
    }
}
