package org.zhiben.accident.zero;

import jakarta.validation.constraints.Size;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.FileType;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.Photos;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.UserAccounts;
import org.zhiben.identity.UserRef;
import org.zhiben.notify.Notice;

/**
 * The 创建工作专班 of a campaign (seed 004 §六(一): “每月至少召开一次工作调度会议,每季至少召开一次现场会”): the
 * groups of the counties / development zones and lead departments (附表2's organisations), their meeting log with
 * photos, compliance per month (调度会议) and quarter (现场会) counted in SQL, reminders before a month or quarter
 * ends without the meeting, and the yearly 通报表扬 list of units 已认定 that the city office names.
 *
 * <p>A 专班 is seen by the city office, by its own organisation (the county's officials, the department's) and, for a
 * county's group, by officials whose jurisdiction covers the county; anybody else gets 404.
 */
@Service
public class ZeroTeams {

    static final VersionedChanges.Subject<ZeroMeeting> MEETING = new VersionedChanges.Subject<>("ZeroMeeting",
            ZeroMeeting::getId, ZeroMeeting::getVersion, ZeroMeeting::snapshot);
    static final VersionedChanges.Subject<ZeroCommendation> COMMENDATION = new VersionedChanges.Subject<>(
            "ZeroCommendation", ZeroCommendation::getId, ZeroCommendation::getVersion, ZeroCommendation::snapshot);

    private final ZeroAccidents zero;
    private final ZeroReports reports;
    private final ZeroTeamRepository teams;
    private final ZeroMeetingRepository meetings;
    private final ZeroCommendationRepository commendations;
    private final ZeroCampaignRepository campaigns;
    private final ZeroContactRepository contacts;
    private final Photos photos;
    private final UserAccounts accounts;
    private final DataScopes scopes;
    private final VersionedChanges changes;
    private final AuditTrail audit;
    private final IdempotentCreates creates;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final int reminderDays;

    ZeroTeams(ZeroAccidents zero, ZeroReports reports, ZeroTeamRepository teams, ZeroMeetingRepository meetings,
            ZeroCommendationRepository commendations, ZeroCampaignRepository campaigns,
            ZeroContactRepository contacts, Photos photos, UserAccounts accounts, DataScopes scopes,
            VersionedChanges changes, AuditTrail audit, IdempotentCreates creates, ApplicationEventPublisher events,
            JdbcTemplate jdbc, @Value("${zhiben.accident.zero.meeting-reminder-days:5}") int reminderDays) {
        this.zero = zero;
        this.reports = reports;
        this.teams = teams;
        this.meetings = meetings;
        this.commendations = commendations;
        this.campaigns = campaigns;
        this.contacts = contacts;
        this.photos = photos;
        this.accounts = accounts;
        this.scopes = scopes;
        this.changes = changes;
        this.audit = audit;
        this.creates = creates;
        this.events = events;
        this.jdbc = jdbc;
        this.reminderDays = reminderDays;
    }

    // ================================================================ commands and views

    public record TeamData(ZeroReports.OrgKind orgKind, @Size(max = 64) String orgCode,
            @Size(max = 200) String orgName) {
    }

    public record TeamView(UUID id, UUID campaignId, ZeroReports.OrgKind orgKind, String orgCode, String orgName,
            boolean mayRecord) {
    }

    public record MeetingData(LocalDate heldOn, MeetingKind kind, @Size(max = 200) String title,
            @Size(max = 1000) String attendees, @Size(max = 2000) String issues,
            @Size(max = 2000) String decisions) {
    }

    public record MeetingView(UUID id, UUID teamId, LocalDate heldOn, MeetingKind kind, String kindLabel,
            String title, String attendees, String issues, String decisions, int photos, String recordedBy,
            long version) {
    }

    /** A month's 调度会议 or a quarter's 现场会: the number held and the state. */
    public record Period(int number, LocalDate from, LocalDate to, long held, PeriodState state) {
    }

    public record TeamCompliance(TeamView team, List<Period> months, List<Period> quarters, int missedMonths,
            int missedQuarters) {
    }

