package org.zhiben.inspection;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.Ids;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.directory.Duty;
import org.zhiben.expert.ExpertAssignments;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;
import org.zhiben.identity.UserRef;
import org.zhiben.inspection.internal.InspectionAccess;
import org.zhiben.inspection.internal.InspectionAccess.Target;
import org.zhiben.inspection.internal.InspectionSchedule;
import org.zhiben.inspection.internal.InspectionScheduleRepository;
import org.zhiben.inspection.internal.InspectionTask;
import org.zhiben.inspection.internal.InspectionTaskRepository;
import org.zhiben.notify.Notice;
import org.zhiben.risk.CheckCycleUnit;

/**
 * Schedules and one-off checks. A control measure's schedule is created and kept in step by the risk inventory's
 * {@code ControlMeasureChanged} event (same transaction); the enterprise sets its task type, work-day type and
 * assignee. Plans (班组日, 部门周, 厂长月, the principal's major-hazard inspection) are schedules with a template.
 * One-off checks become a task at once. Officials assign experts to an enterprise for a 体检式精查.
 */
@Service
public class InspectionSchedules {

    static final String ENTITY = "InspectionSchedule";
    private static final VersionedChanges.Subject<InspectionSchedule> SCHEDULE = new VersionedChanges.Subject<>(
            InspectionSchedules.ENTITY, InspectionSchedule::getId, InspectionSchedule::getVersion,
            InspectionSchedule::snapshot);

    private final JdbcTemplate jdbc;
    private final InspectionAccess access;
    private final AuditTrail audit;
    private final IdempotentCreates creates;
    private final UserAccounts users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final InspectionTaskRepository tasks;
    private final InspectionScheduleRepository schedules;
    private final VersionedChanges changes;
    private final ExpertAssignments expertAssignments;

    InspectionSchedules(JdbcTemplate jdbc, InspectionAccess access, AuditTrail audit, IdempotentCreates creates,
            UserAccounts users, ApplicationEventPublisher events, Clock clock, InspectionTaskRepository tasks,
            InspectionScheduleRepository schedules, VersionedChanges changes, ExpertAssignments expertAssignments) {
        this.expertAssignments = expertAssignments;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.creates = creates;
        this.users = users;
        this.events = events;
        this.clock = clock;
        this.tasks = tasks;
        this.schedules = schedules;
        this.changes = changes;
    }

    static final RowMapper<ScheduleView> VIEW = (rs, i) -> new ScheduleView(rs.getObject("id", UUID.class),
            rs.getObject("enterprise_id", UUID.class), rs.getString("kind"), rs.getObject("measure_id", UUID.class),
            rs.getObject("unit_id", UUID.class), rs.getObject("template_id", UUID.class), rs.getString("title"),
            TaskType.valueOf(rs.getString("task_type")), rs.getInt("cycle"),
            CheckCycleUnit.valueOf(rs.getString("cycle_unit")), WorkdayType.valueOf(rs.getString("workday_type")),
            rs.getString("assignee_position"), rs.getObject("assignee_user_id", UUID.class),
            rs.getBoolean("active"), rs.getLong("version"));

    @Transactional(readOnly = true)
    public List<ScheduleView> ofEnterprise(UUID enterpriseId) {
        access.enterprise(enterpriseId);
        return jdbc.query("select * from inspection_schedule where enterprise_id = ? order by active desc, kind desc,"
                + " created_at, id", VIEW, enterpriseId);
    }

    @Transactional(readOnly = true)
    public ScheduleView get(UUID id) {
        return load(id).view();
    }

    /** The schedule if the caller may see its enterprise, else 404. */
    private InspectionSchedule load(UUID id) {
        InspectionSchedule s = schedules.findById(id).orElseThrow(() -> new NotFoundException("排查计划"));
        access.enterprise(s.getEnterpriseId());
        return s;
    }

    /** Whether the caller may plan this enterprise's own inspections (its principal or safety manager). */
    public boolean canPlan(UUID enterpriseId) {
        return access.me().managerOf(enterpriseId);
    }

