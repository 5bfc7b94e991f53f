package org.zhiben.campaign.duty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.campaign.Campaigns;
import org.zhiben.campaign.internal.CampaignTask;
import org.zhiben.campaign.internal.Plan;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.LiveMetric;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.RegionCode;
import org.zhiben.common.Zones;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.UserAccounts;
import org.zhiben.identity.UserRef;
import org.zhiben.inspection.CheckData;
import org.zhiben.inspection.InspectionSchedules;
import org.zhiben.inspection.TaskType;

/**
 * Leaders' inspection duties (领导包联, 三三查) on a plan. The office pairs a leader of its jurisdiction with an
 * enterprise for one of the plan's tasks and sets how often; the leader arranges each check as a 监管检查 of the
 * inspection engine (so it runs on the engine's checklist, phone page and record, and its findings become hazards
 * there), and the record's submission marks the visit done here. Compliance per duty, leader and period is counted
 * from the visits in one grouped query; the rate over an area is the live metric {@value #METRIC}.
 */
@Service
public class LeaderDuties {

    public static final String METRIC = "campaign.leader.visit.rate";
    static final VersionedChanges.Subject<LeaderDuty> DUTY = new VersionedChanges.Subject<>("CampaignDuty",
            LeaderDuty::getId, LeaderDuty::getVersion, d -> Map.of("leader", d.getLeaderName(),
                    "enterprise", d.getEnterpriseName(), "endDate", d.getEndDate()));
    static final int MAX_VISITS = 31;

    private final Campaigns campaigns;
    private final LeaderDutyRepository duties;
    private final InspectionSchedules inspections;
    private final UserAccounts accounts;
    private final Enterprises enterprises;
    private final DataScopes scopes;
    private final VersionedChanges changes;
    private final IdempotentCreates creates;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    LeaderDuties(Campaigns campaigns, LeaderDutyRepository duties, InspectionSchedules inspections,
            UserAccounts accounts, Enterprises enterprises, DataScopes scopes, VersionedChanges changes,
            IdempotentCreates creates, AuditTrail audit, JdbcTemplate jdbc, Clock clock) {
        this.campaigns = campaigns;
        this.duties = duties;
        this.inspections = inspections;
        this.accounts = accounts;
        this.enterprises = enterprises;
        this.scopes = scopes;
        this.changes = changes;
        this.creates = creates;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** The plan (404 when the caller may not see it, or is not an official or administrator). */
    @Transactional(readOnly = true)
    public Plan plan(UUID planId) {
        DataScope.Kind kind = scopes.current().kind();
        if (kind != DataScope.Kind.ALL && kind != DataScope.Kind.JURISDICTION) {
            throw new NotFoundException("方案");
        }
        return campaigns.plan(planId);
    }

    @Transactional(readOnly = true)
    public List<LeaderDuty> ofPlan(UUID planId) {
        plan(planId);
        return duties.findByPlanIdOrderByLeaderNameAscEnterpriseNameAsc(planId);
    }

    @Transactional(readOnly = true)
    public LeaderDuty duty(UUID id) {
        LeaderDuty d = duties.findById(id).orElseThrow(() -> new NotFoundException("包联责任"));
        plan(d.getPlanId());
        return d;
    }

    public boolean canManage(UUID planId) {
        return campaigns.canManage(plan(planId));
    }

    /** Officials an office may choose as leaders: those bound to exactly the plan's region. */
    @Transactional(readOnly = true)
    public List<UserRef> leaders(UUID planId) {
        return accounts.officialsAt(plan(planId).getRegionCode(), null);
    }

    public record Visit(UUID id, UUID inspectionTaskId, LocalDate from, LocalDate to, UUID recordId,
            LocalDate recordedOn, Integer findings) {
    }

    @Transactional(readOnly = true)
    public List<Visit> visits(UUID dutyId) {
        duty(dutyId);
        return jdbc.query("select id, inspection_task_id, window_from, window_to, record_id, recorded_on, findings "
                + "from campaign_duty_visit where duty_id = ? order by window_from desc, created_at desc",
                (rs, i) -> new Visit(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, UUID.class), rs.getObject(6, LocalDate.class),
                        (Integer) rs.getObject(7)), dutyId);
    }

    // ---------------------------------------------------------------- changes

