package org.zhiben.campaign.routine;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.campaign.Campaigns;
import org.zhiben.campaign.ProgressData;
import org.zhiben.campaign.TaskState;
import org.zhiben.campaign.UnitKind;
import org.zhiben.campaign.internal.CampaignTask;
import org.zhiben.campaign.internal.Plan;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.FileStore;
import org.zhiben.common.FileType;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.RegionCode;
import org.zhiben.common.StaleVersionException;
import org.zhiben.common.StoredFile;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.Regions;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.Role;

/**
 * The office's routine around a plan (seed 000: 每月专题研究、调度; 报送镇工业办; 12月1日前年度总结; 2026年11月20日前评估报告):
 * the monthly meeting with its agenda drawn from the lagging and escalated tasks and its minutes, the filing
 * requirements with their expected filers and receipts, and the yearly summary and evaluation report, drafted here as a
 * docx and submitted back as the signed final. Everything is read through {@link Campaigns#plan}: a plan the caller
 * may not see is 404; changes are for the plan's office ({@link Campaigns#canManage}).
 */
@Service
public class Routines {

    static final VersionedChanges.Subject<Meeting> MEETING = new VersionedChanges.Subject<>("CampaignMeeting",
            Meeting::getId, Meeting::getVersion, Routines::snapshot);
    static final VersionedChanges.Subject<Paper> PAPER = new VersionedChanges.Subject<>("CampaignPaper",
            Paper::getId, Paper::getVersion, p -> Map.of("kind", p.getKind(), "year", p.getYear(),
                    "sha256", String.valueOf(p.getSha256()), "onTime", p.isOnTime()));

    /** Filings: the documents lower levels and enterprises send (PDF, Word, Excel), by content; 20 MB. */
    public static final Set<FileType> FILING_TYPES = Set.of(FileType.PDF, FileType.DOCX, FileType.XLSX);
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final Campaigns campaigns;
    private final MeetingRepository meetings;
    private final FilingRequirementRepository requirements;
    private final FilingRepository filings;
    private final PaperRepository papers;
    private final VersionedChanges changes;
    private final IdempotentCreates creates;
    private final AuditTrail audit;
    private final FileStore files;
    private final Regions regions;
    private final Enterprises enterprises;
    private final DataScopes scopes;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MonthDay evaluationDue;

    Routines(Campaigns campaigns, MeetingRepository meetings, FilingRequirementRepository requirements,
            FilingRepository filings, PaperRepository papers, VersionedChanges changes, IdempotentCreates creates,
            AuditTrail audit, FileStore files, Regions regions, Enterprises enterprises, DataScopes scopes,
            JdbcTemplate jdbc, Clock clock,
            @Value("${zhiben.campaign.evaluation-due:--11-20}") String evaluationDue) {
        this.campaigns = campaigns;
        this.meetings = meetings;
        this.requirements = requirements;
        this.filings = filings;
        this.papers = papers;
        this.changes = changes;
        this.creates = creates;
        this.audit = audit;
        this.files = files;
        this.regions = regions;
        this.enterprises = enterprises;
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.clock = clock;
        this.evaluationDue = MonthDay.parse(evaluationDue);
    }

    // ---------------------------------------------------------------- meetings

    @Transactional
    public UUID createMeeting(UUID planId, RoutineData.NewMeeting m, String idempotencyKey) {
        return creates.once("campaign.meeting", idempotencyKey, m, () -> createMeeting(planId, m,
                campaigns.today()));
    }

