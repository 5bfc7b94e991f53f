package org.zhiben.inspection.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Persistable;
import org.springframework.security.access.AccessDeniedException;
import org.zhiben.common.Ids;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.SectorSet;
import org.zhiben.common.StaleVersionException;
import org.zhiben.common.Zones;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;
import org.zhiben.inspection.CheckData;
import org.zhiben.inspection.TaskStatus;
import org.zhiben.inspection.TaskType;
import org.zhiben.inspection.TaskView;

/**
 * An inspection task and its small state machine: OPEN until a record is submitted (DONE, here, one task at a time)
 * or its window closes without one (MISSED, set for many tasks at once by the SQL batch in InspectionTasks, under
 * the same rule: only an OPEN task changes, and the version moves). Periodic tasks are created by set-based SQL
 * (generation), one-off checks here; this class decides who may complete a task and when.
 */
@Entity
@Table(name = "inspection_task")
public class InspectionTask implements Persistable<UUID> {

    @Id
    private UUID id;
    @Column(name = "source_id")
    private UUID sourceId;
    @Column(name = "period_key")
    private String periodKey;
    @Column(name = "enterprise_id")
    private UUID enterpriseId;
    @Column(name = "region_code")
    private String regionCode;
    @Convert(converter = SectorSet.Jpa.class)
    private SectorSet sectors;
    @Enumerated(EnumType.STRING)
    @Column(name = "task_type")
    private TaskType taskType;
    private boolean baobao;
    private String title;
    @Column(name = "unit_id")
    private UUID unitId;
    @Column(name = "measure_id")
    private UUID measureId;
    @Column(name = "template_id")
    private UUID templateId;
    @Column(name = "assignee_position")
    private String assigneePosition;
    @Column(name = "assignee_user_id")
    private UUID assigneeUserId;
    @Column(name = "window_start")
    private Instant windowStart;
    @Column(name = "window_end")
    private Instant windowEnd;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private TaskStatus status;
    @Column(name = "record_id")
    private UUID recordId;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "created_by")
    private UUID createdBy;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Transient
    private boolean fresh;

    protected InspectionTask() {
    }

    /**
     * A one-off check as one task, its own source: open from the start of {@code check.from()} to the end of
     * {@code check.to()} (Asia/Shanghai). {@code check} carries the final title and assignee.
     */
    public static InspectionTask oneOffCheck(CheckData check, InspectionAccess.Target enterprise, UUID createdBy,
            Instant now) {
        InspectionTask t = new InspectionTask();
        t.id = Ids.newId();
        t.sourceId = t.id;
        t.periodKey = check.from().toString();
        t.enterpriseId = enterprise.id();
        t.regionCode = enterprise.regionCode();
        t.sectors = enterprise.sectorSet();
        t.taskType = check.taskType();
        t.title = check.title();
        t.templateId = check.templateId();
        t.assigneePosition = check.assigneePosition();
        t.assigneeUserId = check.assigneeUserId();
        t.windowStart = CyclePeriods.startOf(check.from());
        t.windowEnd = CyclePeriods.startOf(check.to().plusDays(1));
        t.dueDate = check.to();
        t.status = TaskStatus.OPEN;
        t.createdBy = createdBy;
        t.createdAt = now;
        t.fresh = true;
        return t;
    }

    /**
     * Why {@code user} may not submit this task's record, or empty if they may (accountability by role, DOMAIN.md §2):
     * <ul>
     * <li>监管检查 and 体检式精查: only the official or expert it is assigned to;</li>
     * <li>主要负责人重大事故隐患排查 and the principal's 包保 check: the principal in person;</li>
     * <li>the technical and operational 包保 checks: the 包保责任人 they are assigned to, or, while nobody is, a
     * principal or safety manager (never a worker, who cannot be told apart from the holder);</li>
     * <li>every other task of the enterprise: its principal and safety managers, and its workers when the task is
     * unassigned or theirs.</li>
     * </ul>
     */
    public Optional<String> refusalFor(CurrentUser user) {
        boolean assignedToOther = assigneeUserId != null && !assigneeUserId.equals(user.id());
        if (taskType.government()) {
            return assigneeUserId != null && !assignedToOther && (user.is(Role.OFFICIAL) || user.is(Role.EXPERT))
                    ? Optional.empty() : Optional.of("该检查指派给了其他检查人员");
        }
        if (!user.memberOf(enterpriseId)) {
            return Optional.of("该排查任务不属于您的单位");
        }
        return switch (taskType) {
            case MAJOR_HAZARD, BAOBAO_PRINCIPAL -> user.principalOf(enterpriseId) && !assignedToOther
                    ? Optional.empty() : Optional.of("该任务须由主要负责人本人完成");
            case BAOBAO_TECHNICAL, BAOBAO_OPERATION -> assigneeUserId != null
                    ? (assignedToOther ? Optional.of("该包保任务须由包保责任人本人完成") : Optional.empty())
                    : (user.managerOf(enterpriseId) ? Optional.empty()
                            : Optional.of("该包保任务尚未指定包保责任人,请由主要负责人或安全管理人员完成"));
            default -> user.managerOf(enterpriseId) || !assignedToOther
                    ? Optional.empty() : Optional.of("该排查任务不是指派给您的");
        };
    }

    /** Why {@code user} may not submit the record at {@code now}, or empty: open, inside its window and theirs. */
    public Optional<String> refusalFor(CurrentUser user, Instant now) {
        if (status != TaskStatus.OPEN) {
            return Optional.of("该任务" + status.label() + ",不能再提交");
        }
        if (now.isBefore(windowStart)) {
            return Optional.of("该任务尚未开始(" + windowStart.atZone(Zones.CHINA).toLocalDate() + " 起)");
        }
        if (!now.isBefore(windowEnd)) {
            return Optional.of("该任务的排查期已过");
        }
        return refusalFor(user);
    }

    /**
     * Closes the task as DONE with its record. Refused with 403 for someone else's task, with a conflict when it is
     * no longer open or its window has closed, and with a field error before its window opens. The version the
     * caller saw is checked by the kernel's versioned change around this call.
     */
    public void complete(CurrentUser by, UUID recordId, Instant now) {
        Optional<String> refusal = refusalFor(by);
        if (refusal.isPresent()) {
            throw new AccessDeniedException(refusal.get());
        }
        if (status != TaskStatus.OPEN) {
            throw new StaleVersionException();
        }
        if (now.isBefore(windowStart)) {
            throw new InvalidInputException("task", "该任务尚未开始(" + windowStart.atZone(Zones.CHINA).toLocalDate()
                    + " 起)");
        }
        if (!now.isBefore(windowEnd)) {
            // the missed-marking batch has not run yet: the task is as good as missed
            throw new StaleVersionException();
        }
        this.status = TaskStatus.DONE;
        this.recordId = recordId;
        this.closedAt = now;
    }

    /** The task's state as the audit trail shows it before and after a change. */
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("recordId", recordId);
        m.put("closedAt", closedAt);
        m.put("version", version);
        return m;
    }

    public TaskView view() {
        return new TaskView(id, enterpriseId, taskType, baobao, title, unitId, measureId, templateId, assigneePosition,
                assigneeUserId, windowStart, windowEnd, dueDate, status, recordId, version);
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostPersist
    @PostLoad
    void stored() {
        fresh = false;
    }

    public long getVersion() {
        return version;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public SectorSet getSectors() {
        return sectors;
    }

    public TaskType getTaskType() {
        return taskType;
    }

    public boolean isBaobao() {
        return baobao;
    }

    public String getTitle() {
        return title;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public UUID getMeasureId() {
        return measureId;
    }

    public UUID getTemplateId() {
        return templateId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }
}
