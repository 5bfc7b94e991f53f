package org.zhiben.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.zhiben.identity.CurrentUser;
import org.zhiben.monitoring.ReadingInput;
import org.zhiben.monitoring.Readings;

/**
 * The embedded default's gateway: every 5 seconds a reading of each of enterprise B's tank farm points through the
 * same ingestion service as the HTTP batch API, with Gaussian noise around a slowly drifting baseline and, for two
 * minutes in every twenty, the tank level rising past 高报 (8.0 m) to about 8.4 m — so a new user sees the values
 * move and an alarm open. On only with the demo data and {@code zhiben.monitoring.simulator.enabled} (the embedded
 * default sets it; tests and production do not).
 */
@Component
@ConditionalOnExpression("${zhiben.demo.enabled:false} and ${zhiben.monitoring.simulator.enabled:false}")
class MonitoringSimulator {

    private static final Logger log = LoggerFactory.getLogger(MonitoringSimulator.class);

    private final Readings readings;
    private final UserDetailsService userDetails;
    private final Clock clock;
    private final Random random = new Random();
    private UUID enterprise;
    private boolean missing;

    MonitoringSimulator(Readings readings, UserDetailsService userDetails, Clock clock) {
        this.readings = readings;
        this.userDetails = userDetails;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${zhiben.monitoring.simulator.period:PT5S}", initialDelayString = "PT10S")
    @SchedulerLock(name = "monitoring-simulator", lockAtMostFor = "PT4S")
    void tick() {
        if (missing) {
            return;
        }
        if (enterprise == null) {
            try {
                enterprise = ((CurrentUser) userDetails.loadUserByUsername("ent.b.boss")).enterpriseId();
            } catch (UsernameNotFoundException e) {
                missing = true;
                log.info("Demo enterprise B missing: monitoring simulator idle");
                return;
            }
        }
        readings.ingestCounting(enterprise, next(clock.instant()));
    }

    /** One reading per simulated point at {@code now}. */
    List<ReadingInput> next(Instant now) {
        long minute = now.getEpochSecond() / 60;
        boolean excursion = minute % 20 < 2;
        double drift = Math.sin(now.getEpochSecond() / 900.0);
        List<ReadingInput> batch = new ArrayList<>();
        for (MonitoringDemoData.Sim s : MonitoringDemoData.POINTS) {
            double v = s.base() + drift * s.noise() * 5 + random.nextGaussian() * s.noise();
            if (excursion && s.code().equals("LT-101")) {
                v = 8.3 + random.nextGaussian() * 0.05;
            }
            v = Math.max(s.rangeLow(), Math.min(s.rangeHigh(), v));
            batch.add(new ReadingInput(s.code(), now, Math.round(v * 1000) / 1000.0, 0));
        }
        return batch;
    }
}
