package org.zhiben.audit.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhiben.audit.AuditTrail;

/** Chains the pending audit entries every second, on one node at a time. */
@Component
class AuditChainer {

    private final AuditTrail trail;

    AuditChainer(AuditTrail trail) {
        this.trail = trail;
    }

    @Scheduled(fixedDelayString = "${zhiben.audit.chain-interval:PT1S}")
    @SchedulerLock(name = "audit-chain", lockAtMostFor = "PT5M")
    void chain() {
        trail.chainPending();
    }
}
