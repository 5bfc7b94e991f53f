package org.zhiben.accident.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhiben.accident.AccidentReported;
import org.zhiben.risk.assessment.RiskAssessments;

/**
 * An accident at an enterprise shows its risk assessment fell short (issue 14 item 5): when it is first reported, every
 * analysis unit of the enterprise is due for reassessment at once, with the accident's grade as the reason. After
 * commit, through the event publication registry, in one transaction.
 */
@Component
class AccidentReassessment {

    private final RiskAssessments assessments;

    AccidentReassessment(RiskAssessments assessments) {
        this.assessments = assessments;
    }

    @ApplicationModuleListener
    void on(AccidentReported event) {
        if (event.firstReport() && event.enterpriseId() != null) {
            assessments.bringForwardReassessmentOfEnterprise(event.enterpriseId(),
                    "发生" + event.grade().label() + ",提前复评");
        }
    }
}
