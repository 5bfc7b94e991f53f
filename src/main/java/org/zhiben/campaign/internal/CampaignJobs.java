package org.zhiben.campaign.internal;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhiben.campaign.Campaigns;
import org.zhiben.common.Zones;

/**
 * Daily, on one node (ShedLock): snapshot every bound metric for the trend, then evaluate every open task (milestones
 * measured, 滞后 detected, the next escalation step proposed).
 */
@Component
class CampaignJobs {

    private static final Logger log = LoggerFactory.getLogger(CampaignJobs.class);

    private final Campaigns campaigns;
    private final Clock clock;

    CampaignJobs(Campaigns campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Scheduled(cron = "${zhiben.campaign.daily-cron:0 20 1 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "campaign-daily", lockAtMostFor = "PT50M", lockAtLeastFor = "PT20S")
    void daily() {
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        int snapshots = campaigns.snapshotMetrics(today);
        Campaigns.Evaluation e = campaigns.evaluateAll(today);
        log.info("Campaign daily {}: {} metric snapshots, {} tasks evaluated, {} changed state, {} escalations proposed",
                today, snapshots, e.evaluated(), e.changed(), e.escalationsProposed());
    }
}
