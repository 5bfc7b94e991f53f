package org.zhiben.accident.zero;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhiben.accident.AccidentChanged;
import org.zhiben.accident.AccidentReported;

/**
 * 一票否决 as accidents are reported, regraded, corrected or voided. Synchronous, in the accident's transaction: the
 * same module, and the veto must agree with the accident ledger at commit (附表1 is computed from both).
 */
@Component
class ZeroVetoListener {

    private final ZeroAccidents zero;

    ZeroVetoListener(ZeroAccidents zero) {
        this.zero = zero;
    }

    @EventListener
    void on(AccidentReported event) {
        zero.accidentChanged(event.accidentId());
    }

    @EventListener
    void on(AccidentChanged event) {
        zero.accidentChanged(event.accidentId());
    }
}