    /** Task type, work-day type and assignee of a control measure's schedule. */
    @Transactional
    public void configure(UUID scheduleId, long version, ScheduleSettings settings) {
        InspectionSchedule s = load(scheduleId);
        requirePlanner(s.getEnterpriseId());
        List<FieldViolation> v = new ArrayList<>();
        if (settings.taskType() == null || !settings.taskType().forMeasures()) {
            v.add(new FieldViolation("taskType", "任务类型应为日常或包保(主要负责人、技术负责人、操作负责人)"));
        }
        if (settings.workdayType() == null) {
            v.add(new FieldViolation("workdayType", "请选择工作日类型"));
        }
        checkAssignee(s.getEnterpriseId(), settings.assigneePosition(), settings.assigneeUserId(), v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        changes.apply(SCHEDULE, s, version, "UPDATE", "设置排查任务 " + s.getTitle(),
                x -> x.configure(settings, blank(settings.assigneePosition())));
    }

    /** Adds a recurring plan; the major-hazard inspection is monthly when the enterprise is high-risk. */
    @Transactional
    public UUID addPlan(UUID enterpriseId, PlanData plan, String idempotencyKey) {
        return creates.once("inspection.plan", idempotencyKey, List.of(enterpriseId, plan),
                () -> addPlan(enterpriseId, plan));
    }

    private UUID addPlan(UUID enterpriseId, PlanData plan) {
        Target e = access.enterprise(enterpriseId);
        requirePlanner(enterpriseId);
        access.requireDuty(e, Duty.INSPECTION_PLANS, "kind");
        List<FieldViolation> v = new ArrayList<>();
        if (plan.kind() == null) {
            v.add(new FieldViolation("kind", "请选择计划类别"));
        }
        String template = plan.templateId() == null ? null : templateName(plan.templateId());
        if (template == null) {
            v.add(new FieldViolation("templateId", "请选择检查表"));
        }
        if (plan.workdayType() == null) {
            v.add(new FieldViolation("workdayType", "请选择工作日类型"));
        }
        checkAssignee(enterpriseId, plan.assigneePosition(), plan.assigneeUserId(), v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        InspectionSchedule s = schedules.save(InspectionSchedule.plan(e, plan.kind(), plan.templateId(), template,
                plan.workdayType(), blank(plan.assigneePosition()), plan.assigneeUserId(), clock.instant()));
        changes.flush();
        audit.record(AuditRecord.created(ENTITY, s.getId(), "新增排查计划 " + plan.kind().taskType().label() + "("
                + e.name() + ")", s.snapshot()));
        return s.getId();
    }

    /** Stops a plan or a measure's schedule (its open tasks stay; no new ones). */
    @Transactional
    public void deactivate(UUID scheduleId, long version) {
        InspectionSchedule s = load(scheduleId);
        requirePlanner(s.getEnterpriseId());
        changes.apply(SCHEDULE, s, version, "UPDATE", "停用排查计划 " + s.getTitle(), InspectionSchedule::deactivate);
    }

    /**
     * A one-off check becomes one task for the window. Enterprise planners create 综合性/专业性/季节性/节假日前/
     * 复产复工前 checks; officials in jurisdiction create 监管检查 for themselves and 体检式精查 for an expert they
     * assign from the expert pool (an assignment of the pool, checked for conflicts, lasting the window); assigned experts create 体检式精查 for themselves.
     */
    @Transactional
    public UUID addCheck(UUID enterpriseId, CheckData check, String idempotencyKey) {
        return creates.once("inspection.check", idempotencyKey, List.of(enterpriseId, check),
                () -> addCheck(enterpriseId, check));
    }

    private UUID addCheck(UUID enterpriseId, CheckData check) {
        Target e = access.enterprise(enterpriseId);
        CurrentUser me = access.me();
        List<FieldViolation> v = new ArrayList<>();
        TaskType type = check.taskType();
        if (type == null || !(type.oneOffByEnterprise() || type.government())) {
            v.add(new FieldViolation("taskType", "请选择检查类别"));
        } else if (type.oneOffByEnterprise() && !canPlan(enterpriseId)) {
            throw new AccessDeniedException("只有本企业的主要负责人和安全管理人员可以安排检查");
        } else if (type == TaskType.SUPERVISION && !me.is(Role.OFFICIAL)) {
            throw new AccessDeniedException("监管检查由监管人员安排");
        } else if (type == TaskType.EXPERT_REVIEW && !(me.is(Role.OFFICIAL) || me.is(Role.EXPERT))) {
            throw new AccessDeniedException("体检式精查由监管人员或指派的专家安排");
        }
        String template = check.templateId() == null ? null : templateName(check.templateId());
        if (template == null) {
            v.add(new FieldViolation("templateId", "请选择检查表"));
        }
        LocalDate today = access.today();
        if (check.from() == null) {
            v.add(new FieldViolation("from", "请选择开始日期"));
        } else if (check.from().isBefore(today)) {
            v.add(new FieldViolation("from", "开始日期不能早于今天"));
        }
        if (check.to() == null) {
            v.add(new FieldViolation("to", "请选择截止日期"));
        } else if (check.from() != null && check.to().isBefore(check.from())) {
            v.add(new FieldViolation("to", "截止日期不能早于开始日期"));
        } else if (check.from() != null && check.to().isAfter(check.from().plusDays(366))) {
            v.add(new FieldViolation("to", "检查时间窗口不能超过一年"));
        }
        String title = blank(check.title());
        if (title != null && title.length() > 200) {
            v.add(new FieldViolation("title", "名称不能超过200个字符"));
        }
        UUID assignee = check.assigneeUserId();
        String position = blank(check.assigneePosition());
        if (type != null && type.government()) {
            if (type == TaskType.SUPERVISION || me.is(Role.EXPERT)) {
                assignee = me.id();
            } else if (assignee == null || !expertAssignments.assignableAccounts().contains(assignee)) {
                v.add(new FieldViolation("assigneeUserId", "请选择专家库中的专家"));
            }
            position = null;
        } else {
            checkAssignee(enterpriseId, position, assignee, v);
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        if (type == TaskType.EXPERT_REVIEW && me.is(Role.OFFICIAL)) {
            expertAssignments.assignForCheck(e.id(), assignee, check.from(), check.to(), "assigneeUserId");
        }
        String fullTitle = type.label() + ":" + (title == null ? template : title);
        UUID id = tasks.save(InspectionTask.oneOffCheck(new CheckData(type, check.templateId(), fullTitle,
                check.from(), check.to(), position, assignee), e, me.id(), clock.instant())).getId();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("enterpriseId", enterpriseId);
        after.put("taskType", type);
        after.put("templateId", check.templateId());
        after.put("from", check.from());
        after.put("to", check.to());
        after.put("assigneeUserId", assignee);
        audit.record(AuditRecord.created(InspectionTasks.ENTITY, id, "安排" + fullTitle + "(" + e.name() + ")", after));
        if (assignee != null && !assignee.equals(me.id())) {
            events.publishEvent(new Notice("inspection.task.assigned", "新的排查任务:" + fullTitle,
                    e.name() + "," + check.from() + " 至 " + check.to(), "/inspection/tasks/" + id,
                    Set.of(assignee), Set.of(), enterpriseId, e.regionCode()));
        }
        return id;
    }

    /** Experts an official may assign. */
    @Transactional(readOnly = true)
    public List<UserRef> experts() {
        Set<UUID> pool = expertAssignments.assignableAccounts();
        return users.usersWithRole(Role.EXPERT).stream().filter(u -> pool.contains(u.id())).toList();
    }

    private void checkAssignee(UUID enterpriseId, String position, UUID userId, List<FieldViolation> v) {
        if (position != null && position.strip().length() > 100) {
            v.add(new FieldViolation("assigneePosition", "岗位名称不能超过100个字符"));
        }
        if (userId != null && users.usersOfEnterprise(enterpriseId, Set.of(Role.ENTERPRISE_PRINCIPAL,
                Role.ENTERPRISE_SAFETY_MANAGER, Role.ENTERPRISE_WORKER)).stream().noneMatch(u -> u.id().equals(userId))) {
            v.add(new FieldViolation("assigneeUserId", "请选择本企业的人员"));
        }
    }

    private String templateName(UUID templateId) {
        return jdbc.query("select name from inspection_template where id = ?", (rs, i) -> rs.getString(1), templateId)
                .stream().findFirst().orElse(null);
    }

    private void requirePlanner(UUID enterpriseId) {
        if (!canPlan(enterpriseId)) {
            throw new AccessDeniedException("只有本企业的主要负责人和安全管理人员可以安排排查");
        }
    }

    /** 技术负责人至少每季度排查一次 (DOMAIN.md §2): a longer cycle of a technical holder's check becomes quarterly. */
    public static void effectiveCycle(TaskType type, int[] cycle, CheckCycleUnit[] unit) {
        if (type == TaskType.BAOBAO_TECHNICAL && longerThanQuarter(unit[0], cycle[0])) {
            unit[0] = CheckCycleUnit.MONTH;
            cycle[0] = 3;
        }
    }

    static boolean longerThanQuarter(CheckCycleUnit unit, int cycle) {
        return switch (unit) {
            case HOUR -> cycle > 92 * 24;
            case DAY -> cycle > 92;
            case WEEK -> cycle > 13;
            case MONTH -> cycle > 3;
            case YEAR -> true;
        };
    }


    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
