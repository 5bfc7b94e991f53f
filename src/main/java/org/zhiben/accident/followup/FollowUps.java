package org.zhiben.accident.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.accident.AccidentCategories;
import org.zhiben.accident.AccidentState;
import org.zhiben.accident.Accidents;
import org.zhiben.accident.LifetimeBanProposed;
import org.zhiben.accident.internal.Accident;
import org.zhiben.accident.internal.AccidentRepository;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.Ids;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.SectorSet;
import org.zhiben.common.Zones;
import org.zhiben.directory.EnterpriseFilter;
import org.zhiben.directory.EnterpriseStatus;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardReporting;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardState;
import org.zhiben.hazard.HazardType;
import org.zhiben.hazard.NewHazard;
import org.zhiben.hazard.workflow.HazardWorkflow;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.SystemActors;

/**
 * What an accident sets in motion (issue 14 item 5), each change loaded in the caller's scope (outside: 404), applied
 * through {@link VersionedChanges} (stale version: 409, one audit entry) in one transaction:
 * <ul>
 * <li>preventive measures an official records become hazards of source 事故类比 at the accident's enterprise, reported
 * in the same transaction on the enterprise's behalf (as monitoring's escalation does: the hazard module takes an
 * enterprise source only from the enterprise), tracked to closure from the accident page;</li>
 * <li>the class-analogy checks an official confirms: one row per peer enterprise of the chosen sector in the official's
 * scope (not closed, not the accident's own), written in batches of {@value #BATCH} from the registry's paged,
 * scope-filtered query, with the counts done / open / overdue in one grouped query;</li>
 * <li>the 黑名单 entry proposed by {@link BlacklistRule} when an accident is reported, regraded or found 瞒报/谎报, and
 * confirmed or declined by an official; a confirmed entry of a 重大/特别重大 accident publishes
 * {@link LifetimeBanProposed} for enforcement's register.</li>
 * </ul>
 */
@Service
public class FollowUps {

    static final int BATCH = 500;
    static final UUID SYSTEM_ACTOR = UUID.fromString("00000000-0000-7000-8000-00000000acc1");
    public static final String DEFAULT_JOINT = "依据《关于对安全生产领域失信生产经营单位及其有关人员开展联合惩戒的合作备忘录》实施联合惩戒:"
            + "通报有关部门,在市场准入、行政审批、融资授信、评优评先等方面依法予以限制,纳入安全生产重点监管对象";

    static final VersionedChanges.Subject<AccidentFollowUp> FOLLOW_UP = new VersionedChanges.Subject<>(
            "AccidentFollowUp", AccidentFollowUp::getId, AccidentFollowUp::getVersion, FollowUps::snapshot);
    static final VersionedChanges.Subject<AnalogyCheck> CHECK = new VersionedChanges.Subject<>("AccidentAnalogyCheck",
            AnalogyCheck::getId, AnalogyCheck::getVersion, FollowUps::snapshot);
    static final VersionedChanges.Subject<BlacklistEntry> BLACKLIST = new VersionedChanges.Subject<>(
            "AccidentBlacklist", BlacklistEntry::getId, BlacklistEntry::getVersion, FollowUps::snapshot);

    private final Accidents accidents;
    private final AccidentRepository accidentRows;
    private final FollowUpRepository followUps;
    private final MeasureRepository measures;
    private final AnalogyCheckRepository checks;
    private final BlacklistRepository blacklist;
    private final HazardReporting hazards;
    private final HazardWorkflow hazardViews;
    private final Enterprises enterprises;
    private final DataScopes scopes;
    private final VersionedChanges changes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final BlacklistRule rule;
    private final Clock clock;

