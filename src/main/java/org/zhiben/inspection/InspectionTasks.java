package org.zhiben.inspection;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.SectorSet;
import org.zhiben.common.SqlFragment;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;
import org.zhiben.identity.UserRef;
import org.zhiben.inspection.internal.CyclePeriods;
import org.zhiben.inspection.internal.InspectionAccess;
import org.zhiben.inspection.internal.InspectionTask;
import org.zhiben.inspection.internal.InspectionTaskRepository;
import org.zhiben.inspection.internal.TaskGenerator;
import org.zhiben.notify.Notice;

/**
 * Inspection tasks: generated each day from the schedules ({@link #generate}, idempotent), marked missed when their
 * window closes ({@link #markMissed}, idempotent), listed for the people who do them (today, per analysis unit, per
 * enterprise) and summed up as completion rates. Every read is scoped like the enterprise it belongs to.
 */
@Service
public class InspectionTasks {

    static final String ENTITY = "InspectionTask";
    private static final int MISSED_BATCH = 500;

    private final JdbcTemplate jdbc;
    private final TaskGenerator generator;
    private final InspectionAccess access;
    private final Checklists checklists;
    private final Enterprises enterprises;
    private final UserAccounts users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final InspectionTaskRepository repository;

    InspectionTasks(JdbcTemplate jdbc, TaskGenerator generator, InspectionAccess access, Checklists checklists,
            Enterprises enterprises, UserAccounts users, AuditTrail audit, ApplicationEventPublisher events,
            TransactionTemplate tx, Clock clock, InspectionTaskRepository repository) {
        this.jdbc = jdbc;
        this.generator = generator;
        this.access = access;
        this.checklists = checklists;
        this.enterprises = enterprises;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.repository = repository;
    }

    static final RowMapper<TaskView> VIEW = (rs, i) -> new TaskView(rs.getObject("id", UUID.class),
            rs.getObject("enterprise_id", UUID.class), TaskType.valueOf(rs.getString("task_type")),
            rs.getBoolean("baobao"), rs.getString("title"), rs.getObject("unit_id", UUID.class),
            rs.getObject("measure_id", UUID.class), rs.getObject("template_id", UUID.class),
            rs.getString("assignee_position"), rs.getObject("assignee_user_id", UUID.class),
            rs.getTimestamp("window_start").toInstant(), rs.getTimestamp("window_end").toInstant(),
            rs.getDate("due_date").toLocalDate(), TaskStatus.valueOf(rs.getString("status")),
            rs.getObject("record_id", UUID.class), rs.getLong("version"));

    /** Creates the tasks whose window opens on {@code day} (Asia/Shanghai); a second run creates none. */
    public int generate(LocalDate day) {
        return generator.generate(day);
    }

    /**
     * Marks open tasks whose window ended at or before {@code now} as missed, in batches of 500 (one transaction each),
     * publishes {@link InspectionTaskClosed} per task and one notice per enterprise to its principal and safety
     * managers. A task already done or missed is left alone, so a second run changes nothing.
     */
    public int markMissed(Instant now) {
        int total = 0;
        while (true) {
            int[] n = tx.execute(status -> missedBatch(now));
            if (n == null || n[0] == 0) {
                return total;
            }
            total += n[1];
        }
    }

    /** An open task whose window has closed, as the missed-marking batch needs it. */
    private record Overdue(UUID id, UUID enterpriseId, String regionCode, String sectors, TaskType taskType,
            boolean baobao, LocalDate dueDate, String title) {
    }

