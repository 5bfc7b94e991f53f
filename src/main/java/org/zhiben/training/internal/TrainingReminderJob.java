package org.zhiben.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhiben.common.Zones;
import org.zhiben.training.TrainingPeople;

/** Daily at 07:30 Beijing time (one node, under ShedLock): certificate review and expiry reminders. */
@Component
class TrainingReminderJob {

    private final TrainingPeople people;
    private final Clock clock;

    TrainingReminderJob(TrainingPeople people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    @Scheduled(cron = "${zhiben.training.reminder-cron:0 30 7 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "training-reminders", lockAtMostFor = "PT1H", lockAtLeastFor = "PT20S")
    void scheduled() {
        people.remind(LocalDate.now(clock.withZone(Zones.CHINA)));
    }
}
