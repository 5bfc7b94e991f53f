package org.zhiben.accident.zero;

import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.Ids;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.Labelled;
import org.zhiben.common.RegionCode;
import org.zhiben.common.RegionLevel;
import org.zhiben.common.Zones;
import org.zhiben.directory.Regions;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;

/**
 * 附表2 (联络员名单表) and the submissions of counties and lead departments to the city office: each submission is
 * the content of the calendar item as the submitter's scope shows it on that day, signed with its SHA-256 (the idea
 * of the 16号令 sign-off), with the due date and lateness.
 */
@Service
public class ZeroReports {

    static final VersionedChanges.Subject<ZeroContact> CONTACT = new VersionedChanges.Subject<>("ZeroContact",
            ZeroContact::getId, ZeroContact::getVersion, ZeroContact::snapshot);

    private final ZeroAccidents zero;
    private final ZeroContactRepository contacts;
    private final ZeroTeamRepository teams;
    private final Regions regions;
    private final DataScopes scopes;
    private final VersionedChanges changes;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;

    ZeroReports(ZeroAccidents zero, ZeroContactRepository contacts, ZeroTeamRepository teams, Regions regions,
            DataScopes scopes, VersionedChanges changes, AuditTrail audit, JdbcTemplate jdbc) {
        this.zero = zero;
        this.contacts = contacts;
        this.teams = teams;
        this.regions = regions;
        this.scopes = scopes;
        this.changes = changes;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    public enum OrgKind { REGION, DEPARTMENT }

    public enum Duty implements Labelled {
        IN_CHARGE("分管负责人"), LIAISON("具体责任人");

        private final String label;

        Duty(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record ContactData(OrgKind orgKind, @Size(max = 64) String orgCode, @Size(max = 200) String orgName,
            Duty duty, @Size(max = 100) String personName, @Size(max = 100) String position,
            @Size(max = 32) String phone, Long version) {
    }

    public record ContactView(UUID id, OrgKind orgKind, String orgCode, String orgName, Duty duty, String dutyLabel,
            String personName, String position, String phone, long version) {
    }

    public record SubmissionRequest(@Size(max = 32) String deadlineCode, OrgKind orgKind,
            @Size(max = 64) String orgCode, @Size(max = 200) String orgName, @Size(max = 2000) String text) {
    }

    public record SubmissionView(UUID id, String deadlineCode, OrgKind orgKind, String orgCode, String orgName,
            String submittedBy, Instant submittedAt, LocalDate dueDate, boolean late, String hashAlgorithm,
            String contentHash, String content) {
    }

    public enum SubmissionState { DUE, OVERDUE, SUBMITTED, SUBMITTED_LATE }

    public record SubmissionStatus(String deadlineCode, String title, LocalDate dueDate, OrgKind orgKind,
            String orgCode, String orgName, SubmissionState state, Instant submittedAt, String submittedBy,
            String contentHash) {
    }

    // ---------------------------------------------------------------- 附表2

    @Transactional(readOnly = true)
    public List<ContactView> contacts(UUID campaignId) {
        zero.load(campaignId);
        DataScope scope = scopes.current();
        return contacts.findByCampaignIdOrderByOrgKindDescOrgCodeAscDutyAsc(campaignId).stream()
                .filter(c -> !OrgKind.REGION.name().equals(c.getOrgKind()) || scope.permitsRegionRecord(c.getOrgCode(),
                        java.util.Set.of()))
                .map(c -> new ContactView(c.getId(), OrgKind.valueOf(c.getOrgKind()), c.getOrgCode(), c.getOrgName(),
                        Duty.valueOf(c.getDuty()), Duty.valueOf(c.getDuty()).label(), c.getPersonName(),
                        c.getPosition(), c.getPhone(), c.getVersion()))
                .toList();
    }

    /** Registers or changes one line of 附表2; by the city office or the county / department itself. */
    @Transactional
    public void setContact(UUID campaignId, ContactData d) {
        ZeroCampaign c = zero.load(campaignId);
        List<FieldViolation> errors = new ArrayList<>();
        if (d.orgKind() == null) {
            errors.add(new FieldViolation("orgKind", "请选择 REGION(县(市、区)、开发区)或 DEPARTMENT(牵头部门)"));
        }
        if (d.duty() == null) {
            errors.add(new FieldViolation("duty", "请选择 IN_CHARGE(分管负责人)或 LIAISON(具体责任人)"));
        }
        ZeroAccidents.text(errors, "personName", d.personName(), true, 100, "请填写姓名");
        ZeroAccidents.text(errors, "position", d.position(), true, 100, "请填写职务");
        if (d.phone() == null || !d.phone().strip().matches("[0-9+\\- ]{5,20}")) {
            errors.add(new FieldViolation("phone", "请填写电话(5至20位数字,可含 +、-、空格)"));
        }
        String orgName = org(c, d.orgKind(), d.orgCode(), d.orgName(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireOrgOrOffice(c, d.orgKind(), d.orgCode());
        var existing = contacts.findByCampaignIdAndOrgKindAndOrgCodeAndDuty(campaignId, d.orgKind().name(),
                d.orgCode(), d.duty().name());
        String summary = "附表2 " + orgName + " " + d.duty().label() + " " + d.personName().strip();
        if (existing.isPresent()) {
            if (d.version() == null) {
                // a new entry for a duty already filled: say who holds it and how to change them
                throw new InvalidInputException("version", "该单位的“" + d.duty().label() + "”已登记为"
                        + existing.get().getPersonName() + ";如需更换,请在列表中点该联络员的“修改”后保存");
            }
            changes.apply(CONTACT, existing.get(), d.version(), "UPDATE", "修改" + summary, x -> x.set(orgName,
                    d.personName().strip(), d.position().strip(), d.phone().strip(), zero.now()));
        } else {
            ZeroContact n = new ZeroContact(campaignId, d.orgKind().name(), d.orgCode(), d.duty().name());
            n.set(orgName, d.personName().strip(), d.position().strip(), d.phone().strip(), zero.now());
            contacts.save(n);
            changes.flush();
            audit.record(AuditRecord.created("ZeroContact", n.getId(), "登记" + summary, n.snapshot()));
        }
        ensureTeam(c, d.orgKind(), d.orgCode(), orgName);
    }

    /** The 专班 of an organisation of 附表2, registered once (the first contact or the first registration). */
    ZeroTeam ensureTeam(ZeroCampaign c, OrgKind kind, String code, String name) {
        return teams.findByCampaignIdAndOrgKindAndOrgCode(c.getId(), kind.name(), code).orElseGet(() -> {
            ZeroTeam t = new ZeroTeam(c.getId(), kind, code, name, kind == OrgKind.REGION ? code
                    : c.getRegionCode(), zero.now());
            teams.save(t);
            changes.flush();
            audit.record(AuditRecord.created("ZeroTeam", t.getId(), "登记“零事故”创建工作专班 " + name, t.snapshot()));
            return t;
        });
    }

    /** The organisation's name: a county / zone of the campaign's region from the tree, or a department's. */
    String org(ZeroCampaign c, OrgKind kind, String code, String name, List<FieldViolation> errors) {
        if (kind == null) {
            return null;
        }
        if (code == null || code.isBlank() || code.length() > 64) {
            errors.add(new FieldViolation("orgCode", "请填写单位代码(区划代码或部门标识)"));
            return null;
        }
        if (kind == OrgKind.REGION) {
            Regions.RegionView r = RegionCode.isValid(code) ? regions.find(code).orElse(null) : null;
            if (r == null || RegionCode.of(code).level() != RegionLevel.COUNTY
                    || !RegionCode.of(c.getRegionCode()).contains(code)) {
                errors.add(new FieldViolation("orgCode", "应为本次创建区域内的县(市、区)或开发区区划代码"));
                return null;
            }
            return r.name();
        }
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            errors.add(new FieldViolation("orgName", "请填写牵头部门名称(不超过200字)"));
            return null;
        }
        return name.strip();
    }

    void requireOrgOrOffice(ZeroCampaign c, OrgKind kind, String code) {
        CurrentUser me = ZeroAccidents.me();
        DataScope scope = scopes.current();
        boolean office = me.isOfficialOrAdmin() && scope.coversRegion(c.getRegionCode()) && !scope.sectorLimited();
        if (!office && !own(me, c, kind, code)) {
            throw new AccessDeniedException("只能登记本县(市、区)或本部门的联络员");
        }
    }

    static boolean own(CurrentUser me, ZeroCampaign c, OrgKind kind, String code) {
        if (!me.isOfficialOrAdmin() || me.regionCode() == null) {
            return false;
        }
        return kind == OrgKind.REGION ? me.regionCode().equals(code)
                : me.departmentId() != null && me.departmentId().toString().equals(code)
                        && me.regionCode().equals(c.getRegionCode());
    }

    // ---------------------------------------------------------------- submissions

    /**
     * A county (its own officials) or a lead department (its city officials) submits one calendar item: the content
     * is fixed now, hashed (SHA-256) and stored with the due date; after the due date it is late.
     */
    @Transactional
    public SubmissionView submit(UUID campaignId, SubmissionRequest r) {
        ZeroCampaign c = zero.load(campaignId);
        List<FieldViolation> errors = new ArrayList<>();
        Deadline d = r.deadlineCode() == null ? null : c.deadline(r.deadlineCode()).orElse(null);
        if (d == null) {
            errors.add(new FieldViolation("deadlineCode", "报送日历中没有该事项"));
        }
        if (r.orgKind() == null) {
            errors.add(new FieldViolation("orgKind", "请选择 REGION 或 DEPARTMENT"));
        }
        String orgName = org(c, r.orgKind(), r.orgCode(), r.orgName(), errors);
        if (d != null && (d.kind() == Deadline.Kind.PLAN || d.kind() == Deadline.Kind.OTHER)) {
            ZeroAccidents.text(errors, "text", r.text(), true, 10000, "请填写报送内容(如实施方案全文或摘要)");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CurrentUser me = ZeroAccidents.me();
        if (!own(me, c, r.orgKind(), r.orgCode())) {
            throw new AccessDeniedException("只能由本县(市、区)或本部门报送");
        }
        LocalDate today = zero.today();
        String content = content(c, d, r, today);
        String hash = ZeroAccidents.sha256(content);
        UUID id = Ids.newId();
        Instant now = zero.now().truncatedTo(ChronoUnit.MICROS);
        boolean late = today.isAfter(d.dueDate());
        jdbc.update("insert into accident_zero_submission (id, campaign_id, deadline_code, org_kind, org_code, org_name,"
                + " submitted_by, submitted_by_name, submitted_at, due_date, late, hash_algorithm, content_hash, content)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, campaignId, d.code(), r.orgKind().name(),
                r.orgCode(), orgName, me.id(), me.displayName(), Timestamp.from(now), d.dueDate(), late,
                ZeroAccidents.HASH_ALGORITHM, hash, content);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("deadline", d.code());
        after.put("dueDate", d.dueDate().toString());
        after.put("late", late);
        after.put("sha256", hash);
        audit.record(new AuditRecord("SUBMIT", "ZeroSubmission", id.toString(), "报送" + d.title() + "(" + orgName
                + (late ? ",逾期" : "") + ")", null, after));
        return new SubmissionView(id, d.code(), r.orgKind(), r.orgCode(), orgName, me.displayName(), now,
                d.dueDate(), late, ZeroAccidents.HASH_ALGORITHM, hash, content);
    }

    /** The canonical text that is signed: one line per fact, in a fixed order. */
    private String content(ZeroCampaign c, Deadline d, SubmissionRequest r, LocalDate today) {
        StringBuilder s = new StringBuilder();
        s.append("campaign=").append(c.getId()).append('\n').append("item=").append(d.code()).append('\n')
                .append("org=").append(r.orgKind()).append(':').append(r.orgCode()).append('\n')
                .append("date=").append(today).append('\n');
        if (d.kind().carriesTable1()) {
            ZeroAccidents.Table1 t = zero.table1(c.getId(), today);
            s.append("definition=").append(t.definition()).append('\n');
            List<ZeroAccidents.Row> rows = new ArrayList<>(t.rows());
            rows.add(t.total());
            for (ZeroAccidents.Row row : rows) {
                s.append("row=").append(Objects.toString(row.countyCode(), "TOTAL"));
                row.cells().forEach(x -> s.append('|').append(x.type()).append(':').append(x.total()).append('/')
                        .append(x.zero()));
                s.append('\n');
            }
        } else if (d.kind() == Deadline.Kind.CONTACTS) {
            contacts(c.getId()).stream().filter(x -> x.orgKind() == r.orgKind() && x.orgCode().equals(r.orgCode()))
                    .forEach(x -> s.append("contact=").append(x.duty()).append('|').append(x.personName()).append('|')
                            .append(x.position()).append('|').append(x.phone()).append('\n'));
        } else {
            s.append("text=").append(r.text().strip().replace("\r\n", "\n")).append('\n');
        }
        return s.toString();
    }

    /**
     * Every calendar item against every county of the campaign (and every department that submitted): the first
     * submission decides lateness; without one it is due, or overdue after the due date. In the caller's scope.
     */
    @Transactional(readOnly = true)
    public List<SubmissionStatus> submissions(UUID campaignId) {
        ZeroCampaign c = zero.load(campaignId);
        DataScope scope = scopes.current();
        CurrentUser me = ZeroAccidents.me();
        LocalDate today = zero.today();
        record Sent(String deadline, String kind, String code, String name, Instant at, String by, String hash) {
        }
        Map<String, Sent> first = new LinkedHashMap<>();
        Map<String, String> orgs = new LinkedHashMap<>();
        jdbc.query("select deadline_code, org_kind, org_code, org_name, submitted_at, submitted_by_name, content_hash"
                + " from accident_zero_submission where campaign_id = ? order by submitted_at", rs -> {
                    Sent s = new Sent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7));
                    first.putIfAbsent(s.deadline() + "/" + s.kind() + ":" + s.code(), s);
                    orgs.putIfAbsent(s.kind() + ":" + s.code(), s.name());
                }, campaignId);
        Map<String, String> expected = new LinkedHashMap<>();
        if (RegionCode.of(c.getRegionCode()).level().depth() < RegionLevel.COUNTY.depth()) {
            regions.children(c.getRegionCode()).forEach(r -> expected.put("REGION:" + r.code(), r.name()));
        }
        orgs.forEach(expected::putIfAbsent);
        boolean office = me.isOfficialOrAdmin() && scope.coversRegion(c.getRegionCode()) && !scope.sectorLimited();
        List<SubmissionStatus> out = new ArrayList<>();
        Map<String, Boolean> visible = new HashMap<>();
        for (Deadline d : c.calendar()) {
            for (var org : expected.entrySet()) {
                String[] k = org.getKey().split(":", 2);
                OrgKind kind = OrgKind.valueOf(k[0]);
                boolean see = visible.computeIfAbsent(org.getKey(), x -> office || own(me, c, kind, k[1])
                        || kind == OrgKind.REGION && scope.coversRegion(k[1]));
                if (!see) {
                    continue;
                }
                Sent s = first.get(d.code() + "/" + org.getKey());
                SubmissionState state = s == null ? (today.isAfter(d.dueDate()) ? SubmissionState.OVERDUE
                        : SubmissionState.DUE)
                        : LocalDate.ofInstant(s.at(), Zones.CHINA).isAfter(d.dueDate()) ? SubmissionState.SUBMITTED_LATE
                                : SubmissionState.SUBMITTED;
                out.add(new SubmissionStatus(d.code(), d.title(), d.dueDate(), kind, k[1], org.getValue(), state,
                        s == null ? null : s.at(), s == null ? null : s.by(), s == null ? null : s.hash()));
            }
        }
        return out;
    }
}
