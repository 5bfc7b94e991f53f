package org.zhiben.accident.followup;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhiben.accident.AccidentChanged;
import org.zhiben.accident.AccidentReported;

/**
 * Proposes the 黑名单 entry as accidents are reported, regraded or found 瞒报/谎报. Synchronous, in the accident's
 * transaction (the same module, as the 零事故 veto): the proposal exists when the accident does.
 */
@Component
class BlacklistProposer {

    private final FollowUps followUps;

    BlacklistProposer(FollowUps followUps) {
        this.followUps = followUps;
    }

    @EventListener
    void on(AccidentReported event) {
        followUps.consider(event.accidentId());
    }

    @EventListener
    void on(AccidentChanged event) {
        followUps.consider(event.accidentId());
    }
}