    FollowUps(Accidents accidents, AccidentRepository accidentRows, FollowUpRepository followUps,
            MeasureRepository measures, AnalogyCheckRepository checks, BlacklistRepository blacklist,
            HazardReporting hazards, HazardWorkflow hazardViews, Enterprises enterprises, DataScopes scopes,
            VersionedChanges changes, AuditTrail audit, ApplicationEventPublisher events, JdbcTemplate jdbc,
            BlacklistRule rule, Clock clock) {
        this.accidents = accidents;
        this.accidentRows = accidentRows;
        this.followUps = followUps;
        this.measures = measures;
        this.checks = checks;
        this.blacklist = blacklist;
        this.hazards = hazards;
        this.hazardViews = hazardViews;
        this.enterprises = enterprises;
        this.scopes = scopes;
        this.changes = changes;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.rule = rule;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- views

    public record MeasureView(int seq, String measure, UUID hazardId, HazardState hazardState, String createdBy,
            Instant createdAt) {
    }

    public record AnalogySummary(String sector, LocalDate due, String note, String confirmedBy, Instant confirmedAt,
            int peers, long done, long open, long overdue) {
    }

    /** An accident's follow-up: the version its changes name (0 before the first), measures, analogy, blacklist. */
    public record View(UUID accidentId, long version, List<MeasureView> measures, long measuresClosed,
            AnalogySummary analogy, BlacklistView blacklist) {
    }

    public record BlacklistView(UUID id, long version, UUID accidentId, UUID enterpriseId, String unitName,
            String regionCode, String basis, BlacklistState state, String jointPunishment, LocalDate startsOn,
            LocalDate endsOn, String decisionReason, String decidedBy, Instant decidedAt, boolean lifetimeBan,
            boolean inForce) {
    }

    public record CheckView(UUID id, long version, UUID accidentId, UUID enterpriseId, String enterpriseName,
            String instructions, LocalDate dueDate, CheckState state, boolean overdue, String result, UUID hazardId,
            String doneBy, Instant doneAt) {
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.CHINA);
    }

    /** The follow-up of an accident in scope (404 outside). */
    @Transactional(readOnly = true)
    public View view(UUID accidentId) {
        Accident a = accidents.get(accidentId);
        Optional<AccidentFollowUp> f = followUps.findByAccidentId(a.getId());
        List<MeasureView> ms = new ArrayList<>();
        long closed = 0;
        for (PreventiveMeasure m : measures.findByAccidentIdOrderBySeq(a.getId())) {
            HazardState state = hazardState(m.getHazardId());
            if (state == HazardState.CLOSED) {
                closed++;
            }
            ms.add(new MeasureView(m.getSeq(), m.getMeasure(), m.getHazardId(), state, m.getCreatedBy(),
                    m.getCreatedAt()));
        }
        AnalogySummary analogy = f.filter(x -> x.getAnalogyAt() != null).map(this::summary).orElse(null);
        BlacklistView b = blacklist.findByAccidentId(a.getId()).map(this::view).orElse(null);
        return new View(a.getId(), f.map(AccidentFollowUp::getVersion).orElse(0L), ms, closed, analogy, b);
    }

    /** The hazard's state as the hazard module answers it to the caller; null when the caller may not see it. */
    private HazardState hazardState(UUID hazardId) {
        try {
            return hazardViews.view(hazardId).state();
        } catch (NotFoundException e) {
            return null;
        }
    }

    private AnalogySummary summary(AccidentFollowUp f) {
        long[] counts = new long[3];
        jdbc.query("select state, count(*), sum(case when due_date < ? then 1 else 0 end) from accident_analogy_check"
                + " where accident_id = ? group by state", rs -> {
                    long n = rs.getLong(2);
                    if (CheckState.DONE.name().equals(rs.getString(1))) {
                        counts[0] += n;
                    } else {
                        counts[1] += n;
                        counts[2] += rs.getLong(3);
                    }
                }, today(), f.getAccidentId());
        return new AnalogySummary(f.getAnalogySector(), f.getAnalogyDue(), f.getAnalogyNote(), f.getAnalogyBy(),
                f.getAnalogyAt(), f.getAnalogyPeers(), counts[0], counts[1], counts[2]);
    }

    // ---------------------------------------------------------------- measures