    /**
     * The month's meeting with its agenda as of {@code today}: the plan's open tasks are evaluated for that day
     * first, then every task lagging — or with an escalation step under way — becomes an item, in task order.
     */
    @Transactional
    public UUID createMeeting(UUID planId, RoutineData.NewMeeting m, LocalDate today) {
        Plan plan = office(planId);
        List<FieldViolation> v = new ArrayList<>();
        YearMonth month = null;
        if (m.period() == null || !m.period().strip().matches("\\d{4}-\\d{2}")) {
            v.add(new FieldViolation("period", "请填写会议所属月份,如 2025-01"));
        } else {
            try {
                month = YearMonth.parse(m.period().strip());
            } catch (DateTimeParseException e) {
                v.add(new FieldViolation("period", "请填写会议所属月份,如 2025-01"));
            }
        }
        if (month != null && (month.isBefore(YearMonth.from(plan.getStartDate()))
                || month.isAfter(YearMonth.from(plan.getEndDate())))) {
            v.add(new FieldViolation("period", "月份须在方案实施期(" + plan.getStartDate() + " 至 " + plan.getEndDate()
                    + ")内"));
            month = null;
        }
        if (month != null && meetings.existsByPlanIdAndPeriod(planId, month.toString())) {
            v.add(new FieldViolation("period", "本方案" + month + "已有专题研究/调度会议"));
        }
        if (m.heldOn() == null) {
            v.add(new FieldViolation("heldOn", "请填写会议日期"));
        } else if (month != null && !YearMonth.from(m.heldOn()).equals(month)) {
            v.add(new FieldViolation("heldOn", "会议日期须在" + month + "内"));
        }
        String title = text(v, "title", m.title(), false, 200, "会议名称");
        String place = text(v, "place", m.place(), false, 200, "会议地点");
        refuseIfAny(v);
        MeetingKind kind = m.kind() == null ? MeetingKind.DISPATCH : m.kind();
        if (title == null) {
            title = month.getYear() + "年" + month.getMonthValue() + "月治本攻坚" + kind.label() + "会";
        }
        campaigns.evaluatePlan(planId, today);
        Meeting meeting = new Meeting(planId, month, m.heldOn(), kind, title, place, today, clock.instant());
        for (CampaignTask t : agendaTasks(planId)) {
            boolean escalated = t.pendingEscalation().isPresent() || t.getState() == TaskState.LAGGING
                    && t.getEscalations().stream().anyMatch(e -> e.confirmed());
            meeting.add(t.getId(), escalated ? AgendaSource.ESCALATED : AgendaSource.LAGGING, topic(t));
        }
        meetings.saveAndFlush(meeting);
        audit.record(AuditRecord.created("CampaignMeeting", meeting.getId(), "安排" + title + "(议程" +
                meeting.getItems().size() + "项)", snapshot(meeting)));
        return meeting.getId();
    }

    /** The plan's tasks for an agenda: lagging, or with an escalation step proposed and not yet decided. */
    private List<CampaignTask> agendaTasks(UUID planId) {
        return campaigns.tasksOf(planId).stream().filter(t -> t.getState() == TaskState.LAGGING
                || t.pendingEscalation().isPresent()).toList();
    }

    private static String topic(CampaignTask t) {
        String s = "任务" + t.getTaskNo() + " " + brief(t.getText(), 120);
        if (t.getLagReason() != null) {
            s += ":" + t.getLagReason();
        }
        if (t.pendingEscalation().isPresent()) {
            s += "(拟" + t.pendingEscalation().get().getStep().label() + ")";
        }
        return brief(s, 500);
    }

    @Transactional(readOnly = true)
    public List<Meeting> meetings(UUID planId) {
        campaigns.plan(planId);
        List<Meeting> list = meetings.findByPlanIdOrderByPeriodDesc(planId);
        list.forEach(x -> x.getItems().size());
        return list;
    }

    @Transactional(readOnly = true)
    public Meeting meeting(UUID id) {
        Meeting m = meetings.findById(id).orElseThrow(() -> new NotFoundException("会议"));
        try {
            campaigns.plan(m.getPlanId());
        } catch (NotFoundException e) {
            throw new NotFoundException("会议");
        }
        m.getItems().size();
        return m;
    }

