package org.zhiben.standardization.internal;

import java.time.LocalDate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhiben.accident.AccidentReported;
import org.zhiben.common.Zones;
import org.zhiben.hazard.HazardChanged;
import org.zhiben.hazard.HazardLevel;
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

    @ApplicationModuleListener
    void on(HazardChanged event) {
        var after = event.after();
        if (after == null || after.enterpriseId() == null || after.level() != HazardLevel.MAJOR) {
            return;
        }
        boolean becameMajor = event.before() == null || event.before().level() != HazardLevel.MAJOR;
        if (becameMajor) {
            gradings.flag(after.enterpriseId(), after.foundOn(), "发现重大事故隐患");
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
