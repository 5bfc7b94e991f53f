package org.zhiben.campaign.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.campaign.ReportClaim;
import org.zhiben.campaign.ReportReview;
import org.zhiben.campaign.TargetKind;
import org.zhiben.campaign.TaskState;
import org.zhiben.campaign.UnitKind;
import org.zhiben.campaign.UnitRole;
import org.zhiben.common.EscalationLadder;
import org.zhiben.common.EscalationStep;
import org.zhiben.common.Ids;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.SectorSet;

/**
 * A numbered task of a plan's action: its text, 责任单位 and 配合单位, sectors, milestones, progress reports and
 * escalations. Its state is worked out by {@link #evaluate}: 已完成 when every milestone is met (a metric holds, a
 * quantity is reached, a deliverable accepted) or the office accepted a completion claim; 滞后 when a milestone passed
 * unmet or the reported progress is behind the straight line from the plan's start to the last dated target (by more
 * than the tolerance); 推进中 once anything was reported or met; otherwise 未启动. A returned completion claim stays
 * 退回 until the unit reports again.
 */
@Entity
@Table(name = "campaign_task")
public class CampaignTask {

    public static final String BY_OFFICE = "OFFICE";
    public static final String BY_TARGETS = "TARGETS";
    /** Quantities are stored as numeric(19,4). */
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1e15");

