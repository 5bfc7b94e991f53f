package org.zhiben.standardization.internal;

import java.time.LocalDate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhiben.accident.AccidentReported;
import org.zhiben.common.Zones;
import org.zhiben.hazard.HazardChanged;
import org.zhiben.standardization.Gradings;

/**
 * Consequences during validity (seed 002: against 资料达标): a major hazard found at a graded enterprise, or an
 * accident there, flags its valid grade for review. After commit, in their own transaction.
 */
@Component
class GradingConsequences {

    private final Gradings gradings;

    GradingConsequences(Gradings gradings) {
        this.gradings = gradings;
    }

    // a condition, not a test inside: every other hazard change then leaves no event publication behind
    @ApplicationModuleListener(condition = "#event.becameMajor()")
    void on(HazardChanged event) {
        if (event.after().enterpriseId() != null) {
            gradings.flag(event.after().enterpriseId(), event.after().foundOn(), "发现重大事故隐患");
        }
    }

    @ApplicationModuleListener
    void on(AccidentReported event) {
        if (event.firstReport() && event.enterpriseId() != null) {
            LocalDate day = event.occurredAt().atZone(Zones.CHINA).toLocalDate();
            gradings.flag(event.enterpriseId(), day, "发生生产安全事故(" + event.grade().label() + ")");
        }
    }
}
