package org.zhiben.enforcement.internal;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhiben.common.Zones;
import org.zhiben.enforcement.Crackdowns;

/** Every morning (one node, under ShedLock): remind of 打非治违 filings due soon or overdue, on the clock's day. */
@Component
class CrackdownReminderJob {

    private final Crackdowns crackdowns;
    private final Clock clock;

    CrackdownReminderJob(@Lazy Crackdowns crackdowns, Clock clock) {
        this.crackdowns = crackdowns;
        this.clock = clock;
    }

    @Scheduled(cron = "${zhiben.enforcement.crackdown.reminder-cron:0 17 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "enforcement-crackdown-reminders", lockAtMostFor = "PT50M", lockAtLeastFor = "PT20S")
    void scheduled() {
        crackdowns.remind(LocalDate.ofInstant(clock.instant(), Zones.CHINA));
    }
}