    public record Compliance(UUID campaignId, int year, LocalDate asOf, List<TeamCompliance> teams) {
    }

    public record Reminder(UUID teamId, String period, MeetingKind kind, LocalDate periodEnd) {
    }

    public record Candidate(UUID unitYearId, UUID unitId, String unitName, String unitTypeLabel, String countyCode,
            String decidedBy, boolean commended) {
    }

    public record CommendationView(UUID id, UUID unitYearId, UUID unitId, String unitName, String unitTypeLabel,
            String countyCode, String reason, String decidedBy, long version) {
    }

    // ================================================================ teams

    /** The campaign's 专班 the caller may see (404 for a campaign outside the scope). */
    @Transactional(readOnly = true)
    public List<TeamView> teams(UUID campaignId) {
        ZeroCampaign c = zero.load(campaignId);
        return teams.findByCampaignIdOrderByOrgKindDescOrgCodeAsc(campaignId).stream().filter(t -> sees(c, t))
                .map(t -> view(c, t)).toList();
    }

    @Transactional(readOnly = true)
    public TeamView team(UUID teamId) {
        ZeroTeam t = loadTeam(teamId);
        return view(zero.load(t.getCampaignId()), t);
    }

    /** Registers a 专班 (the city office, or the county / department for itself); each organisation once. */
    @Transactional
    public UUID register(UUID campaignId, TeamData d) {
        ZeroCampaign c = zero.load(campaignId);
        List<FieldViolation> errors = new ArrayList<>();
        if (d.orgKind() == null) {
            errors.add(new FieldViolation("orgKind", "请选择县(市、区)、开发区或牵头部门"));
        }
        String name = reports.org(c, d.orgKind(), d.orgCode(), d.orgName(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        reports.requireOrgOrOffice(c, d.orgKind(), d.orgCode());
        if (teams.findByCampaignIdAndOrgKindAndOrgCode(campaignId, d.orgKind().name(), d.orgCode()).isPresent()) {
            throw new InvalidInputException("orgCode", "该单位的工作专班已登记");
        }
        return reports.ensureTeam(c, d.orgKind(), d.orgCode(), name).getId();
    }

    // ================================================================ meetings

    /**
     * Logs a meeting of the 专班 (its own organisation or the city office), with photos checked before anything is
     * stored (JPEG or PNG, 10 MB each, nine at most). Not in the future; within the campaign's years.
     */
    @Transactional
    public UUID record(UUID teamId, MeetingData d, List<byte[]> photoBytes, String idempotencyKey) {
        ZeroTeam t = loadTeam(teamId);
        List<byte[]> given = photoBytes == null ? List.of() : photoBytes;
        return creates.once("accident.zero.meeting", idempotencyKey, List.of(teamId, d, given.stream()
                .map(ZeroAccidents::sha256Of).toList()), () -> recordMeeting(t, d, given));
    }

    private UUID recordMeeting(ZeroTeam t, MeetingData d, List<byte[]> photoBytes) {
        ZeroCampaign c = zero.load(t.getCampaignId());
        List<FieldViolation> errors = new ArrayList<>();
        if (d.heldOn() == null) {
            errors.add(new FieldViolation("heldOn", "请填写会议日期"));
        } else if (d.heldOn().isAfter(zero.today())) {
            errors.add(new FieldViolation("heldOn", "会议日期不能晚于今天"));
        } else if (d.heldOn().getYear() < c.getFirstYear() || d.heldOn().getYear() > c.getLastYear()) {
            errors.add(new FieldViolation("heldOn", "会议日期应在创建期 " + c.getFirstYear() + "–" + c.getLastYear()
                    + " 年内"));
        }
        if (d.kind() == null) {
            errors.add(new FieldViolation("kind", "请选择会议类型(调度会议、现场会或其他会议)"));
        }
        ZeroAccidents.text(errors, "title", d.title(), true, 200, "请填写会议名称");
        ZeroAccidents.text(errors, "attendees", d.attendees(), true, 1000, "请填写参会人员");
        ZeroAccidents.text(errors, "issues", d.issues(), false, 2000, null);
        ZeroAccidents.text(errors, "decisions", d.decisions(), false, 2000, null);
        checkPhotos(errors, photoBytes, 0);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireRecorder(c, t);
        CurrentUser me = ZeroAccidents.me();
        ZeroMeeting m = new ZeroMeeting(t, d.heldOn(), d.kind(), d.title().strip(), d.attendees().strip(),
                ZeroAccidents.blank(d.issues()), ZeroAccidents.blank(d.decisions()), store(photoBytes), me.id(),
                me.displayName(), zero.now());
        meetings.save(m);
        changes.flush();
        audit.record(AuditRecord.created("ZeroMeeting", m.getId(), "登记专班" + d.kind().label() + " " + t.getOrgName()
                + " " + d.heldOn(), m.snapshot()));
        return m.getId();
    }

    /** Adds photos to a meeting, from the version seen. */
    @Transactional
    public void addPhotos(UUID meetingId, long version, List<byte[]> photoBytes) {
        ZeroMeeting m = loadMeeting(meetingId);
        ZeroTeam t = teams.findById(m.getTeamId()).orElseThrow();
        List<FieldViolation> errors = new ArrayList<>();
        if (photoBytes == null || photoBytes.isEmpty()) {
            errors.add(new FieldViolation("file", "请选择照片"));
        } else {
            checkPhotos(errors, photoBytes, m.photoKeyList().size());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireRecorder(zero.load(t.getCampaignId()), t);
        MEETING.requireVersion(m, version);
        List<String> keys = store(photoBytes);
        changes.apply(MEETING, m, version, "UPDATE", "补充专班会议照片 " + t.getOrgName() + " " + m.getHeldOn(),
                x -> x.addPhotos(keys, zero.now()));
    }

    /** Deletes a meeting logged by mistake, from the version seen (audited with what it was). */
    @Transactional
    public void delete(UUID meetingId, long version) {
        ZeroMeeting m = loadMeeting(meetingId);
        ZeroTeam t = teams.findById(m.getTeamId()).orElseThrow();
        requireRecorder(zero.load(t.getCampaignId()), t);
        changes.delete(MEETING, m, version, "删除专班会议记录 " + t.getOrgName() + " " + m.getHeldOn(),
                meetings::delete);
    }

    @Transactional(readOnly = true)
    public MeetingView meeting(UUID meetingId) {
        return view(loadMeeting(meetingId));
    }

    /** The team's meetings of a year, latest first. */
    @Transactional(readOnly = true)
    public List<MeetingView> meetings(UUID teamId, int year) {
        ZeroTeam t = loadTeam(teamId);
        return meetings.findByTeamIdAndHeldOnBetweenOrderByHeldOnDesc(t.getId(), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31)).stream().map(this::view).toList();
    }

    /** A photo of a meeting (its type read from the content), 404 outside the scope or past the last photo. */
    public record Photo(byte[] bytes, FileType type) {
    }

    @Transactional(readOnly = true)
    public Photo photo(UUID meetingId, int index) {
        ZeroMeeting m = loadMeeting(meetingId);
        List<String> keys = m.photoKeyList();
        if (index < 0 || index >= keys.size()) {
            throw new NotFoundException("照片");
        }
        try (InputStream in = photos.open(keys.get(index))) {
            byte[] bytes = in.readAllBytes();
            return new Photo(bytes, FileType.detect(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 16))));
        } catch (IOException e) {
            throw new NotFoundException("照片");
        }
    }

