package org.zhiben.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.campaign.internal.CampaignTask;
import org.zhiben.campaign.internal.Evidence;
import org.zhiben.campaign.internal.Milestone;
import org.zhiben.campaign.internal.Plan;
import org.zhiben.campaign.internal.PlanAction;
import org.zhiben.campaign.internal.PlanRepository;
import org.zhiben.campaign.internal.ProgressReport;
import org.zhiben.campaign.internal.TaskRepository;
import org.zhiben.campaign.internal.TaskUnit;
import org.zhiben.common.EscalationLadder;
import org.zhiben.common.EscalationStep;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.FileStore;
import org.zhiben.common.FileType;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.LiveMetric;
import org.zhiben.common.LiveMetrics;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.RegionCode;
import org.zhiben.common.SectorSet;
import org.zhiben.common.StoredFile;
import org.zhiben.common.Zones;
import org.zhiben.directory.Departments;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.Regions;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.Role;

/**
 * The campaign service: plans and their tasks (created by the issuing office, references checked against the
 * registry), progress reports by the responsible units (evidence checked by content), the office's review, the daily
 * evaluation (milestones measured through {@link LiveMetrics}, lagging detection, escalation proposals on the shared
 * {@link EscalationLadder}), metric snapshots for the trend, roll-up and the dashboard. Everything is read in the
 * caller's scope: an official sees the plans of their jurisdiction and of the levels above it, an enterprise user the
 * tasks their enterprise is a unit of; anything else is 404.
 */
@Service
public class Campaigns {

    static final VersionedChanges.Subject<CampaignTask> TASK = new VersionedChanges.Subject<>("CampaignTask",
            CampaignTask::getId, CampaignTask::getVersion, Campaigns::snapshot);

    /** Evidence files: photos, PDF, Word and Excel, by content; 20 MB each, 10 per report. */
    public static final Set<FileType> EVIDENCE_TYPES = Set.of(FileType.PNG, FileType.JPEG, FileType.PDF,
            FileType.DOCX, FileType.XLSX);
    public static final long MAX_EVIDENCE_BYTES = 20L * 1024 * 1024;
    public static final int MAX_EVIDENCE_FILES = 10;

    private static final Pattern QUANTITY = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*([^\\d\\s]*?)\\s*(以上|以下|以内|及以上)?$");
    private static final Pattern TASK_NO = Pattern.compile("^[0-9A-Za-z.\\-]{1,16}$");

    private final PlanRepository plans;
    private final TaskRepository tasks;
    private final DataScopes scopes;
    private final Regions regions;
    private final Departments departments;
    private final Enterprises enterprises;
    private final SectorCatalog sectorCatalog;
    private final LiveMetrics metrics;
    private final MilestonePhrases phrases;
    private final VersionedChanges changes;
    private final IdempotentCreates creates;
    private final AuditTrail audit;
    private final FileStore files;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final int tolerance;
    private final EscalationLadder ladder;