    @Id
    private UUID id;
    @Column(name = "plan_id")
    private UUID planId;
    @Column(name = "action_id")
    private UUID actionId;
    @Column(name = "task_no")
    private String taskNo;
    private String text;
    private SectorSet sectors;
    @Column(name = "implements_id")
    private UUID implementsId;
    @Enumerated(EnumType.STRING)
    private TaskState state;
    private int progress;
    @Column(name = "completed_by")
    private String completedBy;
    @Column(name = "return_reason")
    private String returnReason;
    @Column(name = "lagging_since")
    private LocalDate laggingSince;
    @Column(name = "lag_reason")
    private String lagReason;
    @Column(name = "evaluated_on")
    private LocalDate evaluatedOn;
    @Column(name = "follow_up_note")
    private String followUpNote;
    @Column(name = "follow_up_due")
    private LocalDate followUpDue;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @ElementCollection
    @CollectionTable(name = "campaign_task_unit", joinColumns = @JoinColumn(name = "task_id"))
    @OrderBy("seq")
    private List<TaskUnit> units = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "task_id", nullable = false, updatable = false)
    @OrderBy("seq")
    private List<Milestone> milestones = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "task_id", nullable = false, updatable = false)
    @OrderBy("reportedAt")
    private List<ProgressReport> reports = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "task_id", nullable = false, updatable = false)
    @OrderBy("proposedAt")
    private List<TaskEscalation> escalations = new ArrayList<>();

    protected CampaignTask() {
    }

    public CampaignTask(UUID planId, UUID actionId, String taskNo, String text, SectorSet sectors, UUID implementsId,
            List<TaskUnit> units, List<Milestone> milestones, Instant now) {
        if (units.stream().noneMatch(u -> u.getRole() == UnitRole.LEAD)) {
            throw new InvalidInputException("units", "任务须至少有一个责任单位");
        }
        this.id = Ids.newId();
        this.planId = planId;
        this.actionId = actionId;
        this.taskNo = taskNo;
        this.text = text;
        this.sectors = sectors == null ? SectorSet.EMPTY : sectors;
        this.implementsId = implementsId;
        this.state = TaskState.NOT_STARTED;
        this.units.addAll(units);
        this.milestones.addAll(milestones);
        this.createdAt = now;
        this.updatedAt = now;
    }

    // ---------------------------------------------------------------- reports and the office's review

    /** A responsible unit's report; a returned task is worked on again. Answers the report. */
    public ProgressReport report(String period, Instant at, UUID by, String byName, String unitName,
            ReportClaim claim, int percent, BigDecimal quantity, String narrative, UUID milestoneId,
            List<Evidence> evidence) {
        if (state == TaskState.COMPLETED && BY_OFFICE.equals(completedBy)) {
            throw new InvalidInputException("claim", "任务已完成,无需再报送进展");
        }
        if (milestoneId != null && milestone(milestoneId).filter(m -> m.getTargetKind() == TargetKind.DELIVERABLE)
                .isEmpty()) {
            throw new InvalidInputException("milestoneId", "所选节点不是本任务的成果类节点");
        }
        if (percent < 0 || percent > 100) {
            throw new InvalidInputException("percent", "完成进度应在0到100之间");
        }
        if (quantity != null && quantity.signum() < 0) {
            throw new InvalidInputException("quantity", "完成数量不能为负数");
        }
        if (quantity != null && (quantity.compareTo(MAX_QUANTITY) >= 0 || quantity.stripTrailingZeros().scale() > 4)) {
            throw new InvalidInputException("quantity", "完成数量应小于10¹⁵,最多4位小数");
        }
        ProgressReport r = new ProgressReport(period, at, by, byName, unitName, claim, percent, quantity, narrative,
                milestoneId, evidence);
        reports.add(r);
        if (state == TaskState.RETURNED) {
            state = TaskState.IN_PROGRESS;
            returnReason = null;
        }
        touch(at);
        return r;
    }

    /** The office accepts a pending report: its deliverable is met, a completion claim completes the task. */
    public void accept(UUID reportId, String byName, String note, LocalDate today, Instant now) {
        ProgressReport r = pendingReport(reportId);
        r.reviewed(ReportReview.ACCEPTED, byName, blankToNull(note), now);
        if (r.getMilestoneId() != null) {
            milestone(r.getMilestoneId()).ifPresent(m -> m.accepted(today));
        }
        if (r.getClaim() == ReportClaim.COMPLETED) {
            milestones.stream().filter(m -> m.getTargetKind() != TargetKind.METRIC).forEach(m -> m.accepted(today));
            state = TaskState.COMPLETED;
            completedBy = BY_OFFICE;
            laggingSince = null;
            lagReason = null;
            progress = 100;
        }
        touch(now);
    }

    /** The office returns a pending report with a reason; a returned completion claim makes the task 退回. */
    public void returnReport(UUID reportId, String byName, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("note", "请填写退回理由");
        }
        if (reason.strip().length() > 1000) {
            throw new InvalidInputException("note", "退回理由不能超过1000字");
        }
        ProgressReport r = pendingReport(reportId);
        r.reviewed(ReportReview.RETURNED, byName, reason.strip(), now);
        if (r.getClaim() == ReportClaim.COMPLETED) {
            state = TaskState.RETURNED;
            returnReason = reason.strip();
            laggingSince = null;
            lagReason = null;
        }
        touch(now);
    }

    private ProgressReport pendingReport(UUID reportId) {
        ProgressReport r = reports.stream().filter(x -> x.getId().equals(reportId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("reportId", "进展报告不存在"));
        if (r.getReview() != ReportReview.PENDING) {
            throw new InvalidInputException("reportId", "该报告无需审核或已审核");
        }
        return r;
    }

    // ---------------------------------------------------------------- evaluation

    /**
     * Works out the milestones and the state for the Shanghai date {@code today}; {@code metricValues} holds the
     * current value of each metric-bound milestone (by milestone id) that could be measured. Answers whether the
     * state changed.
     */
    public boolean evaluate(LocalDate today, LocalDate planStart, Map<UUID, BigDecimal> metricValues, int tolerance,
            Instant now) {
        BigDecimal total = reportedQuantity();
        for (Milestone m : milestones) {
            if (m.getTargetKind() == TargetKind.METRIC && metricValues.containsKey(m.getId())) {
                m.measured(metricValues.get(m.getId()), today, now);
            } else if (m.getTargetKind() == TargetKind.QUANTITY) {
                m.reported(total, today);
            }
        }
        evaluatedOn = today;
        TaskState before = state;
        if (state == TaskState.RETURNED || state == TaskState.COMPLETED && BY_OFFICE.equals(completedBy)) {
            return false;
        }
        progress = computedProgress();
        Optional<Milestone> missed = milestones.stream().filter(m -> !m.met() && m.getDueDate().isBefore(today))
                .min(Comparator.comparing(Milestone::getDueDate));
        int expected = expectedProgress(today, planStart);
        TaskState next;
        String reason = null;
        if (!milestones.isEmpty() && milestones.stream().allMatch(Milestone::met)) {
            next = TaskState.COMPLETED;
            completedBy = BY_TARGETS;
            progress = 100;
        } else if (missed.isPresent()) {
            next = TaskState.LAGGING;
            reason = "节点" + missed.get().getDueDate() + "(" + missed.get().targetText() + ")已过期未完成";
        } else if (expected >= 0 && progress + tolerance < expected) {
            next = TaskState.LAGGING;
            reason = "进度" + progress + "%落后于按时间应达到的" + expected + "%";
        } else if (reports.stream().anyMatch(ProgressReport::counts) || milestones.stream().anyMatch(Milestone::met)) {
            next = TaskState.IN_PROGRESS;
        } else {
            next = TaskState.NOT_STARTED;
        }
        if (next != TaskState.COMPLETED) {
            completedBy = null;
        }
        laggingSince = next == TaskState.LAGGING ? (before == TaskState.LAGGING && laggingSince != null
                ? laggingSince : today) : null;
        lagReason = reason;
        state = next;
        return before != next;
    }

    /** The straight line from the plan's start to the last dated quantity or deliverable target; -1 without one. */
    int expectedProgress(LocalDate today, LocalDate planStart) {
        Optional<LocalDate> last = milestones.stream().filter(m -> m.getTargetKind() != TargetKind.METRIC)
                .map(Milestone::getDueDate).max(Comparator.naturalOrder());
        if (last.isEmpty() || planStart == null) {
            return -1;
        }
        long span = ChronoUnit.DAYS.between(planStart, last.get());
        long gone = ChronoUnit.DAYS.between(planStart, today);
        if (span <= 0 || gone >= span) {
            return 100;
        }
        return gone <= 0 ? 0 : (int) (gone * 100 / span);
    }

    private int computedProgress() {
        Optional<Milestone> lastQuantity = milestones.stream().filter(m -> m.getTargetKind() == TargetKind.QUANTITY)
                .max(Comparator.comparing(Milestone::getDueDate));
        if (lastQuantity.isPresent() && lastQuantity.get().getTargetValue().signum() > 0) {
            return reportedQuantity().multiply(BigDecimal.valueOf(100))
                    .divide(lastQuantity.get().getTargetValue(), 0, RoundingMode.DOWN).min(BigDecimal.valueOf(100))
                    .intValue();
        }
        return reports.stream().filter(ProgressReport::counts).reduce((a, b) -> b).map(ProgressReport::getPercent)
                .orElse(0);
    }

    public BigDecimal reportedQuantity() {
        return reports.stream().filter(ProgressReport::counts).map(ProgressReport::getQuantity)
                .filter(q -> q != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // ---------------------------------------------------------------- escalation (the shared ladder)

    public Optional<EscalationStep> escalationDue(EscalationLadder ladder, LocalDate today) {
        return state == TaskState.LAGGING ? ladder.due(escalations, laggingSince, today) : Optional.empty();
    }

    public void proposeEscalation(EscalationStep step, Instant now) {
        escalations.add(new TaskEscalation(step, EscalationLadder.nextRound(escalations, step), now));
    }

    public TaskEscalation decideEscalation(boolean confirm, UUID by, String byName, String note, Instant now) {
        TaskEscalation e = EscalationLadder.decide(escalations, confirm, by, byName, note, now);
        touch(now);
        return e;
    }

    public Optional<TaskEscalation> pendingEscalation() {
        return EscalationLadder.pending(escalations);
    }

    // ---------------------------------------------------------------- the monthly meeting's follow-up

    /** A meeting's decision on the task: a note for the units and a date by which they are to act (either may stay). */
    public void followUp(String note, LocalDate due, Instant now) {
        if (note != null && !note.isBlank()) {
            if (note.strip().length() > 1000) {
                throw new InvalidInputException("followUpNote", "督办要求不能超过1000字");
            }
            followUpNote = note.strip();
        }
        if (due != null) {
            followUpDue = due;
        }
        touch(now);
    }

    // ---------------------------------------------------------------- reading

    public Optional<Milestone> milestone(UUID milestoneId) {
        return milestones.stream().filter(m -> m.getId().equals(milestoneId)).findFirst();
    }

    public boolean hasUnit(UnitKind kind, String ref) {
        return ref != null && units.stream().anyMatch(u -> u.getKind() == kind && ref.equals(u.getRef()));
    }

    public List<TaskUnit> units(UnitRole role) {
        return units.stream().filter(u -> u.getRole() == role).toList();
    }

    /** The last dated target: the task's 时限. */
    public Optional<LocalDate> deadline() {
        return milestones.stream().map(Milestone::getDueDate).max(Comparator.naturalOrder());
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID getId() {
        return id;
    }

    public UUID getPlanId() {
        return planId;
    }

    public UUID getActionId() {
        return actionId;
    }

    public String getTaskNo() {
        return taskNo;
    }

    public String getText() {
        return text;
    }

    public SectorSet getSectors() {
        return sectors;
    }

    public UUID getImplementsId() {
        return implementsId;
    }

    public TaskState getState() {
        return state;
    }

    public int getProgress() {
        return progress;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public LocalDate getLaggingSince() {
        return laggingSince;
    }

    public String getLagReason() {
        return lagReason;
    }

    public LocalDate getEvaluatedOn() {
        return evaluatedOn;
    }

    public String getFollowUpNote() {
        return followUpNote;
    }

    public LocalDate getFollowUpDue() {
        return followUpDue;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<TaskUnit> getUnits() {
        return units;
    }

    public List<Milestone> getMilestones() {
        return milestones;
    }

    public List<ProgressReport> getReports() {
        return reports;
    }

    public List<TaskEscalation> getEscalations() {
        return escalations;
    }
}