    private static void checkPhotos(List<FieldViolation> errors, List<byte[]> photoBytes, int already) {
        if (photoBytes.size() + already > ZeroMeeting.MAX_PHOTOS) {
            errors.add(new FieldViolation("photos", "每次会议最多" + ZeroMeeting.MAX_PHOTOS + "张照片"));
            return;
        }
        for (byte[] b : photoBytes) {
            String problem = Photos.problem(b);
            if (problem != null) {
                errors.add(new FieldViolation("photos", problem));
                return;
            }
        }
    }

    private List<String> store(List<byte[]> photoBytes) {
        List<String> keys = new ArrayList<>();
        for (byte[] b : photoBytes) {
            try {
                keys.add(photos.store(new ByteArrayInputStream(b)).key());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }

    // ================================================================ compliance

    /**
     * Each 专班's months (调度会议) and quarters (现场会) of {@code year} as of today: the meetings of the kind held
     * from the first to the last day of the period, both included, counted in one grouped query; a period over
     * with none is 未召开, one not over yet without one 未到期.
     */
    @Transactional(readOnly = true)
    public Compliance compliance(UUID campaignId, int year) {
        return compliance(campaignId, year, zero.today());
    }

    Compliance compliance(UUID campaignId, int year, LocalDate today) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "年份应在2000–2100之间");
        }
        ZeroCampaign c = zero.load(campaignId);
        List<ZeroTeam> visible = teams.findByCampaignIdOrderByOrgKindDescOrgCodeAsc(campaignId).stream()
                .filter(t -> sees(c, t)).toList();
        Map<UUID, long[]> months = new HashMap<>();
        Map<UUID, long[]> quarters = new HashMap<>();
        jdbc.query("select m.team_id, extract(month from m.held_on) as mon, count(*) from accident_zero_meeting m"
                + " where m.campaign_id = ? and m.kind = ? and m.held_on >= ? and m.held_on <= ?"
                + " group by m.team_id, extract(month from m.held_on)", rs -> {
                    months.computeIfAbsent(rs.getObject(1, UUID.class), k -> new long[12])[rs.getInt(2) - 1] =
                            rs.getLong(3);
                }, campaignId, MeetingKind.DISPATCH.name(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        jdbc.query("select m.team_id, extract(quarter from m.held_on) as q, count(*) from accident_zero_meeting m"
                + " where m.campaign_id = ? and m.kind = ? and m.held_on >= ? and m.held_on <= ?"
                + " group by m.team_id, extract(quarter from m.held_on)", rs -> {
                    quarters.computeIfAbsent(rs.getObject(1, UUID.class), k -> new long[4])[rs.getInt(2) - 1] =
                            rs.getLong(3);
                }, campaignId, MeetingKind.ONSITE.name(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        List<TeamCompliance> out = new ArrayList<>();
        for (ZeroTeam t : visible) {
            long[] m = months.getOrDefault(t.getId(), new long[12]);
            long[] q = quarters.getOrDefault(t.getId(), new long[4]);
            List<Period> ms = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                YearMonth ym = YearMonth.of(year, i);
                ms.add(period(i, ym.atDay(1), ym.atEndOfMonth(), m[i - 1], today));
            }
            List<Period> qs = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                qs.add(period(i, LocalDate.of(year, 3 * i - 2, 1), YearMonth.of(year, 3 * i).atEndOfMonth(),
                        q[i - 1], today));
            }
            out.add(new TeamCompliance(view(c, t), ms, qs, (int) ms.stream()
                    .filter(p -> p.state() == PeriodState.MISSED).count(), (int) qs.stream()
                    .filter(p -> p.state() == PeriodState.MISSED).count()));
        }
        return new Compliance(campaignId, year, today, out);
    }

    static Period period(int number, LocalDate from, LocalDate to, long held, LocalDate today) {
        PeriodState state = held > 0 ? PeriodState.MET : today.isAfter(to) ? PeriodState.MISSED : PeriodState.OPEN;
        return new Period(number, from, to, held, state);
    }

    // ================================================================ reminders

    /**
     * The daily run (system): in the last {@code zhiben.accident.zero.meeting-reminder-days} days of a month (of a
     * quarter) a 专班 with no 调度会议 (现场会) in it yet is reminded, once per period, a missed day caught up while
     * the period lasts. To the group's officials (the county's, or the lead department's) and its 附表2 contacts.
     */
    @Transactional
    public List<Reminder> remindMeetings(LocalDate today) {
        List<Reminder> sent = new ArrayList<>();
        YearMonth month = YearMonth.from(today);
        LocalDate monthEnd = month.atEndOfMonth();
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        LocalDate quarterStart = LocalDate.of(today.getYear(), 3 * quarter - 2, 1);
        LocalDate quarterEnd = YearMonth.of(today.getYear(), 3 * quarter).atEndOfMonth();
        boolean monthDue = today.isAfter(monthEnd.minusDays(reminderDays));
        boolean quarterDue = today.isAfter(quarterEnd.minusDays(reminderDays));
        if (!monthDue && !quarterDue) {
            return sent;
        }
        for (ZeroCampaign c : campaigns.findAll()) {
            if (today.getYear() < c.getFirstYear() || today.getYear() > c.getLastYear()) {
                continue;
            }
            Set<UUID> withDispatch = held(c.getId(), MeetingKind.DISPATCH, month.atDay(1), monthEnd);
            Set<UUID> withOnsite = held(c.getId(), MeetingKind.ONSITE, quarterStart, quarterEnd);
            for (ZeroTeam t : teams.findByCampaignIdOrderByOrgKindDescOrgCodeAsc(c.getId())) {
                if (monthDue && !withDispatch.contains(t.getId())) {
                    remind(c, t, "M" + month, MeetingKind.DISPATCH, monthEnd, today.getYear() + "年"
                            + today.getMonthValue() + "月", sent);
                }
                if (quarterDue && !withOnsite.contains(t.getId())) {
                    remind(c, t, "Q" + today.getYear() + "-" + quarter, MeetingKind.ONSITE, quarterEnd,
                            today.getYear() + "年第" + "一二三四".charAt(quarter - 1) + "季度", sent);
                }
            }
        }
        return sent;
    }

    private Set<UUID> held(UUID campaignId, MeetingKind kind, LocalDate from, LocalDate to) {
        return new HashSet<>(jdbc.queryForList("select distinct team_id from accident_zero_meeting where campaign_id = ?"
                + " and kind = ? and held_on >= ? and held_on <= ?", UUID.class, campaignId, kind.name(), from, to));
    }

    private void remind(ZeroCampaign c, ZeroTeam t, String period, MeetingKind kind, LocalDate end, String name,
            List<Reminder> sent) {
        int inserted = jdbc.update("insert into accident_zero_meeting_reminder (team_id, period, sent_at) select ?, ?, ?"
                + " where not exists (select 1 from accident_zero_meeting_reminder where team_id = ? and period = ?)",
                t.getId(), period, Timestamp.from(zero.now()), t.getId(), period);
        if (inserted == 0) {
            return;
        }
        Set<UUID> users = new LinkedHashSet<>();
        UUID department = t.getOrgKind() == ZeroReports.OrgKind.DEPARTMENT ? parseUuid(t.getOrgCode()) : null;
        if (t.getOrgKind() == ZeroReports.OrgKind.REGION || department != null) {
            accounts.officialsAt(t.getRegionCode(), department).stream().map(UserRef::id).forEach(users::add);
        }
        Set<Notice.Contact> people = new LinkedHashSet<>();
        contacts.findByCampaignIdOrderByOrgKindDescOrgCodeAscDutyAsc(c.getId()).stream()
                .filter(x -> x.getOrgKind().equals(t.getOrgKind().name()) && x.getOrgCode().equals(t.getOrgCode()))
                .forEach(x -> people.add(new Notice.Contact(x.getPersonName(), x.getPhone(), null)));
        events.publishEvent(new Notice("accident.zero.meeting.due", "专班" + kind.label() + "提醒:" + t.getOrgName(),
                t.getOrgName() + "“零事故”创建工作专班" + name + "尚未召开" + kind.label() + "(16号文要求"
                        + (kind == MeetingKind.DISPATCH ? "每月至少召开一次工作调度会议" : "每季至少召开一次现场会")
                        + "),本期于 " + end + " 结束,请及时召开并登记会议记录。",
                "/accidents/zero/teams/" + t.getId(), users, people, null, t.getRegionCode()));
        sent.add(new Reminder(t.getId(), period, kind, end));
    }

    private static UUID parseUuid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ================================================================ 通报表扬

    /** The units 已认定 in {@code year} in the caller's scope, marked when already on the year's list. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(UUID campaignId, int year) {
        zero.load(campaignId);
        var scope = scopes.current().sql("u");
        List<Object> args = new ArrayList<>(List.of(campaignId, year, UnitYearState.RECOGNISED.name()));
        args.addAll(scope.args());
        return jdbc.query("select y.id, u.id, u.name, u.unit_type, u.county_code, y.decided_by_name,"
                + " case when exists (select 1 from accident_zero_commendation k where k.unit_year_id = y.id) then 1"
                + " else 0 end from accident_zero_unit_year y join accident_zero_unit u on u.id = y.unit_id"
                + " where y.campaign_id = ? and y.unit_year = ? and y.state = ? and " + scope.sql()
                + " order by u.county_code, u.unit_type, u.name, u.id", (rs, i) -> new Candidate(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        org.zhiben.directory.UnitType.valueOf(rs.getString(4)).label(), rs.getString(5),
                        rs.getString(6), rs.getInt(7) == 1), args.toArray());
    }

    /** The year's 通报表扬 list, in the caller's scope. */
    @Transactional(readOnly = true)
    public List<CommendationView> commendations(UUID campaignId, int year) {
        zero.load(campaignId);
        var scope = scopes.current().sql("u");
        List<Object> args = new ArrayList<>(List.of(campaignId, year));
        args.addAll(scope.args());
        return jdbc.query("select k.id, k.unit_year_id, u.id, u.name, u.unit_type, u.county_code, k.commend_reason,"
                + " k.decided_by_name, k.version from accident_zero_commendation k join accident_zero_unit u on"
                + " u.id = k.unit_id where k.campaign_id = ? and k.commend_year = ? and " + scope.sql()
                + " order by u.county_code, u.unit_type, u.name, u.id", (rs, i) -> new CommendationView(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getString(4), org.zhiben.directory.UnitType.valueOf(rs.getString(5)).label(),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9)), args.toArray());
    }

