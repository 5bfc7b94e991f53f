package org.zhiben.risk.prejudgment;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.RegionCode;
import org.zhiben.common.RegionLevel;
import org.zhiben.common.SectorSet;
import org.zhiben.common.SqlFragment;
import org.zhiben.common.StaleVersionException;
import org.zhiben.directory.Duty;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.Regions;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.Role;
import org.zhiben.identity.ScopeAttributes;
import org.zhiben.risk.RiskLevel;
import org.zhiben.risk.RiskWarningRaised;
import org.zhiben.risk.inventory.InventoryAccess;
import org.zhiben.risk.prejudgment.Prejudgment.Subject;
import org.zhiben.risk.prejudgment.PrejudgmentPeriod.Cadence;

/**
 * 风险预判 at the cadence of seed 000 (see {@link PrejudgmentKind}) and the graded early warnings they raise.
 *
 * <ul>
 * <li>One judgment per (kind, subject, period): a second submission for the same period revises the first and must
 * carry its version (a missing or stale one is 409), never a duplicate.</li>
 * <li>Periods are computed in Asia/Shanghai; a judgment may be for a past period (entered late) or the current or the
 * next one, never further ahead.</li>
 * <li>重大/较大/一般 raise a 红/橙/黄 early warning ({@link RiskWarningRaised} is published), 低 raises none; revising a
 * judgment to 低 withdraws its warning, to another grade raises it again (to be acknowledged again).</li>
 * <li>Warnings are visible to officials whose jurisdiction covers the enterprise (sector limits apply), for a
 * department's own judgment to officials above and below its region, and to the enterprise itself; officials in
 * scope acknowledge them (audited).</li>
 * </ul>
 */
@NamedInterface("prejudgment")
@Service
public class RiskPrejudgments {

    static final String JUDGMENT = "RiskPrejudgment";
    private static final VersionedChanges.Subject<Prejudgment> JUDGMENT_CHANGE = new VersionedChanges.Subject<>(
            JUDGMENT, Prejudgment::getId, Prejudgment::getVersion, Prejudgment::snapshot);
    static final String WARNING = "RiskEarlyWarning";
    private static final VersionedChanges.Subject<EarlyWarning> WARNING_CHANGE = new VersionedChanges.Subject<>(
            WARNING, EarlyWarning::getId, EarlyWarning::getVersion, EarlyWarning::snapshot);
    public static final int MAX_PERIODS = 92;
    private static final int LIST_LIMIT = 200;