    /**
     * Records preventive measures (at most 20 at a time, each up to 500 characters):
     * each becomes a hazard of source 事故类比 at the accident's enterprise. Officials only.
     */
    @Transactional
    public View addMeasures(UUID accidentId, long version, List<String> given) {
        Accident a = accidents.get(accidentId);
        CurrentUser me = requireOfficial();
        List<String> lines = AccidentFollowUp.measures(given);
        AccidentFollowUp f = followUpOf(a);
        int[] first = new int[1];
        changes.apply(FOLLOW_UP, f, version, "MEASURES", "录入事故防范措施" + lines.size() + "条 " + a.getUnitName(),
                x -> first[0] = x.addMeasures(lines.size(), a.getState()));
        Instant now = clock.instant();
        String heading = "事故防范措施落实(" + a.getUnitName() + " "
                + LocalDate.ofInstant(a.getOccurredAt(), Zones.CHINA) + " "
                + AccidentCategories.label(a.getCategoryScheme(), a.getCategoryCode()) + "," + a.getGrade().label() + "):";
        for (int i = 0; i < lines.size(); i++) {
            String measure = lines.get(i);
            UUID hazard = onBehalfOf(a.getEnterpriseId(), "事故防范措施(" + me.displayName() + "录入)",
                    () -> hazards.report(new NewHazard(a.getEnterpriseId(), HazardSource.ACCIDENT_ANALOGY,
                            HazardLevel.GENERAL, HazardType.OTHER, null, null, heading + measure,
                            a.getPlace().length() > 200 ? a.getPlace().substring(0, 200) : a.getPlace(), null, null,
                            null, List.of())));
            measures.save(new PreventiveMeasure(f, first[0] + i, measure, hazard, me.displayName(), now));
        }
        measures.flush();
        return view(accidentId);
    }

    /** A page's text of measures, one per line. */
    public static List<String> lines(String text) {
        return AccidentFollowUp.lines(text);
    }

    private AccidentFollowUp followUpOf(Accident a) {
        return followUps.findByAccidentId(a.getId()).orElseGet(() -> followUps.save(AccidentFollowUp.of(a.getId(),
                a.getEnterpriseId(), a.getRegionCode(), a.getSectors(), clock.instant())));
    }

    /** Runs {@code work} as the enterprise's own reporter, for the hazard module's rule on enterprise sources. */
    private static <T> T onBehalfOf(UUID enterpriseId, String name, Supplier<T> work) {
        return SystemActors.actFor(enterpriseId, SYSTEM_ACTOR, "accident-followup", name, work);
    }

    // ---------------------------------------------------------------- class-analogy checks

    /**
     * Confirms the class-analogy checks of an accident: every enterprise of {@code sector} (one of the accident's) in
     * the official's scope, not closed and not the accident's own, gets one check due {@code due}. Once per accident.
     */
    @Transactional
    public View confirmAnalogy(UUID accidentId, long version, String sector, LocalDate due, String note) {
        Accident a = accidents.get(accidentId);
        CurrentUser me = requireOfficial();
        AccidentFollowUp f = followUpOf(a);
        String instructions = instructions(a, note);
        changes.apply(FOLLOW_UP, f, version, "ANALOGY", "下发类比排查 " + a.getUnitName(), x -> {
            x.confirmAnalogy(sector == null ? null : sector.strip(), due, note, a.getState(), today(),
                    me.displayName(), clock.instant());
            x.peersAssigned(assignPeers(a, x.getAnalogySector(), due, instructions));
        });
        return view(accidentId);
    }

    private String instructions(Accident a, String note) {
        StringBuilder s = new StringBuilder("类比排查:" + a.getUnitName() + "于"
                + LocalDate.ofInstant(a.getOccurredAt(), Zones.CHINA) + "发生" + a.getGrade().label() + "("
                + AccidentCategories.label(a.getCategoryScheme(), a.getCategoryCode()) + ")。请对照以下防范措施,"
                + "排查本单位是否存在同类问题:");
        for (PreventiveMeasure m : measures.findByAccidentIdOrderBySeq(a.getId())) {
            s.append('\n').append(m.getSeq()).append(". ").append(m.getMeasure());
        }
        if (note != null && !note.isBlank()) {
            s.append('\n').append(note.strip());
        }
        return s.length() > 4000 ? s.substring(0, 3999) + "…" : s.toString();
    }

    /** Writes one check per peer, page by page of the registry's scope-filtered query; answers how many. */
    private int assignPeers(Accident a, String sector, LocalDate due, String instructions) {
        EnterpriseFilter filter = new EnterpriseFilter(null, sector, null, null, null, null);
        Instant now = clock.instant();
        int total = 0;
        for (int page = 0; ; page++) {
            Page<EnterpriseSummary> p = enterprises.searchSummaries(filter, PageRequest.of(page, BATCH,
                    Sort.by("id")));
            List<Object[]> rows = new ArrayList<>();
            for (EnterpriseSummary e : p) {
                if (e.id().equals(a.getEnterpriseId()) || e.status() == EnterpriseStatus.CLOSED) {
                    continue;
                }
                rows.add(new Object[] {Ids.newId(), a.getId(), e.id(), e.regionCode(),
                        SectorSet.of(e.sectors()).encode(), e.name(), instructions, due, CheckState.OPEN.name(),
                        java.sql.Timestamp.from(now), java.sql.Timestamp.from(now)});
            }
            if (!rows.isEmpty()) {
                jdbc.batchUpdate("insert into accident_analogy_check (id, accident_id, enterprise_id, region_code,"
                        + " sectors, enterprise_name, instructions, due_date, state, version, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", rows);
                total += rows.size();
            }
            if (!p.hasNext()) {
                return total;
            }
        }
    }