    /** {rows looked at, rows marked}: rows another run closed meanwhile are looked at but not marked. */
    private int[] missedBatch(Instant now) {
        List<Overdue> rows = jdbc.query("select id, enterprise_id, region_code, sectors, task_type, baobao, due_date,"
                + " title from inspection_task where status = 'OPEN' and window_end <= ? order by window_end, id"
                + " limit " + MISSED_BATCH, (rs, i) -> new Overdue(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        TaskType.valueOf(rs.getString(5)), rs.getBoolean(6), rs.getDate(7).toLocalDate(),
                        rs.getString(8)), Timestamp.from(now));
        if (rows.isEmpty()) {
            return new int[] {0, 0};
        }
        int[][] counts = jdbc.batchUpdate("update inspection_task set status = 'MISSED', closed_at = ?,"
                + " version = version + 1 where id = ? and status = 'OPEN'", rows, rows.size(),
                (ps, row) -> {
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setObject(2, row.id());
                });
        Map<UUID, List<Overdue>> byEnterprise = new LinkedHashMap<>();
        int k = 0;
        int marked = 0;
        for (int[] batch : counts) {
            for (int c : batch) {
                Overdue row = rows.get(k++);
                if (c != 1) {
                    continue;
                }
                marked++;
                byEnterprise.computeIfAbsent(row.enterpriseId(), x -> new ArrayList<>()).add(row);
                events.publishEvent(new InspectionTaskClosed(row.id(), row.enterpriseId(), row.regionCode(),
                        SectorSet.decode(row.sectors()).codes(), row.taskType(), row.baobao(), row.dueDate(),
                        TaskStatus.MISSED, now));
            }
        }
        byEnterprise.forEach((enterprise, missed) -> {
            Set<UUID> to = users.usersOfEnterprise(enterprise, Set.of(Role.ENTERPRISE_PRINCIPAL,
                    Role.ENTERPRISE_SAFETY_MANAGER)).stream().map(UserRef::id).collect(Collectors.toSet());
            String titles = missed.stream().limit(5).map(r -> "· " + r.title()).collect(Collectors.joining("\n"));
            events.publishEvent(new Notice("inspection.task.missed", "有" + missed.size() + "项隐患排查任务逾期未完成",
                    titles + (missed.size() > 5 ? "\n……" : ""), "/inspection/rates", to, Set.of(), enterprise,
                    missed.get(0).regionCode()));
        });
        if (marked > 0) {
            audit.record(new AuditRecord("UPDATE", ENTITY, "missed@" + now, "标记" + marked + "项排查任务逾期", null,
                    Map.of("tasks", marked, "at", now.toString())));
        }
        return new int[] {rows.size(), marked};
    }

