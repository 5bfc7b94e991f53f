package org.zhiben.enforcement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.RegionCode;
import org.zhiben.common.SectorSet;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.enforcement.internal.AnnualPlan;
import org.zhiben.enforcement.internal.AnnualPlanRepository;
import org.zhiben.enforcement.internal.Draw;
import org.zhiben.enforcement.internal.DrawRepository;
import org.zhiben.enforcement.internal.PlanProgressQueries;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;

/**
 * 年度执法检查计划: an enforcement office (the official's jurisdiction) drafts one plan a year, with the share and
 * frequency of 双随机 checks per supervision category (defaults: {@link PlanDefaults}) and the key inspections; the
 * number of 双随机 checks is computed from the object directory (operating enterprises of the jurisdiction in the
 * drafter's scope, counted by category in SQL: {@link Enterprises#countOperatingByRiskAndGrade}) when the plan is
 * drafted, revised and filed. Filing (备案, to the level above) freezes it; publishing makes it public (公示, without
 * login). Every change is versioned and audited. A draft is seen only by its office; a filed plan also by the levels
 * above, and a plan of a level above by the offices below (as a draw).
 */
@Service
public class AnnualPlans {

    static final VersionedChanges.Subject<AnnualPlan> PLAN = new VersionedChanges.Subject<>("EnforcementPlan",
            AnnualPlan::getId, AnnualPlan::getVersion, AnnualPlan::snapshot);

    private final AnnualPlanRepository plans;
    private final DrawRepository draws;
    private final PlanProgressQueries progress;
    private final PlanDefaults defaults;
    private final EnforcementDirectory directory;
    private final Inspections inspections;
    private final Enterprises enterprises;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final VersionedChanges changes;
    private final IdempotentCreates creates;
    private final java.time.Clock clock;

