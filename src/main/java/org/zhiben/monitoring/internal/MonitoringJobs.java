package org.zhiben.monitoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhiben.monitoring.MonitoringAlarms;
import org.zhiben.monitoring.MonitoringSettings;

/**
 * The module's scheduled work, one node at a time under ShedLock: every minute the offline check and the escalation
 * of unhandled alarms; daily (and at start) the monthly partitions ahead and the retention.
 */
@Component
class MonitoringJobs {

    private static final Logger log = LoggerFactory.getLogger(MonitoringJobs.class);

    private final MonitoringAlarms alarms;
    private final ReadingStore store;
    private final MonitoringSettings settings;
    private final Clock clock;

    MonitoringJobs(MonitoringAlarms alarms, ReadingStore store, MonitoringSettings settings, Clock clock) {
        this.alarms = alarms;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void partitionsAtStart() {
        Instant now = clock.instant();
        store.ensurePartitions(now.minus(settings.maxAge()), now.plus(Duration.ofDays(62)));
    }

    @Scheduled(cron = "${zhiben.monitoring.check-cron:30 * * * * *}")
    @SchedulerLock(name = "monitoring-offline-escalation", lockAtMostFor = "PT50S", lockAtLeastFor = "PT20S")
    void everyMinute() {
        Instant now = clock.instant();
        int offline = alarms.markOffline(now).size();
        int escalated = alarms.escalate(now).size();
        if (offline + escalated > 0) {
            log.info("Monitoring: {} point(s) went offline, {} alarm(s) escalated", offline, escalated);
        }
    }

    @Scheduled(cron = "${zhiben.monitoring.maintenance-cron:0 17 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "monitoring-maintenance", lockAtMostFor = "PT30M", lockAtLeastFor = "PT20S")
    void daily() {
        Instant now = clock.instant();
        store.ensurePartitions(now.minus(settings.maxAge()), now.plus(Duration.ofDays(62)));
        int dropped = store.dropBefore(now.minus(settings.retention()), now.minus(settings.minuteRetention()),
                now.minus(settings.hourRetention()));
        log.info("Monitoring maintenance: partitions ensured, {} old reading partition(s)/row(s) forgotten", dropped);
    }
}
