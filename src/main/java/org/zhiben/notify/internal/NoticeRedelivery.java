package org.zhiben.notify.internal;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits the event publications still incomplete after {@code zhiben.notify.redelivery.min-age} (default 10
 * minutes): a robot that answered an error, an SMTP server that was down. Runs every
 * {@code zhiben.notify.redelivery.interval} (default 5 minutes) on one node (ShedLock). Resubmission covers every
 * module's incomplete publications, not only notices; the notify channels skip targets already reached, so a
 * redelivery sends only what is missing.
 */
@Component
public class NoticeRedelivery {

    private static final Logger log = LoggerFactory.getLogger(NoticeRedelivery.class);

    private final IncompleteEventPublications incomplete;
    private final Duration minAge;

    NoticeRedelivery(IncompleteEventPublications incomplete,
            @Value("${zhiben.notify.redelivery.min-age:PT10M}") Duration minAge) {
        this.incomplete = incomplete;
        this.minAge = minAge;
    }

    @Scheduled(fixedDelayString = "${zhiben.notify.redelivery.interval:PT5M}",
            initialDelayString = "${zhiben.notify.redelivery.interval:PT5M}")
    @SchedulerLock(name = "notify-redelivery", lockAtMostFor = "PT10M")
    public void redeliver() {
        redeliverOlderThan(minAge);
    }

    /** Resubmits the incomplete publications published more than {@code age} ago. */
    public void redeliverOlderThan(Duration age) {
        log.debug("Resubmitting incomplete event publications older than {}", age);
        incomplete.resubmitIncompletePublicationsOlderThan(age);
    }
}
