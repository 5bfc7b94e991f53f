package org.zhiben.campaign.duty;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhiben.inspection.InspectionRecorded;

/** Marks a leader's visit done when the inspection engine's record of its 监管检查 was committed. */
@Component
class VisitRecorder {

    private final LeaderDuties duties;

    VisitRecorder(LeaderDuties duties) {
        this.duties = duties;
    }

    // the condition keeps the event publication registry free of the enterprises' own daily records
    @ApplicationModuleListener(condition = "#recorded.ofSupervisionTask()")
    void on(InspectionRecorded recorded) {
        duties.recorded(recorded.taskId(), recorded.recordId(), recorded.recordedOn(), recorded.findings());
    }
}
