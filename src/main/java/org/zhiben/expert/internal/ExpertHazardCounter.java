package org.zhiben.expert.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhiben.hazard.HazardChanged;
import org.zhiben.hazard.HazardLevel;

/**
 * Each expert's record of hazards found: a hazard reported by an expert (专家精查, 外聘专家) is counted on the
 * assignments running at that enterprise on the day it was found (after commit, in its own transaction).
 */
@Component
class ExpertHazardCounter {

    private final ExpertAssignmentRepository assignments;

    ExpertHazardCounter(ExpertAssignmentRepository assignments) {
        this.assignments = assignments;
    }

    // a condition, not a test inside: every other hazard change then leaves no event publication behind
    @ApplicationModuleListener(condition = "#event.createdByExpert()")
    void on(HazardChanged event) {
        if (event.after().enterpriseId() == null) {
            return;
        }
        for (ExpertAssignment a : assignments.runningAt(event.after().enterpriseId(), event.after().foundOn())) {
            a.countHazard(event.after().level() == HazardLevel.MAJOR);
        }
    }
}