    /** Adds a topic, rewords or removes an item, from the version the office saw. */
    @Transactional
    public void changeAgenda(UUID meetingId, RoutineData.AgendaChange c) {
        Meeting m = meeting(meetingId);
        office(m.getPlanId());
        long version = InputRules.version(c.version());
        String action = c.action() == null ? "" : c.action().strip().toUpperCase();
        List<FieldViolation> v = new ArrayList<>();
        String topic = "REMOVE".equals(action) ? null : text(v, "topic", c.topic(), true, 500, "议题");
        if (!Set.of("ADD", "RETITLE", "REMOVE").contains(action)) {
            v.add(new FieldViolation("action", "请选择:增补(ADD)、修改(RETITLE)或删除(REMOVE)"));
        }
        if (!"ADD".equals(action) && c.seq() == null) {
            v.add(new FieldViolation("seq", "请指明议程的序号"));
        }
        refuseIfAny(v);
        var now = clock.instant();
        switch (action) {
            case "ADD" -> changes.apply(MEETING, m, version, "AGENDA_ADD", "增补议题:" + brief(topic, 40),
                    x -> x.addTopic(topic, now));
            case "RETITLE" -> changes.apply(MEETING, m, version, "AGENDA_EDIT", "修改议程第" + c.seq() + "项",
                    x -> x.retitle(c.seq(), topic, now));
            default -> changes.apply(MEETING, m, version, "AGENDA_REMOVE", "删除议程第" + c.seq() + "项",
                    x -> x.remove(c.seq(), now));
        }
    }