    /** The class-analogy checks in scope: a peer's own, an official's jurisdiction; of one accident when given. */
    @Transactional(readOnly = true)
    public Page<CheckView> checks(UUID accidentId, CheckState state, Pageable page) {
        Specification<AnalogyCheck> spec = scopes.current().specification();
        if (accidentId != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("accidentId"), accidentId));
        }
        if (state != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("state"), state));
        }
        LocalDate today = today();
        return checks.findAll(spec, page).map(c -> view(c, today));
    }

    @Transactional(readOnly = true)
    public CheckView check(UUID id) {
        return view(loadCheck(id), today());
    }

    /**
     * The peer's answer: what was checked ({@code result}) and, when a problem of the kind was found, the problem
     * ({@code finding}), which becomes a hazard of source 事故类比. The enterprise's principal or safety manager.
     */
    @Transactional
    public CheckView complete(UUID id, long version, String result, String finding) {
        AnalogyCheck c = loadCheck(id);
        CurrentUser me = me();
        if (!me.managerOf(c.getEnterpriseId())) {
            throw new AccessDeniedException("类比排查须由本企业主要负责人或安全管理人员填报");
        }
        CHECK.requireVersion(c, version);
        AnalogyCheck.checkAnswer(result, finding);
        if (c.getState() != CheckState.OPEN) {
            throw new org.zhiben.common.InvalidInputException("state", "该类比排查已完成");
        }
        UUID hazard = finding == null || finding.isBlank() ? null : hazards.report(new NewHazard(c.getEnterpriseId(),
                HazardSource.ACCIDENT_ANALOGY, HazardLevel.GENERAL, HazardType.OTHER, null, null,
                "类比排查发现:" + finding.strip(), null, null, null, null, List.of()));
        changes.apply(CHECK, c, version, "COMPLETE", "完成类比排查 " + c.getEnterpriseName(),
                x -> x.complete(result, hazard, me.displayName(), clock.instant()));
        return view(c, today());
    }

    private AnalogyCheck loadCheck(UUID id) {
        DataScope scope = scopes.current();
        return checks.findById(id).filter(scope::permits).orElseThrow(() -> new NotFoundException("类比排查"));
    }

    // ---------------------------------------------------------------- blacklist

    /**
     * Proposes the accident for the blacklist when {@link BlacklistRule} says so and nothing was proposed for it yet.
     * Called in the transaction of the report, supplement or finding; the platform's proposal, audited.
     */
    @Transactional
    public void consider(UUID accidentId) {
        Accident a = accidentRows.findById(accidentId).orElse(null);
        if (a == null || a.getState() == AccidentState.VOIDED || blacklist.findByAccidentId(accidentId).isPresent()) {
            return;
        }
        rule.basis(a.getGrade(), a.flags(), a.isProductionSafety()).ifPresent(basis -> {
            BlacklistEntry e = BlacklistEntry.propose(a.getId(), a.getEnterpriseId(), a.getRegionCode(),
                    a.getSectors(), a.getUnitName(), basis, BlacklistRule.lifetimeBan(a.getGrade(),
                            a.getEnterpriseId() != null), clock.instant());
            blacklist.saveAndFlush(e);
            audit.record(AuditRecord.created("AccidentBlacklist", e.getId(), "提议列入黑名单(不良记录) "
                    + a.getUnitName() + ":" + basis, snapshot(e)));
        });
    }

    @Transactional(readOnly = true)
    public Page<BlacklistView> blacklist(BlacklistState state, Pageable page) {
        Specification<BlacklistEntry> spec = scopes.current().specification();
        if (state != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("state"), state));
        }
        return blacklist.findAll(spec, page).map(this::view);
    }

    @Transactional(readOnly = true)
    public BlacklistView blacklistEntry(UUID id) {
        return view(loadEntry(id));
    }

    /** The end date proposed on the confirmation form: today plus the configured term. */
    public LocalDate proposedEnd() {
        return today().plus(rule.term());
    }

    /** Confirms a proposed entry with the 联合惩戒 measures and its end date; officials in scope. */
    @Transactional
    public BlacklistView confirm(UUID id, long version, String jointPunishment, LocalDate endsOn, String reason) {
        BlacklistEntry e = loadEntry(id);
        CurrentUser me = requireOfficial();
        LocalDate today = today();
        changes.apply(BLACKLIST, e, version, "CONFIRM", "列入黑名单(不良记录) " + e.getUnitName(),
                x -> x.confirm(jointPunishment, endsOn, reason, today, me.displayName(), clock.instant()));
        if (e.isLifetimeBan() && e.getEnterpriseId() != null) {
            Accident a = accidentRows.findById(e.getAccidentId()).orElseThrow();
            var details = enterprises.details(e.getEnterpriseId());
            events.publishEvent(new LifetimeBanProposed(a.getId(), e.getEnterpriseId(), e.getUnitName(),
                    e.getRegionCode(), e.getSectors().codes(), a.getGrade(),
                    details.map(d -> d.principalName()).orElse(null),
                    details.map(d -> d.actualControllerName()).orElse(null),
                    "对发生" + a.getGrade().label() + "负有责任(" + e.getBasis() + ")", today));
        }
        return view(e);
    }

    /** Declines a proposed entry with a reason; officials in scope. */
    @Transactional
    public BlacklistView decline(UUID id, long version, String reason) {
        BlacklistEntry e = loadEntry(id);
        CurrentUser me = requireOfficial();
        changes.apply(BLACKLIST, e, version, "DECLINE", "不予列入黑名单 " + e.getUnitName(),
                x -> x.decline(reason, me.displayName(), clock.instant()));
        return view(e);
    }

    private BlacklistEntry loadEntry(UUID id) {
        DataScope scope = scopes.current();
        return blacklist.findById(id).filter(scope::permits).orElseThrow(() -> new NotFoundException("黑名单记录"));
    }

    // ---------------------------------------------------------------- helpers

    private BlacklistView view(BlacklistEntry e) {
        return new BlacklistView(e.getId(), e.getVersion(), e.getAccidentId(), e.getEnterpriseId(), e.getUnitName(),
                e.getRegionCode(), e.getBasis(), e.getState(), e.getJointPunishment(), e.getStartsOn(), e.getEndsOn(),
                e.getDecisionReason(), e.getDecidedBy(), e.getDecidedAt(), e.isLifetimeBan(), e.inForce(today()));
    }

    private static CheckView view(AnalogyCheck c, LocalDate today) {
        return new CheckView(c.getId(), c.getVersion(), c.getAccidentId(), c.getEnterpriseId(), c.getEnterpriseName(),
                c.getInstructions(), c.getDueDate(), c.getState(), c.overdue(today), c.getResult(), c.getHazardId(),
                c.getDoneBy(), c.getDoneAt());
    }

    private static CurrentUser me() {
        return DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
    }

    private static CurrentUser requireOfficial() {
        CurrentUser me = me();
        if (!me.isOfficialOrAdmin()) {
            throw new AccessDeniedException("只有监管人员可以执行该操作");
        }
        return me;
    }

    static Map<String, Object> snapshot(AccidentFollowUp f) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("accidentId", String.valueOf(f.getAccidentId()));
        s.put("measures", f.getMeasureCount());
        s.put("analogySector", f.getAnalogySector());
        s.put("analogyDue", String.valueOf(f.getAnalogyDue()));
        s.put("analogyPeers", f.getAnalogyPeers());
        return s;
    }

    static Map<String, Object> snapshot(AnalogyCheck c) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("accidentId", String.valueOf(c.getAccidentId()));
        s.put("enterprise", c.getEnterpriseName());
        s.put("state", c.getState().name());
        s.put("result", c.getResult());
        s.put("hazardId", String.valueOf(c.getHazardId()));
        return s;
    }

    static Map<String, Object> snapshot(BlacklistEntry e) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("accidentId", String.valueOf(e.getAccidentId()));
        s.put("unitName", e.getUnitName());
        s.put("basis", e.getBasis());
        s.put("state", e.getState().name());
        s.put("jointPunishment", e.getJointPunishment());
        s.put("endsOn", String.valueOf(e.getEndsOn()));
        s.put("reason", e.getDecisionReason());
        s.put("lifetimeBan", e.isLifetimeBan());
        return s;
    }
}