    /**
     * Names a unit-year 已认定 in the year's 通报表扬 list, with the reason (the campaign's office only; the
     * unit-year must be of the campaign, in scope and 已认定; once).
     */
    @Transactional
    public UUID commend(UUID campaignId, UUID unitYearId, String reason, String idempotencyKey) {
        return creates.once("accident.zero.commendation", idempotencyKey, List.of(campaignId,
                String.valueOf(unitYearId), String.valueOf(reason)), () -> commendOnce(campaignId, unitYearId,
                        reason));
    }

    private UUID commendOnce(UUID campaignId, UUID unitYearId, String reason) {
        ZeroCampaign c = zero.load(campaignId);
        List<FieldViolation> errors = new ArrayList<>();
        ZeroAccidents.text(errors, "reason", reason, true, 500, "请填写表扬理由");
        record Found(int year, String state, UUID unitId) {
        }
        List<Found> found = List.of();
        if (unitYearId == null) {
            errors.add(new FieldViolation("unitYearId", "请选择已认定的创建单位"));
        } else {
            var scope = scopes.current().sql("u");
            List<Object> args = new ArrayList<>(List.of(unitYearId, campaignId));
            args.addAll(scope.args());
            found = jdbc.query("select y.unit_year, y.state, u.id from accident_zero_unit_year y join"
                    + " accident_zero_unit u on u.id = y.unit_id where y.id = ? and y.campaign_id = ? and "
                    + scope.sql(), (rs, i) -> new Found(rs.getInt(1), rs.getString(2), rs.getObject(3, UUID.class)),
                    args.toArray());
            if (found.isEmpty() || !UnitYearState.RECOGNISED.name().equals(found.get(0).state())) {
                errors.add(new FieldViolation("unitYearId", "只能表扬本次创建中已认定的单位"));
            } else if (jdbc.queryForObject("select count(*) from accident_zero_commendation where unit_year_id = ?",
                    Long.class, unitYearId) > 0) {
                errors.add(new FieldViolation("unitYearId", "该单位该年度已在通报表扬名单中"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        zero.requireOffice(c);
        Found f = found.get(0);
        CurrentUser me = ZeroAccidents.me();
        ZeroCommendation k = new ZeroCommendation(campaignId, f.year(), unitYearId, f.unitId(), reason.strip(),
                me.id(), me.displayName(), zero.now());
        commendations.save(k);
        changes.flush();
        audit.record(AuditRecord.created("ZeroCommendation", k.getId(), "列入" + f.year() + "年“零事故”通报表扬名单",
                k.snapshot()));
        return k.getId();
    }

    /** Takes a unit off the list, from the version seen (the office only). */
    @Transactional
    public void withdraw(UUID commendationId, long version) {
        ZeroCommendation k = commendations.findById(commendationId).orElseThrow(() -> new NotFoundException("表扬"));
        ZeroCampaign c = zero.load(k.getCampaignId());
        if (commendations(c.getId(), k.getYear()).stream().noneMatch(v -> v.id().equals(commendationId))) {
            throw new NotFoundException("表扬");
        }
        zero.requireOffice(c);
        changes.delete(COMMENDATION, k, version, "移出" + k.getYear() + "年“零事故”通报表扬名单", commendations::delete);
    }

    // ================================================================ helpers

    private boolean sees(ZeroCampaign c, ZeroTeam t) {
        CurrentUser me = DataScopes.currentUser().orElse(null);
        if (me == null) {
            return false;
        }
        DataScope scope = scopes.current();
        boolean office = me.isOfficialOrAdmin() && scope.coversRegion(c.getRegionCode()) && !scope.sectorLimited();
        return office || ZeroReports.own(me, c, t.getOrgKind(), t.getOrgCode())
                || me.isOfficialOrAdmin() && t.getOrgKind() == ZeroReports.OrgKind.REGION
                        && scope.coversRegion(t.getOrgCode());
    }

    private boolean mayRecord(ZeroCampaign c, ZeroTeam t) {
        CurrentUser me = DataScopes.currentUser().orElse(null);
        if (me == null) {
            return false;
        }
        DataScope scope = scopes.current();
        return me.isOfficialOrAdmin() && scope.coversRegion(c.getRegionCode()) && !scope.sectorLimited()
                || ZeroReports.own(me, c, t.getOrgKind(), t.getOrgCode());
    }

    private void requireRecorder(ZeroCampaign c, ZeroTeam t) {
        if (!mayRecord(c, t)) {
            throw new AccessDeniedException("只有本专班所在县(市、区)、牵头部门或市专班办公室可以登记会议");
        }
    }

    private ZeroTeam loadTeam(UUID id) {
        ZeroTeam t = teams.findById(id).orElseThrow(() -> new NotFoundException("工作专班"));
        ZeroCampaign c = zero.find(t.getCampaignId()).orElseThrow();
        if (!scopes.current().permitsRegionRecord(c.getRegionCode(), Set.of()) || !sees(c, t)) {
            throw new NotFoundException("工作专班");
        }
        return t;
    }

    private ZeroMeeting loadMeeting(UUID id) {
        ZeroMeeting m = meetings.findById(id).orElseThrow(() -> new NotFoundException("专班会议"));
        try {
            loadTeam(m.getTeamId());
        } catch (NotFoundException e) {
            throw new NotFoundException("专班会议");
        }
        return m;
    }

    private TeamView view(ZeroCampaign c, ZeroTeam t) {
        return new TeamView(t.getId(), t.getCampaignId(), t.getOrgKind(), t.getOrgCode(), t.getOrgName(),
                mayRecord(c, t));
    }

    private MeetingView view(ZeroMeeting m) {
        return new MeetingView(m.getId(), m.getTeamId(), m.getHeldOn(), m.getKind(), m.getKind().label(),
                m.getTitle(), m.getAttendees(), m.getIssues(), m.getDecisions(), m.photoKeyList().size(),
                m.getRecordedByName(), m.getVersion());
    }
}
