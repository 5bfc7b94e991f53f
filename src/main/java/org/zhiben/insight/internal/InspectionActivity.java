package org.zhiben.insight.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.insight.InspectionInputs;
import org.zhiben.inspection.InspectionRecorded;
import org.zhiben.inspection.InspectionTaskClosed;
import org.zhiben.inspection.TaskStatus;

/**
 * Adapts the inspection module's events to the statistics' inputs, in the inspection transaction, so the task and
 * online-reporting figures change together with the tasks and records they count.
 */
@Component
class InspectionActivity {

    private final InspectionInputs inputs;

    InspectionActivity(InspectionInputs inputs) {
        this.inputs = inputs;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(InspectionTaskClosed closed) {
        inputs.taskClosed(new InspectionInputs.TaskClosed(closed.enterpriseId(), closed.regionCode(),
                EnterpriseStats.sectors(closed.sectors()), closed.dueDate(), closed.outcome() == TaskStatus.DONE));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(InspectionRecorded recorded) {
        inputs.recorded(new InspectionInputs.Recorded(recorded.enterpriseId(), recorded.regionCode(),
                EnterpriseStats.sectors(recorded.sectors()), recorded.recordedOn()));
    }
}
