package org.zhiben.accident.zero;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhiben.common.Zones;

/**
 * Daily at 08:00 Beijing time (one node, under ShedLock): reminds the 专班 with no 调度会议 in a month, or no 现场会
 * in a quarter, that is about to end. The date comes from the application's clock, so tests move it.
 */
@Component
class ZeroMeetingReminderJob {

    private final ZeroTeams teams;
    private final Clock clock;

    ZeroMeetingReminderJob(ZeroTeams teams, Clock clock) {
        this.teams = teams;
        this.clock = clock;
    }

    @Scheduled(cron = "${zhiben.accident.zero.meeting-reminder-cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "accident-zero-meeting-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT20S")
    void scheduled() {
        teams.remindMeetings(LocalDate.now(clock.withZone(Zones.CHINA)));
    }
}
