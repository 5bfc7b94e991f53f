package org.zhiben.inspection.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;
import org.zhiben.inspection.InspectionSchedules;
import org.zhiben.inspection.PlanKind;
import org.zhiben.inspection.ScheduleSettings;
import org.zhiben.inspection.ScheduleView;
import org.zhiben.inspection.TaskType;
import org.zhiben.inspection.WorkdayType;
import org.zhiben.risk.CheckCycleUnit;

/**
 * Where tasks come from: a control measure's schedule (kept in step with the measure by MeasureScheduleSync, set-based
 * SQL) or an enterprise's recurring plan. The generator reads schedules as a set; single changes go through here.
 */
@Entity
@Table(name = "inspection_schedule")
public class InspectionSchedule extends ScopedRecord {

    private static final String MEASURE = "MEASURE";
    private static final String PLAN = "PLAN";

    private String kind;
    @Column(name = "measure_id")
    private UUID measureId;
    @Column(name = "unit_id")
    private UUID unitId;
    @Column(name = "template_id")
    private UUID templateId;
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "task_type")
    private TaskType taskType;
    private int cycle;
    @Enumerated(EnumType.STRING)
    @Column(name = "cycle_unit")
    private CheckCycleUnit cycleUnit;
    @Column(name = "source_cycle")
    private Integer sourceCycle;
    @Enumerated(EnumType.STRING)
    @Column(name = "source_cycle_unit")
    private CheckCycleUnit sourceCycleUnit;
    @Enumerated(EnumType.STRING)
    @Column(name = "workday_type")
    private WorkdayType workdayType;
    @Column(name = "assignee_position")
    private String assigneePosition;
    @Column(name = "assignee_user_id")
    private UUID assigneeUserId;
    private boolean active;

    protected InspectionSchedule() {
    }

    /**
     * A recurring plan of {@code enterprise} on a checklist; the major-hazard inspection is monthly when the enterprise
     * is high-risk.
     */
    public static InspectionSchedule plan(InspectionAccess.Target enterprise, PlanKind kind, UUID templateId,
            String templateName, WorkdayType workdayType, String assigneePosition, UUID assigneeUserId, Instant now) {
        InspectionSchedule s = new InspectionSchedule(enterprise, now);
        s.kind = PLAN;
        s.templateId = templateId;
        s.title = kind.taskType().label() + ":" + templateName;
        s.taskType = kind.taskType();
        s.cycle = kind.cycle(enterprise.highRisk());
        s.cycleUnit = kind.unit();
        s.workdayType = workdayType;
        s.assigneePosition = assigneePosition;
        s.assigneeUserId = assigneeUserId;
        s.active = true;
        return s;
    }

    private InspectionSchedule(InspectionAccess.Target enterprise, Instant now) {
        super(enterprise.id(), enterprise.regionCode(), enterprise.sectorSet(), now);
    }

    /**
     * Sets a control measure's schedule: task type, work-day type and assignee (checked by the caller). The cycle
     * follows the measure's, tightened to a quarter for the technical holder's 包保 check.
     */
    public void configure(ScheduleSettings settings, String assigneePosition) {
        if (!MEASURE.equals(kind)) {
            throw new InvalidInputException("taskType", "只有管控措施的排查任务可以这样设置");
        }
        int[] effective = {sourceCycle};
        CheckCycleUnit[] unit = {sourceCycleUnit};
        InspectionSchedules.effectiveCycle(settings.taskType(), effective, unit);
        this.taskType = settings.taskType();
        this.workdayType = settings.workdayType();
        this.assigneePosition = assigneePosition;
        this.assigneeUserId = settings.assigneeUserId();
        this.cycle = effective[0];
        this.cycleUnit = unit[0];
    }

    /** No new tasks from now on; open ones stay. */
    public void deactivate() {
        this.active = false;
    }

    public ScheduleView view() {
        return new ScheduleView(getId(), getEnterpriseId(), kind, measureId, unitId, templateId, title, taskType, cycle,
                cycleUnit, workdayType, assigneePosition, assigneeUserId, active, getVersion());
    }

    /** The schedule as the audit trail shows it. */
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enterpriseId", getEnterpriseId());
        m.put("kind", kind);
        m.put("title", title);
        m.put("taskType", taskType);
        m.put("cycle", cycle);
        m.put("cycleUnit", cycleUnit);
        m.put("workdayType", workdayType);
        m.put("assigneePosition", assigneePosition);
        m.put("assigneeUserId", assigneeUserId);
        m.put("active", active);
        return m;
    }

    public String getTitle() {
        return title;
    }
}