    /** The caller's tasks whose window covers {@code day}: open ones first. */
    @Transactional(readOnly = true)
    public List<TaskView> today(LocalDate day) {
        CurrentUser me = access.me();
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select * from inspection_task t where t.window_start < ?"
                + " and t.window_end > ?");
        args.add(Timestamp.from(CyclePeriods.startOf(day.plusDays(1))));
        args.add(Timestamp.from(CyclePeriods.startOf(day)));
        mine(me, sql, args);
        sql.append(" order by case when t.status = 'OPEN' then 0 else 1 end, t.due_date, t.title, t.id");
        return jdbc.query(sql.toString(), VIEW, args.toArray());
    }

    /** The open tasks of an analysis unit today (what scanning the unit's QR code shows), within scope. */
    @Transactional(readOnly = true)
    public List<TaskView> ofUnit(UUID unitId, LocalDate day) {
        unitHeading(unitId); // a unit the caller may not see is a 404, not an empty list
        SqlFragment f = access.sql("t");
        List<Object> args = new ArrayList<>(List.of(unitId, Timestamp.from(CyclePeriods.startOf(day.plusDays(1))),
                Timestamp.from(CyclePeriods.startOf(day))));
        args.addAll(f.args());
        return jdbc.query("select * from inspection_task t where t.unit_id = ? and t.window_start < ? and"
                + " t.window_end > ? and " + f.sql() + " order by case when t.status = 'OPEN' then 0 else 1 end,"
                + " t.due_date, t.title, t.id", VIEW, args.toArray());
    }

    /** The name of the unit's enterprise if the caller may see it (for the unit page), else 404. */
    @Transactional(readOnly = true)
    public String unitHeading(UUID unitId) {
        SqlFragment f = access.sql("s");
        List<Object> args = new ArrayList<>(List.of(unitId));
        args.addAll(f.args());
        String title = jdbc.query("select s.title from inspection_schedule s where s.unit_id = ? and " + f.sql()
                + " order by s.created_at", (rs, i) -> rs.getString(1), args.toArray()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("分析单元"));
        int colon = title.indexOf(':');
        return colon > 0 ? title.substring(0, colon) : title;
    }

    /** Tasks of an enterprise due in {@code from..to}, newest first (at most 500). */
    @Transactional(readOnly = true)
    public List<TaskView> ofEnterprise(UUID enterpriseId, LocalDate from, LocalDate to) {
        access.enterprise(enterpriseId);
        checkRange(from, to);
        return jdbc.query("select * from inspection_task t where t.enterprise_id = ? and t.due_date >= ? and"
                + " t.due_date <= ? order by t.due_date desc, t.title, t.id limit 500", VIEW, enterpriseId,
                Date.valueOf(from), Date.valueOf(to));
    }

    @Transactional(readOnly = true)
    public TaskView get(UUID id) {
        return load(id).view();
    }

    @Transactional(readOnly = true)
    public TaskDetail detail(UUID id) {
        InspectionTask task = load(id);
        TaskView t = task.view();
        String name = access.find(t.enterpriseId()).map(InspectionAccess.Target::name).orElse("");
        return new TaskDetail(t, name, items(t), task.refusalFor(access.me(), clock.instant()).orElse(null));
    }

    /** The task if the caller may see it, else 404. */
    InspectionTask load(UUID id) {
        return repository.findById(id).filter(t -> access.permits(t.getEnterpriseId(), t.getRegionCode(),
                t.getSectors())).orElseThrow(() -> new NotFoundException("排查任务"));
    }

    /** What the task asks to check: the template's items, or the control measure itself. */
    public List<TaskItem> items(TaskView t) {
        if (t.templateId() != null) {
            return checklists.get(t.templateId()).items().stream().map(i -> new TaskItem(i.id(), i.code(),
                    i.content(), i.basis(), i.major(), i.hazardType())).toList();
        }
        String content = t.title();
        int colon = content.indexOf(':');
        return List.of(new TaskItem(t.measureId(), "1", "管控措施是否落实有效:" + (colon > 0
                ? content.substring(colon + 1) : content), "", false, "SAFETY"));
    }

    /** Completion rates over tasks due in {@code from..to} within the caller's scope (optionally one enterprise). */
    @Transactional(readOnly = true)
    public CompletionRates rates(LocalDate from, LocalDate to, UUID enterpriseId) {
        checkRange(from, to);
        if (enterpriseId != null) {
            access.enterprise(enterpriseId);
        }
        SqlFragment f = access.sql("t");
        StringBuilder where = new StringBuilder(" where t.due_date >= ? and t.due_date <= ? and " + f.sql());
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
        args.addAll(f.args());
        if (enterpriseId != null) {
            where.append(" and t.enterprise_id = ?");
            args.add(enterpriseId);
        }
        String counts = "sum(case when t.status = 'DONE' then 1 else 0 end),"
                + " sum(case when t.status = 'MISSED' then 1 else 0 end),"
                + " sum(case when t.status = 'OPEN' then 1 else 0 end)";
        List<RateRow> byEnterprise = group("cast(t.enterprise_id as varchar(36))", counts, where + " and t.baobao = false",
                args, 200);
        Map<UUID, String> names = enterprises.findAll(byEnterprise.stream().map(r -> UUID.fromString(r.key()))
                .toList()).stream().collect(Collectors.toMap(EnterpriseSummary::id, EnterpriseSummary::name));
        byEnterprise = byEnterprise.stream().map(r -> new RateRow(r.key(), names.getOrDefault(UUID.fromString(r.key()),
                r.key()), r.done(), r.missed(), r.open())).toList();
        List<RateRow> byPosition = group("coalesce(t.assignee_position, '')", counts, where + " and t.baobao = false",
                args, 100).stream().map(r -> new RateRow(r.key(), r.key().isEmpty() ? "未指定岗位" : r.key(), r.done(),
                r.missed(), r.open())).toList();
        List<RateRow> byType = typed(group("t.task_type", counts, where + " and t.baobao = false", args, 50));
        List<RateRow> baobaoByType = typed(group("t.task_type", counts, where + " and t.baobao = true", args, 50));
        return new CompletionRates(from, to, sum("total", "合计(不含包保)", byType), byEnterprise, byPosition, byType,
                sum("baobao", "包保责任人排查合计", baobaoByType), baobaoByType);
    }

    private List<RateRow> group(String key, String counts, String where, List<Object> args, int limit) {
        return jdbc.query("select " + key + " as k, " + counts + " from inspection_task t" + where + " group by " + key
                + " order by k limit " + limit, (rs, i) -> new RateRow(rs.getString(1), rs.getString(1),
                        rs.getLong(2), rs.getLong(3), rs.getLong(4)), args.toArray());
    }

    private static List<RateRow> typed(List<RateRow> rows) {
        return rows.stream().map(r -> new RateRow(r.key(), TaskType.valueOf(r.key()).label(), r.done(), r.missed(),
                r.open())).toList();
    }

    private static RateRow sum(String key, String label, List<RateRow> rows) {
        return new RateRow(key, label, rows.stream().mapToLong(RateRow::done).sum(),
                rows.stream().mapToLong(RateRow::missed).sum(), rows.stream().mapToLong(RateRow::open).sum());
    }

    private void mine(CurrentUser me, StringBuilder sql, List<Object> args) {
        if (me.role().isEnterpriseRole()) {
            sql.append(" and t.enterprise_id = ? and t.task_type not in ('SUPERVISION', 'EXPERT_REVIEW')");
            args.add(me.enterpriseId());
            if (me.is(Role.ENTERPRISE_WORKER)) {
                sql.append(" and (t.assignee_user_id is null or t.assignee_user_id = ?)");
                args.add(me.id());
            }
        } else {
            SqlFragment f = access.sql("t");
            sql.append(" and t.assignee_user_id = ? and ").append(f.sql());
            args.add(me.id());
            args.addAll(f.args());
        }
    }

    /**
     * The tasks the statistics' 排查任务完成率 counts ({@link ClosedTasks#condition}) in the caller's scope, narrowed to
     * {@code region} (inside the caller's jurisdiction, else 404; {@code direct}: only tasks placed at the region itself,
     * not in its sub-regions), {@code sector}, {@code enterpriseId} and
     * {@code baobao} (the 包保 holders' tasks or the others; null: both): one page in due-date order and the exact
     * total. {@link #rates} counts the same tasks per outcome.
     */
    @Transactional(readOnly = true)
    public ClosedTasks closed(LocalDate from, LocalDate to, TaskStatus outcome, String region, String sector,
            boolean direct, UUID enterpriseId, Boolean baobao, int page, int size) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "请给出开始和截止日期,截止日期不能早于开始日期");
        }
        if (outcome == TaskStatus.OPEN) {
            throw new InvalidInputException("outcome", "只能查看已完成(DONE)或已逾期(MISSED)的任务");
        }
        if (page < 0) {
            throw new InvalidInputException("page", "页码不能为负数");
        }
        SqlFragment where = access.sql("t").and(new SqlFragment(ClosedTasks.condition(outcome),
                List.of(Date.valueOf(from), Date.valueOf(to))));
        if (region != null) {
            String problem = org.zhiben.common.RegionCode.problem(region);
            if (problem != null) {
                throw new InvalidInputException("region", problem);
            }
            if (!access.coversRegion(region)) {
                throw new NotFoundException("区划");
            }
            org.zhiben.common.RegionCode code = org.zhiben.common.RegionCode.of(region);
            where = where.and(SqlFragment.of("t.region_code >= ? and t.region_code <= ?", code.rangeLow(),
                    direct ? code.directRangeHigh() : code.rangeHigh()));
        }
        if (sector != null) {
            if (!sector.matches("\\d{2}")) {
                throw new InvalidInputException("sector", "行业领域代码应为2位数字");
            }
            where = where.and(SectorSet.anyOf("t.sectors", Set.of(sector)));
        }
        if (enterpriseId != null) {
            access.enterprise(enterpriseId);
            where = where.and(SqlFragment.of("t.enterprise_id = ?", enterpriseId));
        }
        if (baobao != null) {
            where = where.and(SqlFragment.of("t.baobao = ?", baobao));
        }
        Long total = jdbc.queryForObject("select count(*) from inspection_task t where " + where.sql(), Long.class,
                where.argArray());
        List<Object> args = new ArrayList<>(where.args());
        args.add(size);
        args.add((long) page * size);
        List<TaskView> rows = jdbc.query("select * from inspection_task t where " + where.sql()
                + " order by t.due_date desc, t.id limit ? offset ?", VIEW, args.toArray());
        Map<UUID, String> names = enterprises.findAll(rows.stream().map(TaskView::enterpriseId).distinct().toList())
                .stream().collect(Collectors.toMap(EnterpriseSummary::id, EnterpriseSummary::name));
        return new ClosedTasks(from, to, outcome, baobao, rows, names, page, size, total == null ? 0 : total);
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "请给出开始和截止日期,截止日期不能早于开始日期");
        }
        if (to.isAfter(from.plusDays(400))) {
            throw new InvalidInputException("to", "统计区间不能超过400天");
        }
    }
}