    /**
     * The minutes; each item's follow-up (a note and/or a date to act by) is written onto its task, audited on the
     * task as well.
     */
    @Transactional
    public void minute(UUID meetingId, RoutineData.Minutes d) {
        Meeting m = meeting(meetingId);
        office(m.getPlanId());
        CurrentUser me = DataScopes.currentUser().orElseThrow();
        long version = InputRules.version(d.version());
        List<FieldViolation> v = new ArrayList<>();
        String chair = text(v, "chair", d.chair(), false, 100, "主持人");
        String attendees = text(v, "attendees", d.attendees(), true, 1000, "参会人员");
        List<Meeting.Minute> minutes = new ArrayList<>();
        List<RoutineData.ItemMinute> items = d.items() == null ? List.of() : d.items();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            RoutineData.ItemMinute it = items.get(i);
            String f = "items[" + i + "]";
            if (it == null || it.seq() == null || m.getItems().stream().noneMatch(x -> x.getSeq() == it.seq())) {
                v.add(new FieldViolation(f + ".seq", "议程中没有这一项"));
                continue;
            }
            if (!seen.add(it.seq())) {
                v.add(new FieldViolation(f + ".seq", "议程第" + it.seq() + "项重复"));
                continue;
            }
            String decision = text(v, f + ".decision", it.decision(), false, 2000, "议定事项");
            String note = text(v, f + ".followUpNote", it.followUpNote(), false, 1000, "督办要求");
            if (it.followUpDue() != null && it.followUpDue().isBefore(m.getHeldOn())) {
                v.add(new FieldViolation(f + ".followUpDue", "限办日期不能早于会议日期 " + m.getHeldOn()));
            }
            if (m.item(it.seq()).getTaskId() == null && (note != null || it.followUpDue() != null)) {
                v.add(new FieldViolation(f + ".followUpNote", "增补议题没有对应任务,不能设置督办要求"));
            }
            minutes.add(new Meeting.Minute(it.seq(), decision, note, it.followUpDue()));
        }
        refuseIfAny(v);
        var now = clock.instant();
        changes.apply(MEETING, m, version, "MINUTES", "会议纪要:" + m.getTitle(),
                x -> x.minute(chair, attendees, minutes, me.displayName(), now));
        for (Meeting.Minute x : minutes) {
            UUID task = m.item(x.seq()).getTaskId();
            if (task != null && (x.followUpNote() != null || x.followUpDue() != null)) {
                campaigns.followUp(task, x.followUpNote(), x.followUpDue(), m.getTitle());
            }
        }
    }

    /** A month of the meeting calendar, from the plan's start to this month (or its end). */
    public record MonthRow(YearMonth month, MonthStatus status, Meeting meeting) {
    }

    /** Every month of the plan up to {@code today}'s: a month that passed without a meeting is 未召开. */
    @Transactional(readOnly = true)
    public List<MonthRow> calendar(UUID planId, LocalDate today) {
        Plan plan = campaigns.plan(planId);
        Map<String, Meeting> byMonth = new LinkedHashMap<>();
        meetings.findByPlanIdOrderByPeriodDesc(planId).forEach(m -> {
            m.getItems().size();
            byMonth.put(m.getPeriod(), m);
        });
        YearMonth now = YearMonth.from(today);
        YearMonth last = YearMonth.from(plan.getEndDate()).isBefore(now) ? YearMonth.from(plan.getEndDate()) : now;
        List<MonthRow> rows = new ArrayList<>();
        for (YearMonth ym = YearMonth.from(plan.getStartDate()); !ym.isAfter(last); ym = ym.plusMonths(1)) {
            Meeting m = byMonth.get(ym.toString());
            MonthStatus s = m != null ? (m.minuted() ? MonthStatus.MINUTED : MonthStatus.SCHEDULED)
                    : ym.equals(now) ? MonthStatus.DUE : MonthStatus.MISSING;
            rows.add(new MonthRow(ym, s, m));
        }
        java.util.Collections.reverse(rows);
        return rows;
    }

    // ---------------------------------------------------------------- filings

    @Transactional
    public UUID createRequirement(UUID planId, RoutineData.NewRequirement r, String idempotencyKey) {
        return creates.once("campaign.filing", idempotencyKey, r, () -> createRequirement(planId, r));
    }

    private UUID createRequirement(UUID planId, RoutineData.NewRequirement r) {
        Plan plan = office(planId);
        List<FieldViolation> v = new ArrayList<>();
        String title = text(v, "title", r.title(), true, 300, "报送事项");
        String filedWith = text(v, "filedWith", r.filedWith(), true, 200, "报送对象(如 镇工业办)");
        if (r.dueDate() == null) {
            v.add(new FieldViolation("dueDate", "请填写报送时限"));
        } else if (r.dueDate().isBefore(plan.getStartDate())) {
            v.add(new FieldViolation("dueDate", "报送时限不能早于方案开始日期 " + plan.getStartDate()));
        }
        List<RoutineData.FilerRef> given = r.filers() == null ? List.of() : r.filers();
        if (given.isEmpty()) {
            v.add(new FieldViolation("filers", "请选择报送单位(村、社区或企业)"));
        } else if (given.size() > 500) {
            v.add(new FieldViolation("filers", "报送单位不超过500个"));
        }
        List<Filer> filers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size() && i < 500; i++) {
            RoutineData.FilerRef f = given.get(i);
            String field = "filers[" + i + "]";
            String ref = f == null || f.ref() == null ? null : f.ref().strip();
            String name = null;
            if (f != null && f.kind() == UnitKind.REGION && ref != null && RegionCode.isValid(ref)
                    && RegionCode.of(plan.getRegionCode()).contains(ref)) {
                name = regions.find(ref).map(Regions.RegionView::name).orElse(null);
            } else if (f != null && f.kind() == UnitKind.ENTERPRISE && uuid(ref) != null) {
                name = enterprises.find(uuid(ref)).filter(e -> RegionCode.of(plan.getRegionCode())
                        .contains(e.regionCode())).map(EnterpriseSummary::name).orElse(null);
            }
            if (name == null) {
                v.add(new FieldViolation(field + ".ref", "报送单位须是本方案辖区内的区划或企业"));
                continue;
            }
            if (seen.add(ref)) {
                filers.add(new Filer(filers.size() + 1, f.kind(), ref, name));
            }
        }
        refuseIfAny(v);
        FilingRequirement q = new FilingRequirement(planId, title, filedWith, r.dueDate(), filers, clock.instant());
        requirements.saveAndFlush(q);
        audit.record(AuditRecord.created("CampaignFilingRequirement", q.getId(), "报送要求 " + title + "(" +
                filers.size() + "个单位,限" + r.dueDate() + ")", Map.of("title", title, "due", r.dueDate().toString(),
                        "filers", filers.size())));
        return q.getId();
    }

    @Transactional(readOnly = true)
    public List<FilingRequirement> requirements(UUID planId) {
        campaigns.plan(planId);
        List<FilingRequirement> list = requirements.findByPlanIdOrderByDueDate(planId);
        list.forEach(q -> q.getFilers().size());
        return list;
    }

    /** A requirement: for whoever sees its plan, and for its expected filers. */
    @Transactional(readOnly = true)
    public FilingRequirement requirement(UUID id) {
        FilingRequirement q = requirements.findById(id).orElseThrow(() -> new NotFoundException("报送要求"));
        q.getFilers().size();
        if (seesPlan(q.getPlanId()) || q.getFilers().stream().anyMatch(this::filesFor)) {
            return q;
        }
        throw new NotFoundException("报送要求");
    }

    public boolean seesPlan(UUID planId) {
        try {
            campaigns.plan(planId);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** Whether the caller files for this filer: an official of its region, or its enterprise's principal/manager. */
    public boolean filesFor(Filer f) {
        Optional<CurrentUser> me = DataScopes.currentUser();
        if (me.isEmpty()) {
            return false;
        }
        CurrentUser u = me.get();
        return switch (f.getKind()) {
            case REGION -> u.is(Role.OFFICIAL) && scopes.current().coversRegion(f.getRef());
            case ENTERPRISE -> u.enterpriseId() != null && u.enterpriseId().toString().equals(f.getRef())
                    && u.managerOf(u.enterpriseId());
            default -> false;
        };
    }

    /** The filers of the requirement the caller may file for (the plan's office: all, recording receipt). */
    public List<Filer> fileableFilers(FilingRequirement q) {
        boolean office = seesPlan(q.getPlanId()) && campaigns.canManage(campaigns.plan(q.getPlanId()));
        return q.getFilers().stream().filter(f -> office || filesFor(f)).toList();
    }

    @Transactional
    public UUID submitFiling(UUID requirementId, String filerRef, ProgressData.Upload upload) {
        return submitFiling(requirementId, filerRef, upload, campaigns.today());
    }

    /** A file received from {@code filerRef} on {@code today}: late when after the due date. */
    @Transactional
    public UUID submitFiling(UUID requirementId, String filerRef, ProgressData.Upload upload, LocalDate today) {
        FilingRequirement q = requirement(requirementId);
        Filer filer = q.filer(filerRef == null ? "" : filerRef.strip())
                .orElseThrow(() -> new InvalidInputException("filerRef", "请选择本报送要求中的报送单位"));
        if (!fileableFilers(q).contains(filer)) {
            throw new AccessDeniedException("只有报送单位本身(或方案印发机关代为登记)可以报送");
        }
        if (upload == null) {
            throw new InvalidInputException("file", "请选择要报送的文件");
        }
        CurrentUser me = DataScopes.currentUser().orElseThrow();
        String name = fileName(upload, q.getTitle());
        StoredFile f = store(upload, FILING_TYPES, "报送文件应为 PDF、Word 或 Excel 文件,且不超过20 MB");
        Filing filing = new Filing(q, filer.getRef(), f, name, today, clock.instant(), me.id(), me.displayName());
        filings.saveAndFlush(filing);
        audit.record(AuditRecord.created("CampaignFiling", filing.getId(), filer.getName() + " 报送 " + q.getTitle()
                + (filing.isLate() ? "(逾期)" : ""), Map.of("requirement", q.getId().toString(), "filer",
                        filer.getRef(), "sha256", f.sha256(), "late", filing.isLate())));
        return filing.getId();
    }

    /** One expected filer's standing: the first file decides on time or late; the latest file is the one kept. */
    public record FilerStatus(int seq, UnitKind kind, String ref, String name, FilingStatus status,
            LocalDate firstOn, int files, UUID latestId, String latestSha256) {
    }

    /** Every expected filer of the requirement with its status (按时报送 / 逾期报送 / 未报送), in one query. */
    @Transactional(readOnly = true)
    public List<FilerStatus> statuses(UUID requirementId) {
        requirement(requirementId);
        return jdbc.query("""
                select f.seq, f.kind, f.ref, f.name, r.first_on, coalesce(r.n, 0) as n,
                       case when r.first_on is null then 'MISSING' when r.first_on > q.due_date then 'LATE'
                            else 'ON_TIME' end as status,
                       (select c.id from campaign_filing c where c.requirement_id = q.id and c.filer_ref = f.ref
                        order by c.submitted_at desc fetch first 1 rows only) as latest_id,
                       (select c.sha256 from campaign_filing c where c.requirement_id = q.id and c.filer_ref = f.ref
                        order by c.submitted_at desc fetch first 1 rows only) as latest_sha
                from campaign_filing_req q
                join campaign_filing_filer f on f.requirement_id = q.id
                left join (select filer_ref, min(submitted_on) as first_on, count(*) as n from campaign_filing
                           where requirement_id = ? group by filer_ref) r on r.filer_ref = f.ref
                where q.id = ? order by f.seq""", (rs, i) -> new FilerStatus(rs.getInt("seq"),
                UnitKind.valueOf(rs.getString("kind")), rs.getString("ref"), rs.getString("name"),
                FilingStatus.valueOf(rs.getString("status")), rs.getObject("first_on", LocalDate.class),
                rs.getInt("n"), rs.getObject("latest_id", UUID.class), rs.getString("latest_sha")),
                requirementId, requirementId);
    }

    /** Per requirement of the plan: expected, on time, late and missing filers (one query). */
    public record RequirementCounts(UUID id, int expected, int onTime, int late, int missing) {
    }

    @Transactional(readOnly = true)
    public Map<UUID, RequirementCounts> counts(UUID planId) {
        campaigns.plan(planId);
        Map<UUID, RequirementCounts> out = new LinkedHashMap<>();
        jdbc.query("""
                select q.id, count(*) as expected,
                       sum(case when r.first_on is not null and r.first_on <= q.due_date then 1 else 0 end) as on_time,
                       sum(case when r.first_on > q.due_date then 1 else 0 end) as late,
                       sum(case when r.first_on is null then 1 else 0 end) as missing
                from campaign_filing_req q
                join campaign_filing_filer f on f.requirement_id = q.id
                left join (select c.requirement_id, c.filer_ref, min(c.submitted_on) as first_on
                           from campaign_filing c join campaign_filing_req x on x.id = c.requirement_id
                           where x.plan_id = ? group by c.requirement_id, c.filer_ref) r
                       on r.requirement_id = q.id and r.filer_ref = f.ref
                where q.plan_id = ? group by q.id""", rs -> {
            UUID id = rs.getObject("id", UUID.class);
            out.put(id, new RequirementCounts(id, rs.getInt("expected"), rs.getInt("on_time"), rs.getInt("late"),
                    rs.getInt("missing")));
        }, planId, planId);
        return out;
    }

    /** A received file, for whoever may see the requirement. */
    @Transactional(readOnly = true)
    public Filing filing(UUID requirementId, UUID filingId) {
        FilingRequirement q = requirement(requirementId);
        Filing f = filings.findById(filingId).filter(x -> x.getRequirementId().equals(q.getId()))
                .orElseThrow(() -> new NotFoundException("报送文件"));
        if (!seesPlan(q.getPlanId()) && q.filer(f.getFilerRef()).filter(this::filesFor).isEmpty()) {
            throw new NotFoundException("报送文件");
        }
        return f;
    }

    /** Whether an enterprise is an expected filer of any requirement (the navigation shows the campaign then). */
    @Transactional(readOnly = true)
    public boolean isFiler(UUID enterpriseId) {
        Integer n = jdbc.queryForObject("select count(*) from campaign_filing_filer where kind = 'ENTERPRISE' and ref = ?",
                Integer.class, enterpriseId.toString());
        return n != null && n > 0;
    }

    /** The requirements of every plan where the caller is an expected filer (their to-do list). */
    @Transactional(readOnly = true)
    public List<FilingRequirement> expectedOfMe() {
        List<FilingRequirement> out = new ArrayList<>();
        DataScope scope = scopes.current();
        CurrentUser u = DataScopes.currentUser().orElse(null);
        if (u == null) {
            return out;
        }
        List<UUID> ids;
        if (u.enterpriseId() != null) {
            ids = jdbc.queryForList("select distinct requirement_id from campaign_filing_filer where kind = 'ENTERPRISE'"
                    + " and ref = ?", UUID.class, u.enterpriseId().toString());
        } else if (u.is(Role.OFFICIAL) && scope.kind() == DataScope.Kind.JURISDICTION) {
            ids = jdbc.queryForList("select distinct requirement_id from campaign_filing_filer where kind = 'REGION'"
                    + " and ref >= ? and ref <= ?", UUID.class, scope.regionLow(), scope.regionHigh());
        } else {
            return out;
        }
        for (FilingRequirement q : requirements.findAllById(ids)) {
            q.getFilers().size();
            if (q.getFilers().stream().anyMatch(this::filesFor)) {
                out.add(q);
            }
        }
        out.sort(Comparator.comparing(FilingRequirement::getDueDate));
        return out;
    }

    // ---------------------------------------------------------------- the yearly summary and the evaluation report

    /** The due date: the summary of year Y by Y-12-01; the evaluation report by 11-20 of the plan's last year. */
    public LocalDate dueDate(Plan plan, PaperKind kind, int year) {
        return kind == PaperKind.SUMMARY ? LocalDate.of(year, 12, 1)
                : evaluationDue.atYear(plan.getEndDate().getYear());
    }

    /** The years a paper is owed for: a summary for every year of the plan, one evaluation in its last year. */
    public List<Integer> years(Plan plan, PaperKind kind) {
        if (kind == PaperKind.EVALUATION) {
            return List.of(plan.getEndDate().getYear());
        }
        List<Integer> out = new ArrayList<>();
        for (int y = plan.getStartDate().getYear(); y <= plan.getEndDate().getYear(); y++) {
            out.add(y);
        }
        return out;
    }

    private void checkYear(Plan plan, PaperKind kind, int year) {
        if (kind == null) {
            throw new InvalidInputException("kind", "请选择年度工作总结(SUMMARY)或评估报告(EVALUATION)");
        }
        if (!years(plan, kind).contains(year)) {
            throw new InvalidInputException("year", kind.label() + "的年度应为 " + years(plan, kind));
        }
    }

    /**
     * The platform's draft (docx, A4) from the plan's tasks, their state and progress, the live metrics' values measured
     * now and the evidence counts.
     */
    @Transactional
    public byte[] draft(UUID planId, PaperKind kind, int year) throws IOException {
        Plan plan = office(planId);
        checkYear(plan, kind, year);
        // states and milestones as of today (as the daily job leaves them), so the figures agree with one another
        campaigns.evaluatePlan(planId, campaigns.today());
        List<CampaignTask> tasks = campaigns.tasksOf(planId);
        Map<UUID, Map<UUID, java.math.BigDecimal>> values = new LinkedHashMap<>();
        tasks.forEach(t -> values.put(t.getId(), campaigns.measure(plan, t)));
        return PaperDraft.docx(plan, kind, year, dueDate(plan, kind, year), campaigns.today(), tasks, values,
                campaigns);
    }

    @Transactional(readOnly = true)
    public List<Paper> papers(UUID planId) {
        campaigns.plan(planId);
        return papers.findByPlanId(planId);
    }

    @Transactional(readOnly = true)
    public Paper paper(UUID planId, UUID paperId) {
        campaigns.plan(planId);
        return papers.findById(paperId).filter(p -> p.getPlanId().equals(planId))
                .orElseThrow(() -> new NotFoundException("文稿"));
    }

    @Transactional
    public UUID submitPaper(UUID planId, PaperKind kind, int year, Long version, ProgressData.Upload upload) {
        return submitPaper(planId, kind, year, version, upload, campaigns.today());
    }

    /**
     * The office's final docx: stored, signed with its SHA-256 and marked on time against the due date. A second
     * submission replaces the first from the version the office saw (none, or an old one: 409).
     */
    @Transactional
    public UUID submitPaper(UUID planId, PaperKind kind, int year, Long version, ProgressData.Upload upload,
            LocalDate today) {
        Plan plan = office(planId);
        checkYear(plan, kind, year);
        if (upload == null) {
            throw new InvalidInputException("file", "请选择修改后的 Word(docx)文件");
        }
        Optional<Paper> existing = papers.findByPlanIdAndKindAndYear(planId, kind, year);
        if (existing.isPresent() && (version == null || version != existing.get().getVersion())) {
            throw new StaleVersionException();
        }
        CurrentUser me = DataScopes.currentUser().orElseThrow();
        String name = fileName(upload, kind.label());
        StoredFile f = store(upload, Set.of(FileType.DOCX), "定稿应为 Word(docx)文件,且不超过20 MB");
        var now = clock.instant();
        if (existing.isPresent()) {
            Paper p = existing.get();
            changes.apply(PAPER, p, version, "RESUBMIT", "重新报送" + year + "年" + kind.label() + "(SHA-256 "
                    + f.sha256().substring(0, 12) + "…)", x -> x.submit(f, name, today, now, me.id(), me.displayName()));
            return p.getId();
        }
        Paper p = new Paper(planId, kind, year, dueDate(plan, kind, year), now);
        p.submit(f, name, today, now, me.id(), me.displayName());
        papers.saveAndFlush(p);
        audit.record(AuditRecord.created("CampaignPaper", p.getId(), "报送" + year + "年" + kind.label()
                + (p.isOnTime() ? "" : "(逾期)"), Map.of("sha256", f.sha256(), "onTime", p.isOnTime(), "plan",
                        planId.toString())));
        return p.getId();
    }

    public InputStream open(String key) throws IOException {
        return files.open(key);
    }

    // ---------------------------------------------------------------- helpers

    /** The plan, if the caller is its office (or above); otherwise 404 when they cannot see it, 403 when they can. */
    private Plan office(UUID planId) {
        Plan plan = campaigns.plan(planId);
        if (!campaigns.canManage(plan)) {
            throw new AccessDeniedException("只有印发方案的机关(及其上级)可以办理");
        }
        return plan;
    }

    public boolean canManage(UUID planId) {
        return campaigns.canManage(campaigns.plan(planId));
    }

    private StoredFile store(ProgressData.Upload upload, Set<FileType> types, String message) {
        try (InputStream in = upload.open()) {
            return files.store(in, types, MAX_FILE_BYTES);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("file", message);
        } catch (IOException e) {
            throw new InvalidInputException("file", "文件无法读取");
        }
    }

    private static String fileName(ProgressData.Upload u, String fallback) {
        String name = u.name() == null || u.name().isBlank() ? fallback : u.name().strip();
        name = name.replaceAll("[\\p{Cntrl}]", "");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
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

    static String brief(String s, int max) {
        return s == null ? "" : s.length() > max ? s.substring(0, max - 1) + "…" : s;
    }

    static Map<String, Object> snapshot(Meeting m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("period", m.getPeriod());
        s.put("heldOn", String.valueOf(m.getHeldOn()));
        s.put("title", m.getTitle());
        s.put("attendees", m.getAttendees());
        s.put("minuted", m.minuted());
        s.put("items", m.getItems().stream().map(i -> i.getSeq() + ":" + i.getTopic()
                + (i.getDecision() == null ? "" : " => " + i.getDecision())).toList());
        return s;
    }
}
