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

    @ApplicationModuleListener
    void on(InspectionRecorded recorded) {
        if (recorded.taskId() != null) {
            duties.recorded(recorded.taskId(), recorded.recordId(), recorded.recordedOn(), recorded.findings());
        }
    }
}