    @Transactional
    public UUID create(UUID planId, DutyData.NewDuty d, String idempotencyKey) {
        return creates.once("campaign.duty", idempotencyKey, List.of(planId, d), () -> create(planId, d));
    }

    private UUID create(UUID planId, DutyData.NewDuty d) {
        Plan plan = plan(planId);
        if (!campaigns.canManage(plan)) {
            throw new AccessDeniedException("只有印发方案的机关(及其上级)可以设置包联责任");
        }
        List<FieldViolation> v = new ArrayList<>();
        if (d.kind() == null) {
            v.add(new FieldViolation("kind", "请选择类别(领导包联或三三查)"));
        }
        CampaignTask task = null;
        if (d.taskId() == null) {
            v.add(new FieldViolation("taskId", "请选择对应的方案任务"));
        } else {
            task = campaigns.tasksOf(planId).stream().filter(t -> t.getId().equals(d.taskId())).findFirst()
                    .orElse(null);
            if (task == null) {
                v.add(new FieldViolation("taskId", "任务不属于本方案"));
            }
        }
        UserRef leader = null;
        if (d.leaderUserId() == null) {
            v.add(new FieldViolation("leaderUserId", "请选择领导干部"));
        } else {
            leader = accounts.officialsAt(plan.getRegionCode(), null).stream()
                    .filter(u -> u.id().equals(d.leaderUserId())).findFirst().orElse(null);
            if (leader == null) {
                v.add(new FieldViolation("leaderUserId", "须为本级(" + campaigns.regionName(plan.getRegionCode())
                        + ")在用的监管账号"));
            }
        }
        String post = d.leaderPost() == null ? "" : d.leaderPost().strip();
        if (post.isEmpty()) {
            v.add(new FieldViolation("leaderPost", "请填写职务,如 党委书记、镇长、分管副镇长"));
        } else if (post.length() > 50) {
            v.add(new FieldViolation("leaderPost", "职务不能超过50个字符"));
        }
        EnterpriseSummary enterprise = null;
        if (d.enterpriseId() == null) {
            v.add(new FieldViolation("enterpriseId", "请选择包联企业"));
        } else {
            enterprise = enterprises.find(d.enterpriseId()).filter(e -> RegionCode.of(plan.getRegionCode())
                    .contains(RegionCode.of(e.regionCode()))).orElse(null);
            if (enterprise == null) {
                v.add(new FieldViolation("enterpriseId", "企业不在本方案的辖区内"));
            }
        }
        int visitsRequired = d.visitsRequired() == null ? 1 : d.visitsRequired();
        if (visitsRequired < 1 || visitsRequired > MAX_VISITS) {
            v.add(new FieldViolation("visitsRequired", "每期检查次数须在1到" + MAX_VISITS + "之间"));
        }
        LocalDate today = campaigns.today();
        LocalDate start = d.startDate() != null ? d.startDate()
                : today.isBefore(plan.getStartDate()) ? plan.getStartDate() : today;
        LocalDate end = d.endDate() != null ? d.endDate() : plan.getEndDate();
        if (start.isBefore(plan.getStartDate()) || start.isAfter(plan.getEndDate())) {
            v.add(new FieldViolation("startDate", "开始日期须在方案实施期(" + plan.getStartDate() + " 至 "
                    + plan.getEndDate() + ")内"));
        }
        if (end.isBefore(start)) {
            v.add(new FieldViolation("endDate", "结束日期不能早于开始日期"));
        } else if (end.isAfter(plan.getEndDate())) {
            v.add(new FieldViolation("endDate", "结束日期不能晚于方案结束(" + plan.getEndDate() + ")"));
        }
        if (v.isEmpty() && duties.existsByPlanIdAndKindAndLeaderUserIdAndEnterpriseId(planId, d.kind(),
                leader.id(), enterprise.id())) {
            v.add(new FieldViolation("enterpriseId", "该领导已" + d.kind().label() + "这家企业"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        DutyFrequency frequency = d.frequency() != null ? d.frequency() : defaultFrequency(enterprise.highRisk());
        LeaderDuty duty = duties.saveAndFlush(new LeaderDuty(planId, task.getId(), d.kind(), leader.id(),
                leader.displayName(), post, enterprise.id(), enterprise.name(), enterprise.regionCode(), frequency,
                visitsRequired, start, end, clock.instant()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("planId", planId);
        after.put("taskId", task.getId());
        after.put("kind", d.kind());
        after.put("leaderUserId", leader.id());
        after.put("leaderPost", post);
        after.put("enterpriseId", enterprise.id());
        after.put("frequency", frequency);
        after.put("visitsRequired", visitsRequired);
        after.put("startDate", start);
        after.put("endDate", end);
        audit.record(AuditRecord.created(DUTY.entityType(), duty.getId(), d.kind().label() + ":" + post
                + leader.displayName() + " — " + enterprise.name(), after));
        return duty.getId();
    }

    /**
     * The default frequency (seeds 000 and 002 give none for leaders; seed 002 has principals check 每季度至少1次,
     * 高危行业领域每月至少1次, and seed 000 asks 高危行业领域要加大检查频次): monthly for a high-risk enterprise.
     */
    public static DutyFrequency defaultFrequency(boolean highRisk) {
        return highRisk ? DutyFrequency.MONTH : DutyFrequency.QUARTER;
    }

    /** Ends a duty early, from the version the office saw (stale: 409). */
    @Transactional
    public void end(UUID dutyId, DutyData.EndDuty e) {
        LeaderDuty d = duty(dutyId);
        if (!campaigns.canManage(campaigns.plan(d.getPlanId()))) {
            throw new AccessDeniedException("只有印发方案的机关(及其上级)可以调整包联责任");
        }
        if (e.version() == null) {
            throw new InvalidInputException("version", "缺少版本号");
        }
        changes.apply(DUTY, d, e.version(), "END", "结束" + d.getKind().label() + ":" + d.getLeaderName() + " — "
                + d.getEnterpriseName(), x -> x.endOn(e.endDate(), clock.instant()));
    }

    /**
     * The leader arranges a check of the paired enterprise: a 监管检查 for themselves in the inspection engine (which
     * checks the template and the window: not before today, at most a year), inside the duty's dates. Answers the
     * inspection task's id.
     */
    @Transactional
    public UUID arrangeVisit(UUID dutyId, DutyData.NewVisit n, String idempotencyKey) {
        return creates.once("campaign.duty.visit", idempotencyKey, List.of(dutyId, n), () -> arrangeVisit(dutyId, n));
    }

    private UUID arrangeVisit(UUID dutyId, DutyData.NewVisit n) {
        LeaderDuty d = duty(dutyId);
        CurrentUser me = DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
        if (!me.id().equals(d.getLeaderUserId())) {
            throw new AccessDeniedException("检查由包联的领导本人安排和开展");
        }
        List<FieldViolation> v = new ArrayList<>();
        if (n.from() != null && (n.from().isBefore(d.getStartDate()) || n.from().isAfter(d.getEndDate()))) {
            v.add(new FieldViolation("from", "开始日期须在包联期限(" + d.getStartDate() + " 至 " + d.getEndDate() + ")内"));
        }
        if (n.to() != null && n.to().isAfter(d.getEndDate())) {
            v.add(new FieldViolation("to", "截止日期不能晚于包联期限的结束(" + d.getEndDate() + ")"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        UUID taskId = inspections.addCheck(d.getEnterpriseId(), new CheckData(TaskType.SUPERVISION, n.templateId(),
                d.getKind().label() + "·" + d.getLeaderPost() + d.getLeaderName(), n.from(), n.to(), null, null), null);
        UUID visitId = org.zhiben.common.Ids.newId();
        jdbc.update("insert into campaign_duty_visit (id, duty_id, inspection_task_id, window_from, window_to, "
                + "created_at) values (?, ?, ?, ?, ?, ?)", visitId, dutyId, taskId, n.from(), n.to(),
                java.sql.Timestamp.from(clock.instant()));
        audit.record(AuditRecord.created("CampaignDutyVisit", visitId, "安排" + d.getKind().label() + "检查:"
                + d.getEnterpriseName() + "(" + n.from() + " 至 " + n.to() + ")", Map.of("dutyId", dutyId,
                        "inspectionTaskId", taskId, "from", n.from(), "to", n.to())));
        return taskId;
    }

    /**
     * A 监管检查 arranged for a duty was recorded (from {@link VisitRecorder}, after the inspection committed): the
     * visit counts from that day. A record of any other task changes nothing.
     */
    @Transactional
    public void recorded(UUID inspectionTaskId, UUID recordId, LocalDate day, int findings) {
        jdbc.update("update campaign_duty_visit set record_id = ?, recorded_on = ?, findings = ? "
                + "where inspection_task_id = ? and record_id is null", recordId, day, findings, inspectionTaskId);
    }

    // ---------------------------------------------------------------- compliance

    public record PeriodRow(LocalDate start, LocalDate end, String label, int recorded, int required,
            PeriodStatus status) {
    }

    public record DutyRow(LeaderDuty duty, String taskNo, List<PeriodRow> periods, int judged, int met,
            int recorded) {

        public Integer rate() {
            return judged == 0 ? null : met * 100 / judged;
        }
    }

    public record LeaderRow(UUID leaderUserId, String leaderName, String leaderPost, int duties, int judged, int met,
            int recorded) {

        public Integer rate() {
            return judged == 0 ? null : met * 100 / judged;
        }
    }

    public record Compliance(int year, LocalDate asOf, List<DutyRow> duties, List<LeaderRow> leaders, int judged,
            int met) {

        public Integer rate() {
            return judged == 0 ? null : met * 100 / judged;
        }
    }

    /**
     * Compliance of the plan's duties in {@code year} as of {@code today}: each duty's months or quarters from its
     * start (or 1 January) to today (or its end), with the checks recorded in each; then per leader. A period is
     * 已完成 once its checks reach the number owed, 未完成 from the day after it ended short, 进行中 until then; the rate
     * is 已完成 over 已完成 + 未完成.
     */
    @Transactional(readOnly = true)
    public Compliance compliance(UUID planId, int year, LocalDate today) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "年度须在2000到2100之间");
        }
        List<LeaderDuty> list = ofPlan(planId);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Map<UUID, Map<YearMonth, Integer>> visits = visitsByMonth("d.plan_id = ?", List.of(planId), from, to);
        Map<UUID, String> taskNos = new HashMap<>();
        campaigns.tasksOf(planId).forEach(t -> taskNos.put(t.getId(), t.getTaskNo()));
        List<DutyRow> rows = new ArrayList<>();
        Map<UUID, int[]> byLeader = new LinkedHashMap<>();
        Map<UUID, LeaderDuty> leaderOf = new LinkedHashMap<>();
        int judged = 0;
        int met = 0;
        for (LeaderDuty d : list) {
            List<PeriodRow> periods = periods(d.getFrequency(), d.getVisitsRequired(), d.getStartDate(),
                    d.getEndDate(), from, to, today, visits.getOrDefault(d.getId(), Map.of()));
            int j = (int) periods.stream().filter(p -> p.status() != PeriodStatus.OPEN).count();
            int m = (int) periods.stream().filter(p -> p.status() == PeriodStatus.MET).count();
            int r = periods.stream().mapToInt(PeriodRow::recorded).sum();
            rows.add(new DutyRow(d, taskNos.get(d.getTaskId()), periods, j, m, r));
            int[] acc = byLeader.computeIfAbsent(d.getLeaderUserId(), k -> new int[4]);
            leaderOf.putIfAbsent(d.getLeaderUserId(), d);
            acc[0]++;
            acc[1] += j;
            acc[2] += m;
            acc[3] += r;
            judged += j;
            met += m;
        }
        List<LeaderRow> leaders = byLeader.entrySet().stream().map(e -> {
            LeaderDuty d = leaderOf.get(e.getKey());
            int[] a = e.getValue();
            return new LeaderRow(e.getKey(), d.getLeaderName(), d.getLeaderPost(), a[0], a[1], a[2], a[3]);
        }).sorted(Comparator.comparing((LeaderRow l) -> l.rate() == null ? 101 : l.rate())
                .thenComparing(LeaderRow::leaderName)).toList();
        return new Compliance(year, today, rows, leaders, judged, met);
    }

    /**
     * The periods of a duty inside [{@code from}, {@code to}] up to {@code today}, with the checks recorded in each.
     * The period holding the duty's start, and the one holding its end, are owed in full.
     */
    public static List<PeriodRow> periods(DutyFrequency f, int required, LocalDate dutyStart, LocalDate dutyEnd,
            LocalDate from, LocalDate to, LocalDate today, Map<YearMonth, Integer> recordedByMonth) {
        LocalDate lo = dutyStart.isAfter(from) ? dutyStart : from;
        LocalDate hi = dutyEnd.isBefore(to) ? dutyEnd : to;
        if (today.isBefore(hi)) {
            hi = today;
        }
        List<PeriodRow> rows = new ArrayList<>();
        for (LocalDate start = f.periodStart(lo); !start.isAfter(hi); start = f.periodEnd(start).plusDays(1)) {
            LocalDate end = f.periodEnd(start);
            int n = 0;
            for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
                n += recordedByMonth.getOrDefault(m, 0);
            }
            PeriodStatus s = n >= required ? PeriodStatus.MET
                    : end.isBefore(today) ? PeriodStatus.MISSED : PeriodStatus.OPEN;
            rows.add(new PeriodRow(start, end, f.periodLabel(start), n, required, s));
        }
        return rows;
    }

    /** Recorded visits per duty and month, inside the duties' own dates: one grouped query. */
    private Map<UUID, Map<YearMonth, Integer>> visitsByMonth(String condition, List<Object> args, LocalDate from,
            LocalDate to) {
        List<Object> all = new ArrayList<>(args);
        all.add(from);
        all.add(to);
        Map<UUID, Map<YearMonth, Integer>> out = new HashMap<>();
        jdbc.query("select v.duty_id, extract(year from v.recorded_on), extract(month from v.recorded_on), count(*) "
                + "from campaign_duty_visit v join campaign_duty d on d.id = v.duty_id where " + condition
                + " and v.recorded_on between ? and ? and v.recorded_on between d.start_date and d.end_date "
                + "group by v.duty_id, extract(year from v.recorded_on), extract(month from v.recorded_on)", rs -> {
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                            .put(YearMonth.of(rs.getInt(2), rs.getInt(3)), rs.getInt(4));
                }, all.toArray());
        return out;
    }

    /**
     * The live metric's value: over the duties of enterprises in the area (the area's sectors do not narrow it),
     * the periods of this year up to today, 已完成 over 已完成 + 未完成, in percent (0 with nothing judged yet).
     */
    BigDecimal rate(LiveMetric.Area area, LocalDate today) {
        LocalDate from = LocalDate.of(today.getYear(), 1, 1);
        LocalDate to = LocalDate.of(today.getYear(), 12, 31);
        Map<UUID, Map<YearMonth, Integer>> visits = visitsByMonth("d.region_code between ? and ?",
                List.of(area.low(), area.high()), from, to);
        int[] acc = new int[2];
        jdbc.query("select id, frequency, visits_required, start_date, end_date from campaign_duty "
                + "where region_code between ? and ? and start_date <= ? and end_date >= ?", rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    for (PeriodRow p : periods(DutyFrequency.valueOf(rs.getString(2)), rs.getInt(3),
                            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), from, to, today,
                            visits.getOrDefault(id, Map.of()))) {
                        if (p.status() != PeriodStatus.OPEN) {
                            acc[0]++;
                        }
                        if (p.status() == PeriodStatus.MET) {
                            acc[1]++;
                        }
                    }
                }, area.low(), area.high(), today, from);
        return acc[0] == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(acc[1] * 100L).divide(BigDecimal.valueOf(acc[0]), 1, RoundingMode.HALF_UP);
    }

    public Optional<Visit> visitOfInspection(UUID inspectionTaskId) {
        return jdbc.query("select id, inspection_task_id, window_from, window_to, record_id, recorded_on, findings "
                + "from campaign_duty_visit where inspection_task_id = ?", (rs, i) -> new Visit(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, UUID.class),
                        rs.getObject(6, LocalDate.class), (Integer) rs.getObject(7)), inspectionTaskId)
                .stream().findFirst();
    }

    @Configuration
    static class Metric {

        @Bean
        LiveMetric leaderVisitRate(LeaderDuties duties, Clock clock) {
            return LiveMetric.of(METRIC, "领导包联检查完成率", "%", false,
                    area -> duties.rate(area, LocalDate.now(clock.withZone(Zones.CHINA))));
        }
    }
}