    Campaigns(PlanRepository plans, TaskRepository tasks, DataScopes scopes, Regions regions, Departments departments,
            Enterprises enterprises, SectorCatalog sectorCatalog, LiveMetrics metrics, MilestonePhrases phrases,
            VersionedChanges changes, IdempotentCreates creates, AuditTrail audit, FileStore files, Clock clock,
            JdbcTemplate jdbc, TransactionTemplate tx,
            @Value("${zhiben.campaign.trajectory-tolerance:10}") int tolerance,
            @Value("${zhiben.campaign.escalation-interval-days:7}") int escalationIntervalDays) {
        this.plans = plans;
        this.tasks = tasks;
        this.scopes = scopes;
        this.regions = regions;
        this.departments = departments;
        this.enterprises = enterprises;
        this.sectorCatalog = sectorCatalog;
        this.metrics = metrics;
        this.phrases = phrases;
        this.changes = changes;
        this.creates = creates;
        this.audit = audit;
        this.files = files;
        this.clock = clock;
        this.jdbc = jdbc;
        this.tx = tx;
        this.tolerance = tolerance;
        this.ladder = new EscalationLadder(EscalationStep.PROMPT, escalationIntervalDays);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.CHINA));
    }

    // ---------------------------------------------------------------- plans

    @Transactional
    public UUID createPlan(NewPlan p, String idempotencyKey) {
        return creates.once("campaign.plan", idempotencyKey, p, () -> createPlan(p));
    }

    private UUID createPlan(NewPlan p) {
        CurrentUser me = official();
        List<FieldViolation> v = new ArrayList<>();
        String title = text(v, "title", p.title(), true, 300, "方案名称");
        String issuer = text(v, "issuer", p.issuer(), true, 200, "印发机关");
        String docNo = text(v, "docNo", p.docNo(), false, 100, "文号");
        if (p.regionCode() == null || !RegionCode.isValid(p.regionCode()) || regions.find(p.regionCode()).isEmpty()) {
            v.add(new FieldViolation("regionCode", "请选择印发机关所在的行政区划"));
        } else if (!scopes.current().coversRegion(p.regionCode())) {
            v.add(new FieldViolation("regionCode", "该区划不在您的管辖范围内"));
        }
        if (p.level() == null) {
            v.add(new FieldViolation("level", "请选择方案层级"));
        } else if (RegionCode.isValid(p.regionCode()) && !p.level().issuedAt(RegionCode.of(p.regionCode()).level())) {
            v.add(new FieldViolation("level", "方案层级与印发机关所在区划不符"));
        }
        if (p.startDate() == null) {
            v.add(new FieldViolation("startDate", "请填写开始日期"));
        }
        if (p.endDate() == null) {
            v.add(new FieldViolation("endDate", "请填写结束日期"));
        } else if (p.startDate() != null && p.endDate().isBefore(p.startDate())) {
            v.add(new FieldViolation("endDate", "结束日期不能早于开始日期"));
        }
        List<String> actions = p.actions() == null ? List.of() : p.actions();
        if (actions.size() > 30) {
            v.add(new FieldViolation("actions", "行动不超过30项"));
        }
        for (int i = 0; i < actions.size(); i++) {
            text(v, "actions[" + i + "]", actions.get(i), true, 300, "行动名称");
        }
        if (p.parentId() != null) {
            Optional<Plan> parent = plans.findById(p.parentId()).filter(this::canSee);
            if (parent.isEmpty()) {
                v.add(new FieldViolation("parentId", "上级方案不存在"));
            } else if (p.regionCode() != null && RegionCode.isValid(p.regionCode())
                    && !RegionCode.of(parent.get().getRegionCode()).contains(p.regionCode())) {
                v.add(new FieldViolation("parentId", "上级方案的区划须包含本方案的区划"));
            }
        }
        refuseIfAny(v);
        Plan plan = new Plan(p.regionCode(), p.level(), title, issuer, docNo, p.parentId(), p.startDate(),
                p.endDate(), p.issuedOn(), clock.instant());
        actions.forEach(a -> plan.addAction(a.strip()));
        plans.saveAndFlush(plan);
        audit.record(AuditRecord.created("CampaignPlan", plan.getId(), "印发方案 " + title + " (" + me.displayName()
                + ")", Map.of("title", title, "regionCode", plan.getRegionCode(), "actions", actions.size())));
        return plan.getId();
    }

    /**
     * Creates a plan and imports its tasks from an xlsx of the documented layout (the page's "导入方案") in one
     * transaction: with a bad file or any row error nothing is saved, not even the plan. Without a file: just the plan.
     */
    @Transactional
    public CreatedPlan createPlanWithTasks(NewPlan p, java.io.File xlsx) throws java.io.IOException {
        UUID id = createPlan(p);
        if (xlsx == null) {
            return new CreatedPlan(id, new PlanImport(0, 0, List.of()));
        }
        PlanImport result = importTasks(id, xlsx);
        if (!result.ok()) {
            org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus()
                    .setRollbackOnly();
            return new CreatedPlan(null, result);
        }
        return new CreatedPlan(id, result);
    }

    /** The plan created (null when the import had row errors and nothing was saved) and the import's outcome. */
    public record CreatedPlan(UUID planId, PlanImport imported) {
    }

    /** Plans the caller may see, the higher levels first. */
    @Transactional(readOnly = true)
    public List<Plan> plans() {
        DataScope scope = scopes.current();
        List<Plan> all = switch (scope.kind()) {
            case ALL, JURISDICTION -> plans.findAll(scope.<Plan>regionRecords("regionCode", null));
            case ENTERPRISE -> {
                Set<UUID> ids = tasks.findByEnterpriseUnit(scope.enterpriseId().toString()).stream()
                        .map(CampaignTask::getPlanId).collect(Collectors.toSet());
                yield plans.findAllById(ids);
            }
            case NONE -> List.of();
        };
        all.forEach(p -> p.getActions().size());
        return all.stream().sorted(Comparator.comparing(Plan::getLevel).thenComparing(Plan::getRegionCode)
                .thenComparing(Plan::getCreatedAt)).toList();
    }

    @Transactional(readOnly = true)
    public Plan plan(UUID id) {
        Plan p = plans.findById(id).orElseThrow(() -> new NotFoundException("方案"));
        if (!canSee(p)) {
            throw new NotFoundException("方案");
        }
        p.getActions().size();
        return p;
    }

    /** The plan's tasks the caller may see (an enterprise user: those their enterprise is a unit of). */
    @Transactional(readOnly = true)
    public List<CampaignTask> tasksOf(UUID planId) {
        plan(planId);
        List<CampaignTask> list = tasks.findByPlanIdOrderByCreatedAt(planId).stream().filter(this::canSeeTask)
                .sorted(Comparator.comparing(CampaignTask::getTaskNo, Campaigns::compareNumbers)).toList();
        list.forEach(Campaigns::load);
        return list;
    }

    public boolean canManage(Plan p) {
        return DataScopes.currentUser().filter(u -> u.is(Role.OFFICIAL) || u.is(Role.ADMIN)).isPresent()
                && scopes.current().coversRegion(p.getRegionCode());
    }

    private boolean canSee(Plan p) {
        DataScope scope = scopes.current();
        return switch (scope.kind()) {
            case ALL -> true;
            case JURISDICTION -> scope.permitsRegionRecord(p.getRegionCode(), Set.of());
            case ENTERPRISE -> tasks.findByEnterpriseUnit(scope.enterpriseId().toString()).stream()
                    .anyMatch(t -> t.getPlanId().equals(p.getId()));
            case NONE -> false;
        };
    }

    private boolean canSeeTask(CampaignTask t) {
        DataScope scope = scopes.current();
        return switch (scope.kind()) {
            case ENTERPRISE -> t.hasUnit(UnitKind.ENTERPRISE, scope.enterpriseId().toString());
            // a 住建局 sees the plan and its general tasks, not another sector's (an enterprise's reports included)
            case JURISDICTION -> t.getSectors().codes().isEmpty() || scope.coversSectors(t.getSectors().codes());
            default -> true;
        };
    }

    // ---------------------------------------------------------------- tasks

    @Transactional
    public UUID addTask(UUID planId, NewTask t, String idempotencyKey) {
        return creates.once("campaign.task", idempotencyKey, t, () -> addTask(planId, t));
    }

    private UUID addTask(UUID planId, NewTask t) {
        Plan plan = plan(planId);
        if (!canManage(plan)) {
            throw new AccessDeniedException("只有印发方案的机关(及其上级)可以维护方案的任务");
        }
        CampaignTask task = buildTask(plan, t);
        tasks.saveAndFlush(task);
        audit.record(AuditRecord.created("CampaignTask", task.getId(), "方案任务 " + task.getTaskNo() + " "
                + brief(task.getText()), snapshot(task)));
        return task.getId();
    }

    /** Checks a task against its plan and the registry and builds it (not saved). */
    CampaignTask buildTask(Plan plan, NewTask t) {
        List<FieldViolation> v = new ArrayList<>();
        PlanAction action = null;
        if (t.action() == null || plan.action(t.action()).isEmpty()) {
            v.add(new FieldViolation("action", "请选择方案中的行动"));
        } else {
            action = plan.action(t.action()).get();
        }
        String no = t.taskNo() == null ? null : t.taskNo().strip();
        if (no == null || !TASK_NO.matcher(no).matches()) {
            v.add(new FieldViolation("taskNo", "任务编号为1到16位数字、字母或点,如 3 或 3.1"));
        } else if (tasks.existsByPlanIdAndTaskNo(plan.getId(), no)) {
            v.add(new FieldViolation("taskNo", "方案中已有编号为 " + no + " 的任务"));
        }
        String text = text(v, "text", t.text(), true, 4000, "任务内容");
        Set<String> sectorCodes = t.sectors() == null ? Set.of() : t.sectors();
        Set<String> known = sectorCatalog.sectors().stream().map(SectorCatalog.Entry::code).collect(Collectors.toSet());
        for (String s : sectorCodes) {
            if (!known.contains(s)) {
                v.add(new FieldViolation("sectors", "未知的行业领域代码:" + s));
            }
        }
        if (t.implementsId() != null && !implementable(plan, t.implementsId())) {
            v.add(new FieldViolation("implementsId", "落实的任务须是上级方案中的任务"));
        }
        List<TaskUnit> units = units(v, plan, t.units() == null ? List.of() : t.units());
        List<Milestone> milestones = milestones(v, plan, t.milestones() == null ? List.of() : t.milestones());
        refuseIfAny(v);
        return new CampaignTask(plan.getId(), action.getId(), no, text, SectorSet.of(sectorCodes), t.implementsId(),
                units, milestones, clock.instant());
    }

    private boolean implementable(Plan plan, UUID taskId) {
        Optional<CampaignTask> higher = tasks.findById(taskId);
        if (higher.isEmpty()) {
            return false;
        }
        for (UUID up = plan.getParentId(); up != null; ) {
            if (up.equals(higher.get().getPlanId())) {
                return true;
            }
            up = plans.findById(up).map(Plan::getParentId).orElse(null);
        }
        return false;
    }

    private List<TaskUnit> units(List<FieldViolation> v, Plan plan, List<NewTask.Unit> given) {
        List<TaskUnit> out = new ArrayList<>();
        if (given.stream().noneMatch(u -> u != null && u.role() == UnitRole.LEAD)) {
            v.add(new FieldViolation("units", "任务须至少有一个责任单位"));
        }
        if (given.size() > 50) {
            v.add(new FieldViolation("units", "单位不超过50个"));
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            NewTask.Unit u = given.get(i);
            String field = "units[" + i + "]";
            if (u == null || u.role() == null || u.kind() == null) {
                v.add(new FieldViolation(field, "请选择单位的类别和角色(责任单位/配合单位)"));
                continue;
            }
            String name = null;
            String ref = u.ref() == null ? null : u.ref().strip();
            switch (u.kind()) {
                case DEPARTMENT -> {
                    UUID id = uuid(ref);
                    name = id == null ? null : departments.list().stream().filter(d -> d.id().equals(id))
                            .filter(d -> RegionCode.of(d.regionCode()).contains(plan.getRegionCode())
                                    || RegionCode.of(plan.getRegionCode()).contains(d.regionCode()))
                            .map(Departments.DepartmentView::name).findFirst().orElse(null);
                }
                case REGION -> name = ref != null && RegionCode.isValid(ref)
                        && RegionCode.of(plan.getRegionCode()).contains(ref)
                        ? regions.find(ref).map(Regions.RegionView::name).orElse(null) : null;
                case ENTERPRISE -> {
                    UUID id = uuid(ref);
                    name = id == null ? null : enterprises.find(id)
                            .filter(e -> RegionCode.of(plan.getRegionCode()).contains(e.regionCode()))
                            .map(EnterpriseSummary::name).orElse(null);
                }
                case OFFICE -> {
                    ref = null;
                    name = u.name() == null || u.name().isBlank() || u.name().strip().length() > 200 ? null
                            : u.name().strip();
                    if (name == null) {
                        v.add(new FieldViolation(field + ".name", "请填写内设机构名称(不超过200字)"));
                        continue;
                    }
                }
            }
            if (name == null) {
                v.add(new FieldViolation(field + ".ref", "关联的" + u.kind().label() + "不存在或不在本方案的辖区内"));
                continue;
            }
            if (!seen.add(u.role() + "/" + u.kind() + "/" + (ref == null ? name : ref))) {
                continue;
            }
            out.add(new TaskUnit(out.size() + 1, u.role(), u.kind(), ref, name));
        }
        return out;
    }

    private List<Milestone> milestones(List<FieldViolation> v, Plan plan, List<NewTask.Target> given) {
        List<Milestone> out = new ArrayList<>();
        if (given.size() > 20) {
            v.add(new FieldViolation("milestones", "节点不超过20个"));
            return out;
        }
        for (int i = 0; i < given.size(); i++) {
            NewTask.Target m = given.get(i);
            String field = "milestones[" + i + "]";
            if (m == null) {
                v.add(new FieldViolation(field, "节点不能为空"));
                continue;
            }
            int before = v.size();
            LocalDate due = m.dueDate();
            String phrase = m.phrase() == null || m.phrase().isBlank() ? null : m.phrase().strip();
            if (due == null && phrase == null) {
                v.add(new FieldViolation(field + ".dueDate", "请填写节点时限(日期或“2024年底前”等)"));
            } else if (due == null) {
                try {
                    due = phrases.parse(field + ".phrase", phrase, plan.getStartDate().getYear(), plan.getEndDate());
                } catch (InvalidInputException e) {
                    v.addAll(e.violations());
                }
            }
            if (due != null && due.isBefore(plan.getStartDate())) {
                v.add(new FieldViolation(field + ".dueDate", "节点时限 " + due + " 早于方案开始日期 " + plan.getStartDate()));
            } else if (due != null && due.isAfter(plan.getEndDate())) {
                v.add(new FieldViolation(field + ".dueDate", "节点时限 " + due + " 晚于方案结束日期 " + plan.getEndDate()));
            }
            String description = text(v, field + ".description", m.description(), false, 500, "节点说明");
            TargetKind kind = m.kind() == null ? TargetKind.DELIVERABLE : m.kind();
            Comparison comparison = m.comparison();
            BigDecimal value = m.value();
            String unit = text(v, field + ".unit", m.unit(), false, 20, "单位");
            String key = null;
            switch (kind) {
                case QUANTITY -> {
                    if (m.quantity() != null && !m.quantity().isBlank()) {
                        Matcher q = QUANTITY.matcher(m.quantity().strip());
                        if (!q.matches()) {
                            v.add(new FieldViolation(field + ".quantity", "数量写作“50处以上”“19座”“1000公里”"));
                        } else {
                            value = new BigDecimal(q.group(1));
                            unit = q.group(2).isEmpty() ? unit : q.group(2);
                            comparison = q.group(3) != null && (q.group(3).equals("以下") || q.group(3).equals("以内"))
                                    ? Comparison.AT_MOST : Comparison.AT_LEAST;
                        }
                    }
                    if (comparison == null) {
                        comparison = Comparison.AT_LEAST;
                    }
                    if (value == null || value.signum() <= 0) {
                        v.add(new FieldViolation(field + ".value", "请填写大于0的目标数量"));
                    }
                    if (unit == null) {
                        v.add(new FieldViolation(field + ".unit", "请填写数量的单位(处、座、公里…)"));
                    }
                }
                case METRIC -> {
                    Optional<LiveMetric> metric = metrics.find(m.metricKey());
                    if (metric.isEmpty()) {
                        v.add(new FieldViolation(field + ".metricKey", "平台没有这个指标:" + m.metricKey()));
                    } else {
                        key = metric.get().key();
                        unit = metric.get().unit();
                    }
                    if (comparison == null) {
                        v.add(new FieldViolation(field + ".comparison", "请选择比较方式(≥、≤、=)"));
                    }
                    if (value == null) {
                        v.add(new FieldViolation(field + ".value", "请填写指标的目标值"));
                    }
                }
                case DELIVERABLE -> {
                    comparison = null;
                    value = null;
                    if (description == null) {
                        v.add(new FieldViolation(field + ".description", "请写明要交付的成果"));
                    }
                }
            }
            if (v.size() == before) {
                out.add(new Milestone(out.size() + 1, due, phrase, description, kind, comparison, value, unit, key));
            }
        }
        return out;
    }

    @Transactional(readOnly = true)
    public CampaignTask task(UUID id) {
        CampaignTask t = tasks.findById(id).orElseThrow(() -> new NotFoundException("任务"));
        Plan p = plans.findById(t.getPlanId()).orElseThrow();
        if (!canSee(p) || !canSeeTask(t)) {
            throw new NotFoundException("任务");
        }
        load(t);
        return t;
    }

    // ---------------------------------------------------------------- import

    /** The import layout's columns, in order (see docs/campaign.md). */
    public static final List<String> IMPORT_COLUMNS = List.of("行动", "编号", "任务", "责任单位", "配合单位", "时限",
            "行业领域");
    public static final int MAX_IMPORT_ROWS = 500;
    private static final Pattern UNIT_SPLIT = Pattern.compile("[、;；\\n]+");
    private static final Pattern MILESTONE_SPLIT = Pattern.compile("[;；\\n]+");
    private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

    /**
     * Imports tasks (and actions not yet in the plan) from the first sheet of an xlsx: all rows or none. Units are
     * written "企业:统一社会信用代码", "区划:代码", "部门:名称" or an office's name; 时限 as "2024年底前:成果" items.
     */
    @Transactional
    public PlanImport importTasks(UUID planId, java.io.File xlsx) throws java.io.IOException {
        Plan plan = plan(planId);
        if (!canManage(plan)) {
            throw new AccessDeniedException("只有印发方案的机关(及其上级)可以导入方案的任务");
        }
        List<String[]> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<PlanImport.RowError> errors = new ArrayList<>();
        boolean[] header = {false};
        try (org.zhiben.common.document.XlsxSheetReader reader = org.zhiben.common.document.XlsxSheetReader
                .open(xlsx, IMPORT_COLUMNS.size())) {
            reader.read((n, cells) -> {
                if (!header[0]) {
                    if (org.zhiben.common.document.XlsxSheetReader.titleRow(n, cells)) {
                        return;
                    }
                    for (int i = 0; i < IMPORT_COLUMNS.size(); i++) {
                        String c = i < cells.length && cells[i] != null ? cells[i].strip() : "";
                        if (!c.equals(IMPORT_COLUMNS.get(i))) {
                            throw new InvalidInputException("file", "第" + n + "行应为表头:"
                                    + String.join("、", IMPORT_COLUMNS) + "(见导入说明)");
                        }
                    }
                    header[0] = true;
                    return;
                }
                if (rows.size() >= MAX_IMPORT_ROWS) {
                    throw new InvalidInputException("file", "一次最多导入" + MAX_IMPORT_ROWS + "项任务");
                }
                rows.add(cells);
                numbers.add(n);
            });
        } catch (org.zhiben.common.document.XlsxSheetReader.NotXlsxException e) {
            throw new InvalidInputException("file", e.userMessage());
        }
        if (!header[0]) {
            throw new InvalidInputException("file", "文件中没有表头行:" + String.join("、", IMPORT_COLUMNS));
        }
        Map<String, Integer> seen = new HashMap<>();
        List<CampaignTask> built = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] c = rows.get(i);
            int n = numbers.get(i);
            String actionTitle = cell(c, 0);
            String no = cell(c, 1);
            if (no != null && seen.containsKey(no)) {
                errors.add(new PlanImport.RowError(n, "编号", "与第" + seen.get(no) + "行的编号 " + no + " 重复"));
                continue;
            }
            if (no != null) {
                seen.put(no, n);
            }
            Integer action = null;
            if (actionTitle == null) {
                errors.add(new PlanImport.RowError(n, "行动", "请填写行动"));
                continue;
            }
            if (actionTitle.length() > 300) {
                errors.add(new PlanImport.RowError(n, "行动", "行动名称不能超过300字"));
                continue;
            }
            final String title = actionTitle;
            action = plan.getActions().stream().filter(a -> a.getTitle().equals(title)).map(PlanAction::getSeq)
                    .findFirst().orElseGet(() -> plan.addAction(title).getSeq());
            List<NewTask.Unit> units = new ArrayList<>();
            importUnits(units, UnitRole.LEAD, cell(c, 3));
            importUnits(units, UnitRole.ASSIST, cell(c, 4));
            List<NewTask.Target> milestones = new ArrayList<>();
            String due = cell(c, 5);
            if (due != null) {
                for (String item : MILESTONE_SPLIT.split(due)) {
                    if (item.isBlank()) {
                        continue;
                    }
                    String[] parts = item.strip().split("[::]", 2);
                    String when = parts[0].strip();
                    String what = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : "按方案要求完成";
                    LocalDate date = ISO_DATE.matcher(when).matches() ? parseDate(when) : null;
                    milestones.add(new NewTask.Target(date, date == null ? when : null, TargetKind.DELIVERABLE, what,
                            null, null, null, null, null));
                }
            }
            Set<String> sectors = new HashSet<>();
            if (cell(c, 6) != null) {
                for (String s : UNIT_SPLIT.split(cell(c, 6))) {
                    if (!s.isBlank()) {
                        sectors.add(s.strip());
                    }
                }
            }
            try {
                built.add(buildTask(plan, new NewTask(action, no, cell(c, 2), sectors, null, units, milestones)));
            } catch (InvalidInputException e) {
                for (FieldViolation v : e.violations()) {
                    errors.add(new PlanImport.RowError(n, column(v.field()), v.message()));
                }
            }
        }
        if (!errors.isEmpty()) {
            org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus()
                    .setRollbackOnly();
            return new PlanImport(rows.size(), 0, errors);
        }
        plans.saveAndFlush(plan);
        tasks.saveAllAndFlush(built);
        audit.record(AuditRecord.created("CampaignPlan", plan.getId(), "导入方案任务 " + built.size() + " 项",
                Map.of("tasks", built.size())));
        return new PlanImport(rows.size(), built.size(), List.of());
    }

    private static String cell(String[] c, int i) {
        return i < c.length && c[i] != null && !c[i].isBlank() ? c[i].strip() : null;
    }

    private static LocalDate parseDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private void importUnits(List<NewTask.Unit> out, UnitRole role, String text) {
        if (text == null) {
            return;
        }
        for (String item : UNIT_SPLIT.split(text)) {
            String u = item.strip();
            if (u.isEmpty()) {
                continue;
            }
            String[] kv = u.split("[::]", 2);
            if (kv.length == 2) {
                String v = kv[1].strip();
                switch (kv[0].strip()) {
                    case "企业" -> {
                        String id = enterprises.searchSummaries(new org.zhiben.directory.EnterpriseFilter(null, null,
                                null, null, null, v), org.springframework.data.domain.PageRequest.of(0, 5)).stream()
                                .filter(e -> v.equalsIgnoreCase(e.uscc())).map(e -> e.id().toString()).findFirst()
                                .orElse(v);
                        out.add(new NewTask.Unit(role, UnitKind.ENTERPRISE, id, null));
                        continue;
                    }
                    case "区划" -> {
                        out.add(new NewTask.Unit(role, UnitKind.REGION, v, null));
                        continue;
                    }
                    case "部门" -> {
                        String id = departments.list().stream().filter(d -> d.name().equals(v))
                                .map(d -> d.id().toString()).findFirst().orElse(v);
                        out.add(new NewTask.Unit(role, UnitKind.DEPARTMENT, id, null));
                        continue;
                    }
                    default -> {
                    }
                }
            }
            out.add(new NewTask.Unit(role, UnitKind.OFFICE, null, u));
        }
    }

    private static String column(String field) {
        if (field.startsWith("action")) {
            return "行动";
        }
        if (field.startsWith("taskNo")) {
            return "编号";
        }
        if (field.startsWith("text")) {
            return "任务";
        }
        if (field.startsWith("units")) {
            return "责任单位/配合单位";
        }
        if (field.startsWith("milestones")) {
            return "时限";
        }
        if (field.startsWith("sectors")) {
            return "行业领域";
        }
        return field;
    }

    // ---------------------------------------------------------------- progress reports

    /**
     * Whether the caller reports for the task: an official of the plan's jurisdiction (or above), of a department
     * or region among its units; an enterprise's principal or safety manager when the enterprise is one of its units.
     */
    public boolean canReport(CampaignTask t) {
        Optional<CurrentUser> me = DataScopes.currentUser();
        if (me.isEmpty()) {
            return false;
        }
        CurrentUser u = me.get();
        if (u.is(Role.OFFICIAL)) {
            Plan p = plans.findById(t.getPlanId()).orElseThrow();
            DataScope scope = scopes.current();
            return scope.coversRegion(p.getRegionCode())
                    || u.departmentId() != null && t.hasUnit(UnitKind.DEPARTMENT, u.departmentId().toString())
                    || t.getUnits().stream().anyMatch(x -> x.getKind() == UnitKind.REGION
                            && scope.coversRegion(x.getRef()));
        }
        return u.enterpriseId() != null && u.managerOf(u.enterpriseId())
                && t.hasUnit(UnitKind.ENTERPRISE, u.enterpriseId().toString());
    }

    /** A monthly report with evidence; the task is evaluated at once (滞后 → 推进中 when it catches up). */
    @Transactional
    public void report(UUID taskId, long version, ProgressData d) {
        CampaignTask t = task(taskId);
        if (!canReport(t)) {
            throw new AccessDeniedException("只有该任务的责任单位、配合单位或方案印发机关可以报送进展");
        }
        CurrentUser me = DataScopes.currentUser().orElseThrow();
        List<FieldViolation> v = new ArrayList<>();
        String narrative = text(v, "narrative", d.narrative(), true, 2000, "进展情况");
        if (d.percent() == null) {
            v.add(new FieldViolation("percent", "请填写完成进度(%)"));
        }
        List<ProgressData.Upload> uploads = d.evidence() == null ? List.of() : d.evidence();
        if (uploads.size() > MAX_EVIDENCE_FILES) {
            v.add(new FieldViolation("evidence", "佐证材料不超过" + MAX_EVIDENCE_FILES + "个文件"));
        }
        refuseIfAny(v);
        TASK.requireVersion(t, version);
        List<Evidence> evidence = store(uploads);
        Plan plan = plans.findById(t.getPlanId()).orElseThrow();
        String unitName = unitName(t, me);
        Instant now = clock.instant();
        try {
            changes.apply(TASK, t, version, "REPORT", "报送进展 " + t.getTaskNo() + ":" + brief(narrative), x -> {
                x.report(YearMonth.now(clock.withZone(Zones.CHINA)).toString(), now, me.id(), me.displayName(),
                        unitName, d.claim() == null ? ReportClaim.PROGRESS : d.claim(), d.percent(), d.quantity(),
                        narrative, d.milestoneId(), evidence);
                x.evaluate(today(), plan.getStartDate(), measure(plan, x), tolerance, now);
            });
        } catch (RuntimeException refused) {
            evidence.forEach(e -> deleteQuietly(e.getFileKey()));
            throw refused;
        }
    }

    private void deleteQuietly(String key) {
        try {
            files.delete(key);
        } catch (IOException | RuntimeException ignored) {
            // best effort: a file no report names is never served
        }
    }

    private String unitName(CampaignTask t, CurrentUser me) {
        if (me.enterpriseId() != null) {
            return t.getUnits().stream().filter(u -> me.enterpriseId().toString().equals(u.getRef()))
                    .map(TaskUnit::getName).findFirst().orElse(me.displayName());
        }
        if (me.departmentId() != null) {
            Optional<String> dep = t.getUnits().stream().filter(u -> me.departmentId().toString().equals(u.getRef()))
                    .map(TaskUnit::getName).findFirst();
            if (dep.isPresent()) {
                return dep.get();
            }
        }
        return regions.find(me.regionCode()).map(Regions.RegionView::name).orElse(me.displayName());
    }

    private List<Evidence> store(List<ProgressData.Upload> uploads) {
        List<Evidence> out = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            ProgressData.Upload u = uploads.get(i);
            String name = u.name() == null || u.name().isBlank() ? "佐证" + (i + 1) : u.name().strip();
            if (name.length() > 200) {
                name = name.substring(name.length() - 200);
            }
            try (InputStream in = u.open()) {
                StoredFile f = files.store(in, EVIDENCE_TYPES, MAX_EVIDENCE_BYTES);
                out.add(new Evidence(i + 1, f.key(), f.type(), f.size(), f.sha256(), name));
            } catch (InvalidInputException e) {
                throw new InvalidInputException("evidence", "佐证材料“" + name + "”应为 JPEG、PNG、PDF、Word 或 Excel 文件,且不超过20 MB");
            } catch (IOException e) {
                throw new InvalidInputException("evidence", "佐证材料“" + name + "”无法读取");
            }
        }
        return out;
    }

    /** The office accepts or returns a pending report (a completion claim or a deliverable). */
    @Transactional
    public void review(UUID taskId, long version, UUID reportId, boolean accept, String note) {
        CampaignTask t = task(taskId);
        Plan plan = plans.findById(t.getPlanId()).orElseThrow();
        CurrentUser me = officeOf(plan);
        ProgressReport r = t.getReports().stream().filter(x -> x.getId().equals(reportId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("reportId", "进展报告不存在"));
        if (accept && r.getReportedBy().equals(me.id())) {
            throw new AccessDeniedException("不能审核自己报送的进展");
        }
        Instant now = clock.instant();
        changes.apply(TASK, t, version, accept ? "ACCEPT" : "RETURN", (accept ? "认可 " : "退回 ") + t.getTaskNo()
                + (note == null ? "" : ":" + brief(note)), x -> {
                    if (accept) {
                        x.accept(reportId, me.displayName(), note, today(), now);
                        x.evaluate(today(), plan.getStartDate(), measure(plan, x), tolerance, now);
                    } else {
                        x.returnReport(reportId, me.displayName(), note, now);
                    }
                });
    }

    /** The office confirms or declines (a reason required) the proposed escalation step. */
    @Transactional
    public void decideEscalation(UUID taskId, long version, boolean confirm, String note) {
        CampaignTask t = task(taskId);
        Plan plan = plans.findById(t.getPlanId()).orElseThrow();
        CurrentUser me = officeOf(plan);
        Instant now = clock.instant();
        changes.apply(TASK, t, version, confirm ? "CONFIRM_ESCALATION" : "DECLINE_ESCALATION",
                (confirm ? "确认督促 " : "暂不督促 ") + t.getTaskNo(),
                x -> x.decideEscalation(confirm, me.id(), me.displayName(), note, now));
    }

    private CurrentUser officeOf(Plan plan) {
        CurrentUser me = DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
        if (!me.is(Role.OFFICIAL) || !scopes.current().coversRegion(plan.getRegionCode())) {
            throw new AccessDeniedException("只有印发方案的机关(及其上级)可以审核进展和确认督促");
        }
        return me;
    }

    // ---------------------------------------------------------------- evaluation, escalation and snapshots

    public record Evaluation(int evaluated, int changed, int escalationsProposed) {
    }

    /** Evaluates every task not accepted as completed on {@code today}; each task in its own transaction. */
    public Evaluation evaluateAll(LocalDate today) {
        return evaluate(tasks.findOpenIds(), today);
    }

    /** Evaluates the given tasks on {@code today} (the daily job: every open task; tests: their own). */
    Evaluation evaluate(Collection<UUID> ids, LocalDate today) {
        int evaluated = 0;
        int changed = 0;
        int proposed = 0;
        Map<String, BigDecimal> cache = new HashMap<>();
        for (UUID id : ids) {
            int[] r = tx.execute(s -> {
                CampaignTask t = tasks.findById(id).orElse(null);
                if (t == null) {
                    return new int[] {0, 0};
                }
                Plan plan = plans.findById(t.getPlanId()).orElseThrow();
                Instant now = clock.instant();
                boolean c = t.evaluate(today, plan.getStartDate(), measure(plan, t, cache), tolerance, now);
                int p = 0;
                Optional<EscalationStep> step = t.escalationDue(ladder, today);
                if (step.isPresent()) {
                    t.proposeEscalation(step.get(), now);
                    p = 1;
                }
                return new int[] {c ? 1 : 0, p};
            });
            evaluated++;
            changed += r[0];
            proposed += r[1];
        }
        return new Evaluation(evaluated, changed, proposed);
    }

    /** The current value of each of the task's metric-bound milestones that can be measured, by milestone id. */
    public Map<UUID, BigDecimal> measure(Plan plan, CampaignTask t) {
        return measure(plan, t, new HashMap<>());
    }

    /** Brings the plan's open tasks up to {@code today} (as the daily job does), e.g. before an agenda is drawn. */
    public Evaluation evaluatePlan(UUID planId, LocalDate today) {
        plan(planId);
        Set<UUID> open = new HashSet<>(tasks.findOpenIds());
        return evaluate(tasks.findByPlanIdOrderByCreatedAt(planId).stream().map(CampaignTask::getId)
                .filter(open::contains).toList(), today);
    }

    /**
     * A meeting's follow-up on a task of a plan the caller manages: a note and/or a date to act by, through a
     * versioned change of the task (audited).
     */
    @Transactional
    public void followUp(UUID taskId, String note, LocalDate due, String meeting) {
        CampaignTask t = task(taskId);
        Plan plan = plans.findById(t.getPlanId()).orElseThrow();
        officeOf(plan);
        changes.apply(TASK, t, t.getVersion(), "FOLLOW_UP", "会议督办 " + t.getTaskNo() + "(" + meeting + ")"
                + (note == null || note.isBlank() ? "" : ":" + brief(note)) + (due == null ? "" : ",限" + due),
                x -> x.followUp(note, due, clock.instant()));
    }

    private Map<UUID, BigDecimal> measure(Plan plan, CampaignTask t, Map<String, BigDecimal> cache) {
        Map<UUID, BigDecimal> values = new HashMap<>();
        for (Milestone m : t.getMilestones()) {
            if (m.getTargetKind() != TargetKind.METRIC) {
                continue;
            }
            Optional<LiveMetric> metric = metrics.find(m.getMetricKey());
            if (metric.isEmpty()) {
                continue;
            }
            String k = m.getMetricKey() + "|" + plan.getRegionCode() + "|" + t.getSectors().encode();
            BigDecimal value = cache.computeIfAbsent(k, x -> metric.get()
                    .measure(new LiveMetric.Area(plan.getRegionCode(), t.getSectors().codes())));
            values.put(m.getId(), value);
        }
        return values;
    }

    /** Keeps today's value of every bound metric over its area (once a day; a second run adds nothing). */
    @Transactional
    public int snapshotMetrics(LocalDate today) {
        List<Map<String, Object>> areas = jdbc.queryForList("""
                select distinct m.metric_key, p.region_code, t.sectors from campaign_milestone m
                join campaign_task t on t.id = m.task_id join campaign_plan p on p.id = t.plan_id
                where m.target_kind = 'METRIC'""");
        int n = 0;
        for (Map<String, Object> a : areas) {
            String key = (String) a.get("metric_key");
            String region = (String) a.get("region_code");
            String sectors = (String) a.get("sectors");
            Optional<LiveMetric> metric = metrics.find(key);
            if (metric.isEmpty()) {
                continue;
            }
            Integer exists = jdbc.queryForObject("select count(*) from campaign_metric_snapshot where metric_key = ?"
                    + " and region_code = ? and sectors = ? and taken_on = ?", Integer.class, key, region, sectors,
                    today);
            if (exists != null && exists > 0) {
                continue;
            }
            BigDecimal value = metric.get().measure(new LiveMetric.Area(region, SectorSet.decode(sectors).codes()));
            n += jdbc.update("insert into campaign_metric_snapshot (metric_key, region_code, sectors, taken_on, metric_value)"
                    + " values (?, ?, ?, ?, ?)", key, region, sectors, today, value);
        }
        return n;
    }

    public record TrendPoint(LocalDate day, BigDecimal value) {
    }

    /** The snapshots of a metric-bound milestone's area, oldest first (at most the last 400 days). */
    @Transactional(readOnly = true)
    public List<TrendPoint> trend(UUID taskId, UUID milestoneId) {
        CampaignTask t = task(taskId);
        Milestone m = t.milestone(milestoneId).filter(x -> x.getTargetKind() == TargetKind.METRIC)
                .orElseThrow(() -> new NotFoundException("节点"));
        Plan plan = plans.findById(t.getPlanId()).orElseThrow();
        return jdbc.query("select taken_on, metric_value from campaign_metric_snapshot where metric_key = ? and region_code = ?"
                + " and sectors = ? and taken_on >= ? order by taken_on", (rs, i) -> new TrendPoint(
                        rs.getObject(1, LocalDate.class), rs.getBigDecimal(2)), m.getMetricKey(),
                plan.getRegionCode(), t.getSectors().encode(), today().minusDays(400));
    }

    // ---------------------------------------------------------------- roll-up and dashboard

    /** A task and the lower plans' tasks that implement it, down the tree. */
    public record RollUp(UUID taskId, UUID planId, String planTitle, PlanLevel level, String taskNo, String text,
            TaskState state, int progress, List<RollUp> below, Map<TaskState, Integer> counts, int averageProgress) {
    }

    @Transactional(readOnly = true)
    public RollUp rollUp(UUID taskId) {
        CampaignTask top = task(taskId);
        Map<UUID, Plan> planById = new HashMap<>();
        return rollUp(top, planById, 0);
    }

    private RollUp rollUp(CampaignTask t, Map<UUID, Plan> planById, int depth) {
        Plan p = planById.computeIfAbsent(t.getPlanId(), id -> plans.findById(id).orElseThrow());
        List<RollUp> below = depth >= 6 ? List.of() : tasks.findByImplementsIdIn(List.of(t.getId())).stream()
                .sorted(Comparator.comparing(CampaignTask::getTaskNo, Campaigns::compareNumbers))
                .map(c -> rollUp(c, planById, depth + 1)).toList();
        Map<TaskState, Integer> counts = new EnumMap<>(TaskState.class);
        int[] sum = {0, 0};
        for (RollUp b : below) {
            b.counts().forEach((k, n) -> counts.merge(k, n, Integer::sum));
            sum[0] += b.averageProgress() * b.counts().values().stream().mapToInt(Integer::intValue).sum();
            sum[1] += b.counts().values().stream().mapToInt(Integer::intValue).sum();
        }
        counts.merge(t.getState(), 1, Integer::sum);
        sum[0] += t.getProgress();
        sum[1] += 1;
        return new RollUp(t.getId(), p.getId(), p.getTitle(), p.getLevel(), t.getTaskNo(), t.getText(), t.getState(),
                t.getProgress(), below, counts, sum[0] / sum[1]);
    }

    public record ActionRow(int seq, String title, int tasks, Map<TaskState, Integer> counts, int averageProgress) {
    }

    public record UnitRank(String unit, int tasks, int completed, int lagging, int onTimeRate) {
    }

    public record PlanRow(UUID planId, String title, PlanLevel level, String region, int tasks,
            Map<TaskState, Integer> counts, int averageProgress, int onTimeRate) {
    }

    public record Dashboard(Plan plan, List<ActionRow> actions, List<PlanRow> lower, List<UnitRank> ranking,
            Map<TaskState, Integer> counts, int onTimeRate) {
    }

    /** The plan's actions with their task states, its lower plans (drill-down) and the 晾晒 ranking of its units. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(UUID planId) {
        Plan plan = plan(planId);
        List<CampaignTask> own = tasksOf(planId);
        List<ActionRow> actions = new ArrayList<>();
        for (PlanAction a : plan.getActions()) {
            List<CampaignTask> in = own.stream().filter(t -> t.getActionId().equals(a.getId())).toList();
            actions.add(new ActionRow(a.getSeq(), a.getTitle(), in.size(), counts(in), average(in)));
        }
        List<PlanRow> lower = plans.findByParentId(planId).stream().filter(this::canSee).map(p -> {
            List<CampaignTask> in = tasks.findByPlanIdOrderByCreatedAt(p.getId()).stream().filter(this::canSeeTask)
                    .toList();
            return new PlanRow(p.getId(), p.getTitle(), p.getLevel(),
                    regions.find(p.getRegionCode()).map(Regions.RegionView::name).orElse(p.getRegionCode()), in.size(),
                    counts(in), average(in), onTime(in));
        }).toList();
        return new Dashboard(plan, actions, lower, ranking(own), counts(own), onTime(own));
    }

    /** 晾晒: responsible units by their share of tasks not lagging, best first (ties: more tasks first). */
    static List<UnitRank> ranking(Collection<CampaignTask> list) {
        Map<String, List<CampaignTask>> byUnit = new LinkedHashMap<>();
        for (CampaignTask t : list) {
            for (TaskUnit u : t.units(UnitRole.LEAD)) {
                byUnit.computeIfAbsent(u.getName(), k -> new ArrayList<>()).add(t);
            }
        }
        return byUnit.entrySet().stream().map(e -> new UnitRank(e.getKey(), e.getValue().size(),
                (int) e.getValue().stream().filter(t -> t.getState() == TaskState.COMPLETED).count(),
                (int) e.getValue().stream().filter(t -> t.getState() == TaskState.LAGGING).count(),
                onTime(e.getValue()))).sorted(Comparator.comparingInt(UnitRank::onTimeRate).reversed()
                        .thenComparing(Comparator.comparingInt(UnitRank::tasks).reversed())
                        .thenComparing(UnitRank::unit)).toList();
    }

    static Map<TaskState, Integer> counts(Collection<CampaignTask> list) {
        Map<TaskState, Integer> m = new EnumMap<>(TaskState.class);
        for (TaskState s : TaskState.values()) {
            m.put(s, 0);
        }
        list.forEach(t -> m.merge(t.getState(), 1, Integer::sum));
        return m;
    }

    static int average(Collection<CampaignTask> list) {
        return list.isEmpty() ? 0 : (int) list.stream().mapToInt(CampaignTask::getProgress).average().orElse(0);
    }

    /** Per cent of tasks not lagging (100 for none). */
    static int onTime(Collection<CampaignTask> list) {
        return list.isEmpty() ? 100 : (int) (list.stream().filter(t -> t.getState() != TaskState.LAGGING).count()
                * 100 / list.size());
    }

    /** The task's version now (for a change that follows). */
    @Transactional(readOnly = true)
    public long version(UUID taskId) {
        return task(taskId).getVersion();
    }

    /** The oldest report of the task awaiting the office's review. */
    @Transactional(readOnly = true)
    public Optional<UUID> pendingReport(UUID taskId) {
        return task(taskId).getReports().stream().filter(r -> r.getReview() == ReportReview.PENDING)
                .map(ProgressReport::getId).findFirst();
    }

    /** Whether an enterprise is a unit of any task (the navigation shows the campaign to its users). */
    @Transactional(readOnly = true)
    public boolean isUnit(UUID enterpriseId) {
        return tasks.existsByEnterpriseUnit(enterpriseId.toString());
    }

    public String regionName(String code) {
        return regions.find(code).map(Regions.RegionView::name).orElse(code);
    }

    public Optional<String> metricLabel(String key) {
        return metrics.find(key).map(LiveMetric::label);
    }

    public List<LiveMetric> metrics() {
        return metrics.all();
    }

    public Optional<String> actionTitle(Plan plan, UUID actionId) {
        return plan.action(actionId).map(a -> a.getSeq() + "、" + a.getTitle());
    }

    // ---------------------------------------------------------------- helpers

    private CurrentUser official() {
        CurrentUser me = DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
        if (!me.is(Role.OFFICIAL) && !me.is(Role.ADMIN)) {
            throw new AccessDeniedException("只有监管部门人员可以印发方案");
        }
        return me;
    }

    static void load(CampaignTask t) {
        t.getUnits().size();
        t.getMilestones().size();
        t.getReports().forEach(r -> r.getEvidence().size());
        t.getEscalations().size();
    }

    /** "3.10" after "3.9": numbers compared part by part. */
    static int compareNumbers(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d{1,9}") && y[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static UUID uuid(String s) {
        try {
            return s == null ? null : UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(List<FieldViolation> v, String field, String value, boolean required, int max,
            String label) {
        return InputRules.text(v, field, value, required, max, label);
    }

    private static void refuseIfAny(List<FieldViolation> v) {
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    static String brief(String s) {
        return s == null ? "" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    static Map<String, Object> snapshot(CampaignTask t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("taskNo", t.getTaskNo());
        m.put("state", t.getState());
        m.put("progress", t.getProgress());
        m.put("lagReason", t.getLagReason());
        m.put("returnReason", t.getReturnReason());
        m.put("followUpNote", t.getFollowUpNote());
        m.put("followUpDue", t.getFollowUpDue());
        m.put("reports", t.getReports().size());
        m.put("reviews", t.getReports().stream().map(r -> r.getReview().name()).toList());
        m.put("escalations", t.getEscalations().stream().map(e -> e.getStep() + (e.confirmed() ? "+" : e.decided()
                ? "-" : "?")).toList());
        return m;
    }
}