    AnnualPlans(AnnualPlanRepository plans, DrawRepository draws, PlanProgressQueries progress, PlanDefaults defaults,
            EnforcementDirectory directory, Inspections inspections, Enterprises enterprises, DataScopes scopes,
            AuditTrail audit, VersionedChanges changes, IdempotentCreates creates, java.time.Clock clock) {
        this.plans = plans;
        this.draws = draws;
        this.progress = progress;
        this.defaults = defaults;
        this.directory = directory;
        this.inspections = inspections;
        this.enterprises = enterprises;
        this.scopes = scopes;
        this.audit = audit;
        this.changes = changes;
        this.creates = creates;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- writing

    @Transactional
    public UUID draft(NewPlan n, String idempotencyKey) {
        return creates.once("enforcement.plan", idempotencyKey, n, () -> draft(n));
    }

    private UUID draft(NewPlan n) {
        CurrentUser me = Inspections.requireOfficer();
        int year = year(n);
        if (plans.existsByRegionCodeAndYear(me.regionCode(), year)) {
            throw new InvalidInputException("year", year + "年度的执法检查计划已制定");
        }
        Office office = inspections.office(me);
        DataScope scope = scopes.current();
        AnnualPlan p = AnnualPlan.draft(office.code(), scope.sectorLimited() ? SectorSet.of(scope.sectors())
                : SectorSet.EMPTY, office.name(), year, n.title(), n.note(), shares(n, office.code()),
                targets(n, office.code()), directory.today(), clock.instant());
        try {
            plans.saveAndFlush(p);
        } catch (org.springframework.dao.DataIntegrityViolationException twin) {
            throw new InvalidInputException("year", year + "年度的执法检查计划已制定");
        }
        audit.record(AuditRecord.created("EnforcementPlan", p.getId(), "制定年度执法检查计划 " + p.getTitle(),
                p.snapshot()));
        return p.getId();
    }

    /** Revises a draft; the objects are counted again. Stale version: 409. */
    @Transactional
    public void revise(UUID id, long version, NewPlan n) {
        AnnualPlan p = own(id);
        int year = year(n);
        if (year != p.getYear() && plans.existsByRegionCodeAndYear(p.getRegionCode(), year)) {
            throw new InvalidInputException("year", year + "年度的执法检查计划已制定");
        }
        List<AnnualPlan.Share> shares = shares(n, p.getRegionCode());
        List<AnnualPlan.Target> targets = targets(n, p.getRegionCode());
        changes.apply(PLAN, p, version, "UPDATE", "修改年度执法检查计划 " + p.getTitle(), x -> x.revise(year, n.title(),
                n.note(), shares, targets, directory.today(), clock.instant()));
    }

    /** 备案 with the level above: the objects are counted a last time and the plan is frozen. */
    @Transactional
    public void file(UUID id, long version) {
        CurrentUser me = Inspections.requireOfficer();
        AnnualPlan p = own(id);
        List<AnnualPlan.Share> recounted = p.getCategories().stream().map(c -> new AnnualPlan.Share(c.category(),
                c.sharePercent(), c.rounds(), objects(p.getRegionCode()).getOrDefault(c.category(), 0L))).toList();
        String to = filedTo(p.getRegionCode());
        changes.apply(PLAN, p, version, "FILE", "年度执法检查计划报" + to + "备案 " + p.getTitle(),
                x -> x.file(recounted, to, me.displayName(), directory.today(), clock.instant()));
    }

    /** 公示: the plan (without the names of its key targets) is public from now on. */
    @Transactional
    public void publish(UUID id, long version) {
        CurrentUser me = Inspections.requireOfficer();
        AnnualPlan p = own(id);
        changes.apply(PLAN, p, version, "PUBLISH", "公示年度执法检查计划 " + p.getTitle(),
                x -> x.publish(me.displayName(), directory.today(), clock.instant()));
    }

    /**
     * 列入执法检查: adds {@code enterprise} (in the office's jurisdiction) as a key inspection of the office's plan for
     * this year, in the month given, whatever the plan's state; audited as ADD_TARGET. No plan this year: 400.
     */
    @Transactional
    public PlanView addTarget(EnterpriseSummary enterprise, int month, String reason) {
        CurrentUser me = Inspections.requireOfficer();
        int year = directory.today().getYear();
        AnnualPlan p = plans.findByRegionCodeAndYear(me.regionCode(), year)
                .orElseThrow(() -> new InvalidInputException("plan", "本机构尚未制定" + year + "年度执法检查计划,请先制定计划"));
        if (!RegionCode.of(p.getRegionCode()).contains(enterprise.regionCode())) {
            throw new InvalidInputException("enterpriseId", "关联的企业不存在或不在本机构管辖范围内");
        }
        p.getTargets().size();
        AnnualPlan.Target t = new AnnualPlan.Target(enterprise.id(), enterprise.name(), month, reason);
        changes.apply(PLAN, p, p.getVersion(), "ADD_TARGET", "列入重点执法检查 " + enterprise.name() + "(" + reason
                + ")", x -> x.addTarget(t, clock.instant()));
        return view(p, true);
    }

    /** The enterprises of the office's plan for this year (empty without a plan). */
    @Transactional(readOnly = true)
    public java.util.Set<UUID> currentTargets() {
        CurrentUser me = Inspections.requireOfficer();
        return plans.findByRegionCodeAndYear(me.regionCode(), directory.today().getYear())
                .map(p -> p.getTargets().stream().map(AnnualPlan.Target::enterpriseId)
                        .collect(java.util.stream.Collectors.toSet()))
                .orElse(java.util.Set.of());
    }

    private static int year(NewPlan n) {
        if (n.year() == null) {
            throw new InvalidInputException("year", "请填写计划年度");
        }
        return n.year();
    }

    private List<AnnualPlan.Share> shares(NewPlan n, String regionCode) {
        Map<SupervisionCategory, NewPlan.CategoryShare> asked = new EnumMap<>(SupervisionCategory.class);
        List<FieldViolation> v = new ArrayList<>();
        for (int i = 0; i < n.categories().size(); i++) {
            NewPlan.CategoryShare c = n.categories().get(i);
            if (c == null || c.category() == null) {
                v.add(new FieldViolation("categories[" + i + "].category", "请选择监管类别"));
            } else if (asked.put(c.category(), c) != null) {
                v.add(new FieldViolation("categories[" + i + "].category", "监管类别重复"));
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        Map<SupervisionCategory, Long> objects = objects(regionCode);
        List<AnnualPlan.Share> shares = new ArrayList<>();
        for (SupervisionCategory c : SupervisionCategory.values()) {
            NewPlan.CategoryShare a = asked.get(c);
            PlanDefaults.Share d = defaults.of(c);
            shares.add(new AnnualPlan.Share(c, a == null || a.sharePercent() == null ? d.sharePercent()
                    : a.sharePercent(), a == null || a.rounds() == null ? d.rounds() : a.rounds(),
                    objects.getOrDefault(c, 0L)));
        }
        return shares;
    }

    /** The office's objects per supervision category: operating enterprises of the jurisdiction, one SQL count. */
    Map<SupervisionCategory, Long> objects(String regionCode) {
        Map<SupervisionCategory, Long> counts = new EnumMap<>(SupervisionCategory.class);
        for (Enterprises.RiskGradeCount c : enterprises.countOperatingByRiskAndGrade(regionCode)) {
            counts.merge(SupervisionCategory.of(c.highRisk(), c.grade()), c.count(), Long::sum);
        }
        return counts;
    }

    private List<AnnualPlan.Target> targets(NewPlan n, String regionCode) {
        List<AnnualPlan.Target> out = new ArrayList<>();
        List<FieldViolation> v = new ArrayList<>();
        for (int i = 0; i < n.targets().size(); i++) {
            NewPlan.KeyTarget t = n.targets().get(i);
            String f = "targets[" + i + "]";
            if (t == null || t.enterpriseId() == null) {
                v.add(new FieldViolation(f + ".enterpriseId", "请选择重点检查的单位"));
                continue;
            }
            EnterpriseSummary e = enterprises.find(t.enterpriseId())
                    .filter(x -> RegionCode.of(regionCode).contains(x.regionCode())).orElse(null);
            if (e == null) {
                v.add(new FieldViolation(f + ".enterpriseId", "关联的企业不存在或不在本机构管辖范围内"));
                continue;
            }
            out.add(new AnnualPlan.Target(e.id(), e.name(), t.month() == null ? 0 : t.month(), t.reason()));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return out;
    }

    private String filedTo(String regionCode) {
        RegionCode region = RegionCode.of(regionCode);
        RegionCode parent = region.parent();
        if (parent == null || parent.equals(region)) {
            return "上级应急管理部门";
        }
        return enterprises.regionNames(List.of(parent.value())).getOrDefault(parent.value(), parent.value())
                + "应急管理部门";
    }

    /** A plan of the current official's own office (404 outside the scope, 403 for another office's plan). */
    private AnnualPlan own(UUID id) {
        CurrentUser me = Inspections.requireOfficer();
        AnnualPlan p = load(id);
        if (!p.getRegionCode().equals(me.regionCode())) {
            throw new AccessDeniedException("只有制定计划的执法机构可以修改、备案或公示本计划");
        }
        return p;
    }

    // ---------------------------------------------------------------- reading

    private AnnualPlan load(UUID id) {
        CurrentUser me = EnforcementDirectory.requireOfficial();
        DataScope scope = scopes.current();
        AnnualPlan p = plans.findById(id).filter(x -> scope.permitsRegionRecord(x.getRegionCode(),
                x.getSectors().codes())).filter(x -> x.getState() != PlanState.DRAFT
                        || x.getRegionCode().equals(me.regionCode())).orElseThrow(() -> new NotFoundException("执法检查计划"));
        p.getCategories().size();
        p.getTargets().size();
        return p;
    }

    @Transactional(readOnly = true)
    public PlanView get(UUID id) {
        return view(load(id), true);
    }

    /** Plans in the caller's scope (drafts of the caller's own office only), newest year first. */
    @Transactional(readOnly = true)
    public List<PlanView> list() {
        CurrentUser me = EnforcementDirectory.requireOfficial();
        DataScope scope = scopes.current();
        Specification<AnnualPlan> spec = scope.<AnnualPlan>regionRecords("regionCode", "sectors")
                .and((r, q, cb) -> cb.or(cb.notEqual(r.get("state"), PlanState.DRAFT),
                        me.regionCode() == null ? cb.disjunction() : cb.equal(r.get("regionCode"), me.regionCode())));
        return plans.findAll(spec, Sort.by(Sort.Direction.DESC, "year").and(Sort.by("regionCode"))).stream()
                .map(p -> view(p, true)).toList();
    }

    /** The 公示 of a published plan, for anybody (no login); its key targets' names withheld. */
    @Transactional(readOnly = true)
    public PlanView published(UUID id) {
        return plans.findById(id).filter(p -> p.getState() == PlanState.PUBLISHED).map(p -> view(p, false))
                .orElseThrow(() -> new NotFoundException("执法检查计划"));
    }

    @Transactional(readOnly = true)
    public List<PlanView> publishedList() {
        return plans.findAll((r, q, cb) -> cb.equal(r.get("state"), PlanState.PUBLISHED),
                Sort.by(Sort.Direction.DESC, "year").and(Sort.by("regionCode"))).stream().map(p -> view(p, false))
                .toList();
    }

    /** Progress of a plan in scope: 双随机 per category and month, key inspections per month. */
    @Transactional(readOnly = true)
    public PlanProgress progress(UUID id) {
        AnnualPlan p = load(id);
        Map<SupervisionCategory, int[]> done = progress.randomDone(p.getId(), p.getYear());
        List<PlanProgress.CategoryRow> rows = new ArrayList<>();
        for (AnnualPlan.CategoryLine c : p.getCategories()) {
            int[] months = done.getOrDefault(c.category(), new int[13]);
            rows.add(new PlanProgress.CategoryRow(c.category(), c.plannedChecks(), months,
                    java.util.Arrays.stream(months).sum()));
        }
        Map<Integer, java.time.LocalDate> first = progress.keyDone(p.getId(), p.getRegionCode(), p.getYear());
        int[] keyPlanned = new int[13];
        int[] keyDone = new int[13];
        List<PlanProgress.TargetRow> targets = new ArrayList<>();
        for (int i = 0; i < p.getTargets().size(); i++) {
            AnnualPlan.Target t = p.getTargets().get(i);
            keyPlanned[t.month()]++;
            java.time.LocalDate on = first.get(i);
            if (on != null) {
                keyDone[on.getMonthValue()]++;
            }
            targets.add(new PlanProgress.TargetRow(t.enterpriseId(), t.enterpriseName(), t.month(), on));
        }
        return new PlanProgress(p.getId(), p.getYear(), rows, keyPlanned, keyDone, p.getTargets().size(),
                first.size(), targets);
    }

    /**
     * For a draw that names a plan: the plan must be published, in the caller's scope, of the draw's year and cover
     * the draw's region, and the draw must name the supervision category it draws for.
     */
    @Transactional(readOnly = true)
    public void requireLinkable(UUID planId, SupervisionCategory category, String regionCode) {
        AnnualPlan p;
        try {
            p = load(planId);
        } catch (NotFoundException unknown) {
            throw new InvalidInputException("planId", "关联的执法检查计划不存在或不在您的管辖范围内");
        }
        List<FieldViolation> v = new ArrayList<>();
        if (p.getState() != PlanState.PUBLISHED) {
            v.add(new FieldViolation("planId", "执法检查计划尚未公示,不能据此抽取"));
        }
        if (p.getYear() != directory.today().getYear()) {
            v.add(new FieldViolation("planId", "只能按本年度的执法检查计划抽取"));
        }
        if (regionCode != null && RegionCode.isValid(regionCode) && !RegionCode.of(p.getRegionCode()).contains(regionCode)) {
            v.add(new FieldViolation("regionCode", "抽取区域不在该计划的执法机构辖区内"));
        }
        if (category == null) {
            v.add(new FieldViolation("category", "按计划抽取须选择监管类别"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    private PlanView view(AnnualPlan p, boolean official) {
        int[] byMonth = new int[13];
        p.getTargets().forEach(t -> byMonth[t.month()]++);
        List<PlanView.LinkedDraw> linked = draws.findAll((r, q, cb) -> cb.equal(r.get("planId"), p.getId()),
                Sort.by("drawnAt")).stream().map(d -> new PlanView.LinkedDraw(d.getId(), d.getTitle(),
                        d.getCategory(), d.getEnterpriseCount())).toList();
        return new PlanView(p.getId(), p.getVersion(), p.getRegionCode(), p.getOfficeName(), p.getYear(),
                p.getTitle(), p.getNote(), p.getState(), p.getCountedOn(), p.getFiledTo(), p.getFiledOn(),
                official ? p.getFiledByName() : null, p.getPublishedOn(), p.getCategories().stream()
                        .map(c -> new PlanView.Line(c.category(), c.sharePercent(), c.rounds(), c.objectCount(),
                                c.plannedChecks())).toList(), p.plannedRandomChecks(), p.getTargets().size(),
                byMonth, official ? p.getTargets().stream().map(t -> new PlanView.Target(t.enterpriseId(),
                        t.enterpriseName(), t.month(), t.reason())).toList() : List.of(), linked);
    }
}