    private final PrejudgmentRepository judgments;
    private final EarlyWarningRepository warnings;
    private final InventoryAccess access;
    private final Enterprises enterprises;
    private final Regions regions;
    private final SectorCatalog sectors;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final VersionedChanges changes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RiskPrejudgments(PrejudgmentRepository judgments, EarlyWarningRepository warnings, InventoryAccess access,
            Enterprises enterprises, Regions regions, SectorCatalog sectors, DataScopes scopes, AuditTrail audit,
            VersionedChanges changes, ApplicationEventPublisher events, Clock clock) {
        this.judgments = judgments;
        this.warnings = warnings;
        this.access = access;
        this.enterprises = enterprises;
        this.regions = regions;
        this.sectors = sectors;
        this.scopes = scopes;
        this.audit = audit;
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    /** The current period of a cadence in Asia/Shanghai. */
    public PrejudgmentPeriod current(Cadence cadence) {
        return PrejudgmentPeriod.containing(cadence, clock.instant());
    }

    /** The kinds the signed-in user may submit. */
    public List<PrejudgmentKind> kindsFor(CurrentUser me) {
        return Arrays.stream(PrejudgmentKind.values()).filter(k -> mayJudge(me, k)).toList();
    }

    private static boolean mayJudge(CurrentUser me, PrejudgmentKind kind) {
        return switch (kind) {
            case WORKSHOP_DAILY -> me.role().isEnterpriseRole() && me.enterpriseId() != null;
            case ENTERPRISE_WEEKLY -> me.enterpriseId() != null && me.managerOf(me.enterpriseId());
            case COUNTY_MONTHLY -> me.is(Role.OFFICIAL) && officialLevel(me) == RegionLevel.COUNTY;
            case CITY_QUARTERLY -> me.is(Role.OFFICIAL) && officialLevel(me) == RegionLevel.CITY;
        };
    }

    private static RegionLevel officialLevel(CurrentUser me) {
        return RegionCode.isValid(me.regionCode()) ? RegionCode.of(me.regionCode()).level() : null;
    }

    /**
     * Submits the signed-in user's judgment for its subject and period, or revises the one already there
     * ({@code expectedVersion} required then).
     */
    @Transactional
    public PrejudgmentView submit(PrejudgmentData data, Long expectedVersion) {
        CurrentUser me = DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
        if (data.kind() == null) {
            throw new InvalidInputException("kind", "请选择预判类型:" + Arrays.stream(PrejudgmentKind.values())
                    .map(k -> k.name() + " " + k.label()).collect(Collectors.joining("、")));
        }
        PrejudgmentKind kind = data.kind();
        if (!mayJudge(me, kind)) {
            throw new AccessDeniedException(switch (kind) {
                case WORKSHOP_DAILY -> "车间(班组)日预判由本企业人员填写";
                case ENTERPRISE_WEEKLY -> "企业周预判由企业主要负责人或安全管理人员填写";
                case COUNTY_MONTHLY -> "县级部门月预判由县级部门人员填写";
                case CITY_QUARTERLY -> "市级部门季预判由市级部门人员填写";
            });
        }
        PrejudgmentPeriod period = period(kind, data.period());
        Subject subject = subject(me, kind, data);
        var now = clock.instant();
        Optional<Prejudgment> existing = judgments.findByKindAndSubjectKeyAndPeriod(kind, subject.key(),
                period.label());
        Prejudgment judgment;
        RiskLevel before;
        if (existing.isPresent()) {
            judgment = existing.get();
            if (expectedVersion == null) {
                throw new StaleVersionException(); // a second submission for the period must name the version it revises
            }
            before = judgment.getLevel();
            changes.apply(JUDGMENT_CHANGE, judgment, expectedVersion, "UPDATE",
                    "修改" + kind.label() + " " + subject.name() + " " + period.label(),
                    j -> j.judge(data.conditions(), data.level(), data.measures(), me.getUsername(), me.displayName(),
                            now));
        } else {
            if (expectedVersion != null && expectedVersion != 0) {
                throw new StaleVersionException();
            }
            before = null;
            judgment = new Prejudgment(kind, subject, period, now);
            judgment.judge(data.conditions(), data.level(), data.measures(), me.getUsername(), me.displayName(), now);
            try {
                judgments.saveAndFlush(judgment);
            } catch (DataIntegrityViolationException raced) {
                throw new StaleVersionException();
            }
            audit.record(AuditRecord.created(JUDGMENT, judgment.getId(),
                    kind.label() + " " + subject.name() + " " + period.label(), judgment.snapshot()));
        }
        warn(judgment, before);
        return judgment.view();
    }

    private void warn(Prejudgment judgment, RiskLevel before) {
        Optional<EarlyWarning> existing = warnings.findByPrejudgmentId(judgment.getId());
        RiskLevel level = judgment.getLevel();
        var now = clock.instant();
        EarlyWarning warning;
        if (!EarlyWarning.raises(level)) {
            existing.ifPresent(w -> {
                warnings.delete(w);
                audit.record(AuditRecord.deleted(WARNING, w.getId(), "预判改为低风险,撤销预警", w.snapshot()));
            });
            return;
        }
        if (existing.isPresent()) {
            if (level == before) {
                return;
            }
            warning = existing.get();
            Map<String, Object> snapshot = warning.snapshot();
            warning.regrade(judgment, now);
            warnings.saveAndFlush(warning);
            audit.record(AuditRecord.updated(WARNING, warning.getId(), "预警等级变更", snapshot, warning.snapshot()));
        } else {
            warning = warnings.saveAndFlush(new EarlyWarning(judgment, now));
            audit.record(AuditRecord.created(WARNING, warning.getId(),
                    EarlyWarningView.colorLabel(level) + "色预警 " + judgment.getSubjectName(), warning.snapshot()));
        }
        events.publishEvent(new RiskWarningRaised(warning.getId(), judgment.getId(), judgment.getEnterpriseId(),
                judgment.getRegionCode(), Set.copyOf(judgment.getSectors().codes()), judgment.getSubjectName(), level,
                judgment.getPeriod(), null));
    }

    /**
     * Raises the 红/橙/黄 warning of a monitoring alarm left unhandled (once per alarm: a second call answers the
     * first warning), audited and announced like a pre-judgment's. Called by the monitoring module's escalation, not
     * by a person, so there is no scope to check.
     */
    @Transactional
    public EarlyWarningView raiseForAlarm(AlarmWarning alarm) {
        Optional<EarlyWarning> existing = warnings.findByAlarmId(alarm.alarmId());
        if (existing.isPresent()) {
            return existing.get().view();
        }
        EarlyWarning warning = warnings.saveAndFlush(new EarlyWarning(alarm, clock.instant()));
        audit.record(AuditRecord.created(WARNING, warning.getId(),
                EarlyWarningView.colorLabel(alarm.level()) + "色预警 " + alarm.subjectName() + ":" + alarm.cause(),
                warning.snapshot()));
        EarlyWarningView view = warning.view();
        events.publishEvent(new RiskWarningRaised(warning.getId(), null, alarm.enterpriseId(), alarm.regionCode(),
                Set.copyOf(alarm.sectors().codes()), alarm.subjectName(), alarm.level(), view.period(),
                alarm.cause()));
        return view;
    }

    private PrejudgmentPeriod period(PrejudgmentKind kind, String label) {
        PrejudgmentPeriod current = current(kind.cadence());
        if (label == null || label.isBlank()) {
            return current;
        }
        PrejudgmentPeriod period = PrejudgmentPeriod.parse(kind.cadence(), label);
        if (period.start().isAfter(current.next().start())) {
            throw new InvalidInputException("period", "只能预判本期或下一期(本期为 " + current.label() + ")");
        }
        return period;
    }

    private Subject subject(CurrentUser me, PrejudgmentKind kind, PrejudgmentData data) {
        if (kind.enterprise()) {
            EnterpriseSummary e = access.readable(me.enterpriseId());
            SectorSet sectorList = SectorSet.of(e.sectors());
            if (kind == PrejudgmentKind.WORKSHOP_DAILY) {
                String workshop = data.workshop() == null ? "" : data.workshop().strip();
                if (workshop.isEmpty() || workshop.length() > 100) {
                    throw new InvalidInputException("workshop", "请填写车间或班组名称(不超过100个字符)");
                }
                return new Subject(e.id() + "/" + workshop, e.name() + " " + workshop, e.id(), e.regionCode(),
                        sectorList, workshop);
            }
            return new Subject(e.id().toString(), e.name(), e.id(), e.regionCode(), sectorList, null);
        }
        DataScope scope = scopes.of(me);
        String sector = data.sector() == null || data.sector().isBlank() ? null : data.sector().strip();
        if (sector == null && scope.sectorLimited()) {
            throw new InvalidInputException("sector", "请选择本部门负责的行业领域:" + String.join("、", scope.sectors()));
        }
        String sectorName = null;
        if (sector != null) {
            String code = sector;
            sectorName = sectors.sectors().stream().filter(s -> s.code().equals(code)).findFirst()
                    .map(SectorCatalog.Entry::name)
                    .orElseThrow(() -> new InvalidInputException("sector", "未知的行业领域代码 " + code));
            if (scope.sectorLimited() && !scope.sectors().contains(sector)) {
                throw new InvalidInputException("sector", "只能预判本部门负责的行业领域:" + String.join("、", scope.sectors()));
            }
        }
        String region = me.regionCode();
        String name = regions.find(region).map(Regions.RegionView::name).orElse(region)
                + (sectorName == null ? "" : " " + sectorName);
        return new Subject(region + "/" + (sector == null ? "" : sector), name, null, region,
                sector == null ? SectorSet.EMPTY : SectorSet.of(sector), null);
    }

    // ---- reading

    /** The enterprise's judgments, newest period first (scope as the inventory: 404 outside). */
    @Transactional(readOnly = true)
    public List<PrejudgmentView> ofEnterprise(UUID enterpriseId) {
        access.readable(enterpriseId);
        return judgments.findByEnterpriseIdOrderByPeriodStartDescJudgedAtDesc(enterpriseId,
                PageRequest.of(0, LIST_LIMIT)).stream().map(Prejudgment::view).toList();
    }

    /** Government judgments of the official's region and the regions above it, newest first. */
    @Transactional(readOnly = true)
    public List<PrejudgmentView> ofDepartments() {
        CurrentUser me = official();
        if (!RegionCode.isValid(me.regionCode())) {
            return List.of(); // an administrator without a region
        }
        return judgments.findByEnterpriseIdIsNullAndRegionCodeInOrderByPeriodStartDescJudgedAtDesc(
                ancestors(me.regionCode()), PageRequest.of(0, LIST_LIMIT)).stream().map(Prejudgment::view).toList();
    }

    /**
     * Of the last {@code periods} days (WORKSHOP_DAILY, for the enterprise overall: a day with any workshop's judgment
     * counts) or ISO weeks (ENTERPRISE_WEEKLY), the current one included: those without a judgment, oldest first.
     */
    @Transactional(readOnly = true)
    public List<String> missing(UUID enterpriseId, PrejudgmentKind kind, int periods) {
        access.readable(enterpriseId);
        if (kind == null || !kind.enterprise()) {
            throw new InvalidInputException("kind", "企业的缺报查询只支持 WORKSHOP_DAILY、ENTERPRISE_WEEKLY");
        }
        List<String> labels = lastPeriods(kind.cadence(), periods);
        Set<String> done = judgments.findByEnterpriseIdAndKindAndPeriodIn(enterpriseId, kind, labels).stream()
                .map(Prejudgment::getPeriod).collect(Collectors.toSet());
        return labels.stream().filter(l -> !done.contains(l)).toList();
    }

    /** A county official's months, a city official's quarters, without a judgment of the department (oldest first). */
    @Transactional(readOnly = true)
    public List<String> missingOwn(int periods) {
        CurrentUser me = official();
        PrejudgmentKind kind = Arrays.stream(PrejudgmentKind.values()).filter(k -> !k.enterprise())
                .filter(k -> mayJudge(me, k)).findFirst()
                .orElseThrow(() -> new InvalidInputException("kind", "只有县级部门(月预判)和市级部门(季预判)需要填写部门预判"));
        List<String> labels = lastPeriods(kind.cadence(), periods);
        DataScope scope = scopes.of(me);
        Set<String> done = judgments.findByKindAndRegionCodeAndPeriodIn(kind, me.regionCode(), labels).stream()
                .filter(j -> scope.coversSectors(j.getSectors().codes()))
                .map(Prejudgment::getPeriod).collect(Collectors.toSet());
        return labels.stream().filter(l -> !done.contains(l)).toList();
    }

    /** The department kind the official submits, if any. */
    public Optional<PrejudgmentKind> departmentKind(CurrentUser me) {
        return Arrays.stream(PrejudgmentKind.values()).filter(k -> !k.enterprise()).filter(k -> mayJudge(me, k))
                .findFirst();
    }

    public record MissingEnterprise(UUID enterpriseId, String name, String regionCode) {
    }

    /** 生产经营单位 in the official's scope without this ISO week's 企业周预判, a page at a time. */
    @Transactional(readOnly = true)
    public Page<MissingEnterprise> enterprisesMissingThisWeek(Pageable pageable) {
        official();
        PrejudgmentPeriod week = current(Cadence.WEEK);
        return enterprises.owingWithout(Duty.WEEKLY_PREJUDGMENT, SqlFragment.of("exists (select 1 from"
                + " risk_prejudgment p where p.enterprise_id = e.id and p.kind = ? and p.period = ?)",
                PrejudgmentKind.ENTERPRISE_WEEKLY.name(), week.label()), pageable)
                .map(e -> new MissingEnterprise(e.id(), e.name(), e.regionCode()));
    }

    private List<String> lastPeriods(Cadence cadence, int periods) {
        if (periods < 1 || periods > MAX_PERIODS) {
            throw new InvalidInputException("periods", "期数应为1至" + MAX_PERIODS);
        }
        List<String> labels = new ArrayList<>();
        PrejudgmentPeriod p = current(cadence);
        for (int i = 0; i < periods; i++) {
            labels.add(0, p.label());
            p = p.previous();
        }
        return labels;
    }

    private static CurrentUser official() {
        CurrentUser me = DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
        if (!me.isOfficialOrAdmin()) {
            throw new AccessDeniedException("仅监管部门人员可查看");
        }
        return me;
    }

    // ---- warnings

    /**
     * Early warnings the user may see, newest first, a page at a time; {@code level} and {@code period} (a
     * pre-judgment's period, or the day of an alarm's warning) filter when given.
     */
    @Transactional(readOnly = true)
    public Page<EarlyWarningView> warnings(RiskLevel level, String period, Pageable pageable) {
        DataScope scope = scopes.current();
        Specification<EarlyWarning> spec = visibleTo(scope);
        if (level != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("level"), level));
        }
        if (period != null && !period.isBlank()) {
            String p = period.strip();
            spec = spec.and((root, q, cb) -> cb.equal(root.get("period"), p));
        }
        return warnings.findAll(spec, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "raisedAt", "id"))).map(EarlyWarning::view);
    }

    /** An official in scope acknowledges a warning (once); others who see it get 403, others still 404. */
    @Transactional
    public EarlyWarningView acknowledge(UUID warningId, Long expectedVersion) {
        DataScope scope = scopes.current();
        EarlyWarning w = warnings.findById(warningId).filter(x -> visible(scope, x))
                .orElseThrow(() -> new NotFoundException("预警"));
        CurrentUser me = DataScopes.currentUser().orElseThrow();
        if (!me.isOfficialOrAdmin()) {
            throw new AccessDeniedException("预警由监管部门人员确认");
        }
        // without a version the warning is acknowledged as it stands now
        changes.apply(WARNING_CHANGE, w, expectedVersion == null ? w.getVersion() : expectedVersion, "ACKNOWLEDGE",
                "确认预警", x -> x.acknowledge(me.getUsername(), clock.instant()));
        return w.view();
    }

    /** {@link #visible} in SQL: enterprise warnings by the scope, department warnings by region and sector. */
    private static Specification<EarlyWarning> visibleTo(DataScope scope) {
        Specification<EarlyWarning> ofEnterprises = scope.specification(ScopeAttributes.standard());
        if (scope.kind() != DataScope.Kind.JURISDICTION) {
            return ofEnterprises;
        }
        Specification<EarlyWarning> enterpriseWarning = (root, q, cb) -> cb.isNotNull(root.get("enterpriseId"));
        Specification<EarlyWarning> departmentWarning = (root, q, cb) -> cb.isNull(root.get("enterpriseId"));
        return enterpriseWarning.and(ofEnterprises)
                .or(departmentWarning.and(scope.regionRecords("regionCode", "sectors")));
    }

    /** Enterprise warnings by the directory rule; a department's warning for its region, above and below. */
    private static boolean visible(DataScope scope, EarlyWarning w) {
        Set<String> sectorsOfWarning = w.getSectors().codes();
        if (w.getEnterpriseId() != null) {
            return scope.permits(w.getEnterpriseId(), w.getRegionCode(), sectorsOfWarning);
        }
        return scope.permitsRegionRecord(w.getRegionCode(), sectorsOfWarning);
    }

    private static List<String> ancestors(String regionCode) {
        Set<String> codes = new HashSet<>();
        for (RegionCode c = RegionCode.of(regionCode); c != null; c = c.parent()) {
            codes.add(c.value());
        }
        return List.copyOf(codes);
    }
}
