package org.zhiben.accident.rootcause;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.accident.AccidentState;
import org.zhiben.accident.Accidents;
import org.zhiben.accident.internal.Accident;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.RegionCode;
import org.zhiben.common.RegionLevel;
import org.zhiben.common.SectorSet;
import org.zhiben.common.SqlFragment;
import org.zhiben.common.Zones;
import org.zhiben.directory.Departments;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.Regions;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.workflow.HazardView;
import org.zhiben.hazard.workflow.HazardWorkflow;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;

/**
 * Root cause (溯源) of accidents and major hazards, seed 000's 五步工作法 over 人、机、环、管: analyses written by the
 * officials whose scope covers the subject or by the enterprise's principal or safety managers for their own
 * (idempotent create, versioned change with one audit entry), the recurring-cause counts (one grouped query in the
 * caller's scope) and the 一月一专题 / 一年一难题 an office picks from them (one per office and period). Subjects are
 * read in scope through {@link Accidents} and the hazard module's {@link HazardWorkflow}: outside it, 404.
 */
@Service
public class RootCauses {

    static final VersionedChanges.Subject<RootCause> ANALYSIS = new VersionedChanges.Subject<>("RootCause",
            RootCause::getId, RootCause::getVersion, RootCause::snapshot);
    static final VersionedChanges.Subject<RootCauseTopic> TOPIC = new VersionedChanges.Subject<>("RootCauseTopic",
            RootCauseTopic::getId, RootCauseTopic::getVersion, RootCauseTopic::snapshot);

    /** How far back the recurring causes a topic is picked from are counted: twelve months up to the pick. */
    static final int BASIS_MONTHS = 12;

    private final RootCauseRepository analyses;
    private final RootCauseTopicRepository topics;
    private final Accidents accidents;
    private final HazardWorkflow hazards;
    private final Enterprises enterprises;
    private final Departments departments;
    private final Regions regions;
    private final SectorCatalog sectors;
    private final DataScopes scopes;
    private final VersionedChanges changes;
    private final IdempotentCreates creates;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RootCauses(RootCauseRepository analyses, RootCauseTopicRepository topics, Accidents accidents,
            HazardWorkflow hazards, Enterprises enterprises, Departments departments, Regions regions,
            SectorCatalog sectors, DataScopes scopes, VersionedChanges changes, IdempotentCreates creates,
            AuditTrail audit, JdbcTemplate jdbc, Clock clock) {
        this.analyses = analyses;
        this.topics = topics;
        this.accidents = accidents;
        this.hazards = hazards;
        this.enterprises = enterprises;
        this.departments = departments;
        this.regions = regions;
        this.sectors = sectors;
        this.scopes = scopes;
        this.changes = changes;
        this.creates = creates;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- data

    /** A cause category of the data list {@code accident_cause_category}. */
    public record Category(String code, CauseFactor factor, String name) {
    }

    /** 析因: one cause, its factor and a category of that factor. */
    public record CauseData(CauseFactor factor, @Size(max = 8) String category, @Size(max = 1000) String description) {
    }

    /** 追责: a responsible person, their post or role, and what they answer for. */
    public record PersonData(@Size(max = 100) String name, @Size(max = 100) String role,
            @Size(max = 1000) String responsibility) {
    }

    /** 治源: a measure that removes the source, its owner, due date and whether it is done. */
    public record MeasureData(@Size(max = 1000) String measure, @Size(max = 100) String owner, LocalDate due,
            Boolean done) {
    }

    /**
     * The five steps: 述情 {@code situation}, 析因 {@code causes}, 追责 {@code people}, 明责 {@code duties}, 治源
     * {@code measures}; {@code sector} is the one sector (of the subject's) the analysis counts under (default: the
     * first).
     */
    public record AnalysisData(@Size(max = 4000) String situation, @Size(max = 12) String sector,
            @Valid List<CauseData> causes, @Valid List<PersonData> people, @Size(max = 4000) String duties,
            @Valid List<MeasureData> measures) {
    }

    /** A new analysis of an accident or a major hazard. */
    public record NewAnalysis(SubjectKind kind, UUID subjectId, @Valid AnalysisData analysis) {
    }

    public record CauseView(CauseFactor factor, String category, String categoryName, String description) {
    }

    public record MeasureView(String measure, String owner, LocalDate due, boolean done, LocalDate doneOn,
            boolean overdue) {
    }

    public record AnalysisView(UUID id, long version, SubjectKind kind, UUID subjectId, String subjectTitle,
            LocalDate subjectDate, UUID enterpriseId, String regionCode, String sector, String sectorName,
            String situation, List<CauseView> causes, List<PersonData> people, String duties,
            List<MeasureView> measures, String writtenByName, Instant updatedAt, boolean writable) {

        /** The analysis as the write command carries it (an edit form starts from it). */
        public AnalysisData data() {
            return new AnalysisData(situation, sector,
                    causes.stream().map(c -> new CauseData(c.factor(), c.category(), c.description())).toList(),
                    people, duties, measures.stream().map(m -> new MeasureData(m.measure(), m.owner(), m.due(),
                            m.done())).toList());
        }
    }

    public record AnalysisRow(UUID id, SubjectKind kind, UUID subjectId, String subjectTitle, LocalDate subjectDate,
            int causes, int measures, int measuresDone, long measuresOverdue, Instant updatedAt) {
    }

    /** Which analyses (and causes) to look at; every field optional. Dates are the subject's date (发生/发现). */
    public record Filter(LocalDate from, LocalDate to, SubjectKind kind, CauseFactor factor, String category,
            String sector, String region) {

        public Filter {
            if (from != null && to != null && from.isAfter(to)) {
                throw new org.zhiben.common.InvalidInputException("to", "结束日期不能早于开始日期");
            }
        }

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null);
        }
    }

    // ---------------------------------------------------------------- categories

    @Transactional(readOnly = true)
    public List<Category> categories() {
        return jdbc.query("select code, factor, name from accident_cause_category order by sort_order",
                (rs, i) -> new Category(rs.getString(1), CauseFactor.valueOf(rs.getString(2)), rs.getString(3)));
    }

    private Map<String, Category> categoryMap() {
        return categories().stream().collect(Collectors.toMap(Category::code, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    // ---------------------------------------------------------------- analyses

    /** Starts the analysis of a subject in scope; one per subject (a second one is a 400 beside {@code subjectId}). */
    @Transactional
    public UUID start(NewAnalysis n, String idempotencyKey) {
        return creates.once("accident.rootcause", idempotencyKey, n, () -> start(n));
    }

    private UUID start(NewAnalysis n) {
        if (n == null || n.kind() == null) {
            throw new InvalidInputException("kind", "请选择溯源对象:事故或重大事故隐患");
        }
        if (n.subjectId() == null) {
            throw new InvalidInputException("subjectId", "请选择要溯源的" + n.kind().label());
        }
        RootCause.Subject s = subject(n.kind(), n.subjectId());
        CurrentUser me = requireWriter(s.enterpriseId());
        if (analyses.findBySubjectKindAndSubjectId(s.kind(), s.id()).isPresent()) {
            throw new InvalidInputException("subjectId", "该" + s.kind().label() + "已有溯源分析,请在原分析上修改");
        }
        RootCause r = RootCause.start(s, n.analysis(), categoryMap(), me.id(), me.displayName(), today(),
                clock.instant());
        try {
            analyses.saveAndFlush(r);
        } catch (DataIntegrityViolationException twin) {
            throw new InvalidInputException("subjectId", "该" + s.kind().label() + "已有溯源分析,请在原分析上修改");
        }
        audit.record(AuditRecord.created("RootCause", r.getId(), "溯源分析 " + s.title(), r.snapshot()));
        return r.getId();
    }

    /** The subject as the caller may see it (404 outside the scope), checked for what an analysis is about. */
    private RootCause.Subject subject(SubjectKind kind, UUID id) {
        if (kind == SubjectKind.ACCIDENT) {
            Accident a = accidents.get(id);
            if (a.getState() == AccidentState.VOIDED) {
                throw new InvalidInputException("subjectId", "已作废的事故不做溯源分析");
            }
            LocalDate date = LocalDate.ofInstant(a.getOccurredAt(), Zones.CHINA);
            return new RootCause.Subject(kind, id, cut(a.getUnitName() + " " + date + " " + a.getGrade().label()
                    + "(" + a.getPlace() + ")", 300), date, a.getEnterpriseId(), a.getRegionCode(), a.getSectors());
        }
        HazardView h = hazards.view(id);
        if (h.level() != HazardLevel.MAJOR) {
            throw new InvalidInputException("subjectId", "隐患溯源只针对重大事故隐患");
        }
        EnterpriseSummary e = enterprises.find(h.enterpriseId()).orElseThrow(() -> new NotFoundException("隐患"));
        return new RootCause.Subject(kind, id, cut(h.enterpriseName() + " " + h.description(), 300), h.foundOn(),
                e.id(), e.regionCode(), SectorSet.of(e.sectors()));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    @Transactional(readOnly = true)
    public AnalysisView get(UUID id) {
        return view(load(id));
    }

    /** The analysis of a subject, if one was written (and the subject is in scope). */
    @Transactional(readOnly = true)
    public java.util.Optional<AnalysisView> ofSubject(SubjectKind kind, UUID subjectId) {
        return analyses.findBySubjectKindAndSubjectId(kind, subjectId).filter(scopes.current()::permits)
                .map(this::view);
    }

    /** Rewrites the five steps from the version the caller saw (stale: 409). */
    @Transactional
    public void write(UUID id, long version, AnalysisData data) {
        RootCause r = load(id);
        CurrentUser me = requireWriter(r.getEnterpriseId());
        Map<String, Category> categories = categoryMap();
        LocalDate today = today();
        changes.apply(ANALYSIS, r, version, "WRITE", "修改溯源分析 " + r.getSubjectTitle(),
                x -> x.write(data, categories, me.id(), me.displayName(), today));
    }

    @Transactional(readOnly = true)
    public Page<AnalysisRow> list(Filter f, Pageable page) {
        LocalDate today = today();
        return analyses.findAll(specification(f), page).map(r -> {
            List<RootCause.Measure> ms = r.getMeasures();
            return new AnalysisRow(r.getId(), r.getSubjectKind(), r.getSubjectId(), r.getSubjectTitle(),
                    r.getSubjectDate(), r.getCauses().size(), ms.size(),
                    (int) ms.stream().filter(RootCause.Measure::done).count(), r.overdueMeasures(today),
                    r.getUpdatedAt());
        });
    }

    private Specification<RootCause> specification(Filter f) {
        Specification<RootCause> spec = scopes.current().specification();
        Filter filter = f == null ? Filter.none() : f;
        if (filter.from() != null) {
            spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("subjectDate"), filter.from()));
        }
        if (filter.to() != null) {
            spec = spec.and((root, q, cb) -> cb.lessThanOrEqualTo(root.get("subjectDate"), filter.to()));
        }
        if (filter.kind() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("subjectKind"), filter.kind()));
        }
        if (filter.sector() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("sector"), filter.sector()));
        }
        if (filter.region() != null) {
            String prefix = regionPrefix(filter.region());
            spec = spec.and((root, q, cb) -> cb.like(root.get("regionCode"), prefix + "%"));
        }
        if (filter.factor() != null || filter.category() != null) {
            spec = spec.and((root, q, cb) -> {
                var sub = q.subquery(Integer.class);
                var r2 = sub.from(RootCause.class);
                var c = r2.join("causes");
                var match = cb.equal(r2.get("id"), root.get("id"));
                if (filter.factor() != null) {
                    match = cb.and(match, cb.equal(c.get("factor"), filter.factor()));
                }
                if (filter.category() != null) {
                    match = cb.and(match, cb.equal(c.get("category"), filter.category()));
                }
                return cb.exists(sub.select(cb.literal(1)).where(match));
            });
        }
        return spec;
    }

    private static String regionPrefix(String region) {
        if (!RegionCode.isValid(region)) {
            throw new InvalidInputException("region", "行政区划代码不正确");
        }
        return RegionCode.of(region).prefix();
    }

    /** Whether the current user may write the analysis of a subject of {@code enterpriseId}. */
    public boolean canWrite(UUID enterpriseId) {
        CurrentUser me = DataScopes.currentUser().orElse(null);
        return me != null && (me.isOfficialOrAdmin() || enterpriseId != null && me.managerOf(enterpriseId));
    }

    private CurrentUser requireWriter(UUID enterpriseId) {
        CurrentUser me = me();
        if (!canWrite(enterpriseId)) {
            throw new AccessDeniedException("溯源分析由监管人员或本企业主要负责人、安全管理人员填写");
        }
        return me;
    }

    private RootCause load(UUID id) {
        DataScope scope = scopes.current();
        return analyses.findById(id).filter(scope::permits).orElseThrow(() -> new NotFoundException("溯源分析"));
    }

    private AnalysisView view(RootCause r) {
        Map<String, Category> categories = categoryMap();
        LocalDate today = today();
        return new AnalysisView(r.getId(), r.getVersion(), r.getSubjectKind(), r.getSubjectId(), r.getSubjectTitle(),
                r.getSubjectDate(), r.getEnterpriseId(), r.getRegionCode(), r.getSector(), sectorName(r.getSector()),
                r.getSituation(),
                r.getCauses().stream().map(c -> new CauseView(c.factor(), c.category(),
                        categories.containsKey(c.category()) ? categories.get(c.category()).name() : c.category(),
                        c.description())).toList(),
                r.getPeople().stream().map(p -> new PersonData(p.name(), p.role(), p.responsibility())).toList(),
                r.getDuties(),
                r.getMeasures().stream().map(m -> new MeasureView(m.measure(), m.owner(), m.dueDate(), m.done(),
                        m.doneOn(), !m.done() && m.dueDate().isBefore(today))).toList(),
                r.getWrittenByName(), r.getUpdatedAt(), canWrite(r.getEnterpriseId()));
    }

    // ---------------------------------------------------------------- subjects to pick from

    /** A subject the caller may analyse, for the page's pick list. */
    public record SubjectOption(SubjectKind kind, UUID id, String title) {
    }

    /** A subject as the new-analysis page shows it: title, date, the sectors to count under, an analysis if any. */
    public record SubjectInfo(SubjectKind kind, UUID id, String title, LocalDate date,
            List<SectorCatalog.Entry> sectors, boolean writable, UUID analysisId) {
    }

    /** The subject in scope (404 outside), checked as a new analysis would be (a voided accident: 400). */
    @Transactional(readOnly = true)
    public SubjectInfo subjectInfo(SubjectKind kind, UUID id) {
        if (kind == null || id == null) {
            throw new InvalidInputException("subjectId", "请选择要溯源的事故或重大事故隐患");
        }
        RootCause.Subject s = subject(kind, id);
        return new SubjectInfo(kind, id, s.title(), s.date(), sectorEntries(s.sectors().codes()),
                canWrite(s.enterpriseId()), analyses.findBySubjectKindAndSubjectId(kind, id).map(RootCause::getId)
                        .orElse(null));
    }

    /** Accidents in scope (not voided) the caller may start an analysis of (the latest 100 by occurrence). */
    @Transactional(readOnly = true)
    public List<SubjectOption> accidents() {
        return accidents.list(new org.zhiben.accident.AccidentFilter(null, null, null),
                org.springframework.data.domain.PageRequest.of(0, 100, Sort.by(
                        Sort.Direction.DESC, "occurredAt")))
                .stream().filter(a -> a.getState() != AccidentState.VOIDED)
                .map(a -> new SubjectOption(SubjectKind.ACCIDENT, a.getId(), cut(a.getUnitName() + " "
                        + LocalDate.ofInstant(a.getOccurredAt(), Zones.CHINA) + " " + a.getGrade().label() + "("
                        + a.getPlace() + ")", 80))).toList();
    }

    /** Major hazards in scope the caller may start an analysis of (the latest 100). */
    @Transactional(readOnly = true)
    public List<SubjectOption> majorHazards() {
        return hazards.majorHazards(100).stream()
                .map(h -> new SubjectOption(SubjectKind.HAZARD, h.id(), cut(h.enterpriseName() + " · "
                        + h.description(), 80))).toList();
    }

    // ---------------------------------------------------------------- recurring causes

    /** One group of the recurring-cause count: causes of a category, in a sector and region. */
    public record CountRow(CauseFactor factor, String category, String categoryName, String sector,
            String sectorName, String region, String regionName, long causes, long analyses) {
    }

    public record Total(String key, String name, CauseFactor factor, long causes) {
    }

    /**
     * The recurring causes: {@code rows} grouped by factor, category, sector and region (the sub-regions one level
     * below {@code filter.region()} or the caller's jurisdiction), and the totals by factor and by category summed
     * from them (each cause counts once: an analysis counts under one sector and one region).
     */
    public record Recurring(Filter filter, List<CountRow> rows, List<Total> byFactor, List<Total> byCategory,
            long causes, int regionLength) {
    }

    @Transactional(readOnly = true)
    public Recurring recurring(Filter f) {
        Filter filter = f == null ? Filter.none() : f;
        DataScope scope = scopes.current();
        int length = regionLength(scope, filter.region());
        if (filter.region() != null && scope.kind() == DataScope.Kind.JURISDICTION) {
            RegionCode asked = RegionCode.of(filter.region());
            if (!scope.region().contains(asked) && !asked.contains(scope.region())) {
                throw new NotFoundException("区划");
            }
        }
        SqlFragment where = scope.sql("r").and(conditions(filter));
        String sql = "select c.factor, c.category, r.sector, substring(r.region_code, 1, " + length + ") as region,"
                + " count(*) as causes, count(distinct r.id) as analyses"
                + " from accident_root_cause_cause c join accident_root_cause r on r.id = c.analysis_id"
                + " where " + where.sql()
                + " group by c.factor, c.category, r.sector, substring(r.region_code, 1, " + length + ")";
        Map<String, Category> categories = categoryMap();
        Map<String, String> sectorNames = new HashMap<>();
        sectors.sectors().forEach(e -> sectorNames.put(e.code(), e.text()));
        Map<String, String> regionNames = new HashMap<>();
        List<CountRow> rows = jdbc.query(sql, (rs, i) -> {
            String category = rs.getString(2);
            String sector = rs.getString(3);
            String prefix = rs.getString(4);
            String region = prefix + "0".repeat(12 - prefix.length());
            return new CountRow(CauseFactor.valueOf(rs.getString(1)), category,
                    categories.containsKey(category) ? categories.get(category).name() : category, sector,
                    sector == null || sector.isEmpty() ? "未分行业" : sectorNames.getOrDefault(sector, sector),
                    region, regionNames.computeIfAbsent(prefix, this::regionName), rs.getLong(5), rs.getLong(6));
        }, where.argArray());
        rows = new ArrayList<>(rows);
        rows.sort(Comparator.comparingLong(CountRow::causes).reversed().thenComparing(CountRow::category)
                .thenComparing(CountRow::sector).thenComparing(CountRow::region));
        Map<CauseFactor, Long> byFactor = new LinkedHashMap<>();
        Map<String, Long> byCategory = new HashMap<>();
        for (CountRow r : rows) {
            byFactor.merge(r.factor(), r.causes(), Long::sum);
            byCategory.merge(r.category(), r.causes(), Long::sum);
        }
        List<Total> factors = new ArrayList<>();
        for (CauseFactor x : CauseFactor.values()) {
            factors.add(new Total(x.name(), x.text(), x, byFactor.getOrDefault(x, 0L)));
        }
        List<Total> cats = byCategory.entrySet().stream()
                .map(e -> new Total(e.getKey(), categories.containsKey(e.getKey())
                        ? categories.get(e.getKey()).name() : e.getKey(),
                        categories.containsKey(e.getKey()) ? categories.get(e.getKey()).factor() : null, e.getValue()))
                .sorted(Comparator.comparingLong(Total::causes).reversed().thenComparing(Total::key)).toList();
        long total = rows.stream().mapToLong(CountRow::causes).sum();
        return new Recurring(filter, List.copyOf(rows), factors, cats, total, length);
    }

    private SqlFragment conditions(Filter f) {
        SqlFragment w = SqlFragment.TRUE;
        if (f.from() != null) {
            w = w.and(SqlFragment.of("r.subject_date >= ?", f.from()));
        }
        if (f.to() != null) {
            w = w.and(SqlFragment.of("r.subject_date <= ?", f.to()));
        }
        if (f.kind() != null) {
            w = w.and(SqlFragment.of("r.subject_kind = ?", f.kind().name()));
        }
        if (f.factor() != null) {
            w = w.and(SqlFragment.of("c.factor = ?", f.factor().name()));
        }
        if (f.category() != null) {
            w = w.and(SqlFragment.of("c.category = ?", f.category()));
        }
        if (f.sector() != null) {
            w = w.and(SqlFragment.of("r.sector = ?", f.sector()));
        }
        if (f.region() != null) {
            RegionCode region = RegionCode.of(f.region());
            w = w.and(SqlFragment.of("r.region_code >= ? and r.region_code <= ?", region.rangeLow(),
                    region.rangeHigh()));
        }
        return w;
    }

    /** The prefix length of the regions counted: one level below the filter's region or the caller's jurisdiction. */
    private static int regionLength(DataScope scope, String region) {
        RegionLevel level;
        if (region != null) {
            level = RegionCode.of(regionCheck(region)).level();
        } else if (scope.kind() == DataScope.Kind.JURISDICTION) {
            level = scope.region().level();
        } else if (scope.kind() == DataScope.Kind.ENTERPRISE) {
            return RegionLevel.COUNTY.prefixLength();
        } else {
            return RegionLevel.PROVINCE.prefixLength();
        }
        return level == RegionLevel.VILLAGE ? level.prefixLength()
                : RegionLevel.ofDepth(level.depth() + 1).prefixLength();
    }

    private static String regionCheck(String region) {
        regionPrefix(region);
        return region;
    }

    private String sectorName(String code) {
        if (code == null || code.isEmpty()) {
            return "未分行业";
        }
        return sectors.sectors().stream().filter(e -> e.code().equals(code)).map(SectorCatalog.Entry::text)
                .findFirst().orElse(code);
    }

    /** The sectors of a subject's unit, for the page's choice of the sector an analysis counts under. */
    public List<SectorCatalog.Entry> sectorEntries(java.util.Collection<String> codes) {
        return sectors.sectors().stream().filter(e -> codes.contains(e.code())).toList();
    }

    private String regionName(String prefix) {
        String code = prefix + "0".repeat(12 - prefix.length());
        return regions.find(code).map(Regions.RegionView::name).orElse(code);
    }

    // ---------------------------------------------------------------- topics

    /** The office a user picks topics for: a department, a region's office, or an enterprise. */
    /** An office that picks topics; an enterprise's carries its sectors (an official's office: none). */
    public record Office(String key, String name, String regionCode, UUID enterpriseId, Set<String> sectors) {
    }

    /** The office picks are recorded for; administrators represent none. */
    public Office office() {
        CurrentUser me = me();
        if (me.role().isEnterpriseRole() && me.enterpriseId() != null) {
            EnterpriseSummary e = enterprises.find(me.enterpriseId()).orElseThrow(() -> new NotFoundException("企业"));
            return new Office("E:" + e.id(), e.name(), e.regionCode(), e.id(), e.sectors());
        }
        if (me.isOfficialOrAdmin() && me.regionCode() != null && RegionCode.isValid(me.regionCode())) {
            if (me.departmentId() != null) {
                return departments.list().stream().filter(d -> d.id().equals(me.departmentId())).findFirst()
                        .map(d -> new Office("D:" + d.id(), cut(d.name().startsWith(d.regionName()) ? d.name()
                                : d.regionName() + d.name(), 200), me.regionCode(), null, Set.of()))
                        .orElseGet(() -> regionOffice(me.regionCode()));
            }
            return regionOffice(me.regionCode());
        }
        throw new AccessDeniedException("一月一专题、一年一难题由各级安委会办公室、监管部门或企业选定");
    }

    /** The caller's office when the caller may pick for it: in an enterprise, its principal or safety manager. */
    private Office pickingOffice() {
        CurrentUser me = me();
        if (me.role().isEnterpriseRole() && !me.managerOf(me.enterpriseId())) {
            throw new AccessDeniedException("企业的专题由主要负责人或安全管理人员选定");
        }
        return office();
    }

    private Office regionOffice(String code) {
        String name = regions.find(code).map(Regions.RegionView::name).orElse(code);
        return new Office("R:" + code, cut(name + "安委会办公室", 200), code, null, Set.of());
    }

    public record TopicData(TopicKind kind, @Size(max = 7) String period, @Size(max = 8) String category,
            @Size(max = 200) String title, @Size(max = 2000) String reason) {
    }

    public record TopicView(UUID id, long version, String officeKey, String officeName, TopicKind kind,
            String period, CauseFactor factor, String category, String categoryName, int causeCount, String title,
            String reason, String pickedByName, Instant updatedAt, boolean mine) {
    }

    /**
     * Records the office's topic of a period: one cause category, with how often it recurred in the caller's scope
     * over the twelve months up to today (at least once). A second pick of the same office and period is a 409.
     */
    @Transactional
    public UUID pick(TopicData d, String idempotencyKey) {
        return creates.once("accident.rootcause.topic", idempotencyKey, d, () -> pick(d));
    }

    private UUID pick(TopicData d) {
        if (d == null) {
            throw new InvalidInputException("kind", "请选择一月一专题或一年一难题");
        }
        Office office = pickingOffice();
        String period = RootCauseTopic.period(d.kind(), d.period());
        if (topics.existsByOfficeKeyAndKindAndPeriod(office.key(), d.kind(), period)) {
            throw new TopicTakenException(taken(office, d.kind(), period));
        }
        CurrentUser me = me();
        RootCauseTopic t = new RootCauseTopic(office, d.kind(), period, clock.instant());
        setTopic(t, d, me);
        try {
            topics.saveAndFlush(t);
        } catch (DataIntegrityViolationException twin) {
            throw new TopicTakenException(taken(office, d.kind(), period));
        }
        audit.record(AuditRecord.created("RootCauseTopic", t.getId(), d.kind().label() + " " + period + " "
                + t.getTitle(), t.snapshot()));
        return t.getId();
    }

    private static String taken(Office office, TopicKind kind, String period) {
        return office.name() + "已选定" + period + "的" + kind.label() + ",每期只选一个;如需调整请修改已选定的专题";
    }

    /** Changes the office's pick from the version seen (stale: 409); only the office's own users. */
    @Transactional
    public void changeTopic(UUID id, long version, TopicData d) {
        RootCauseTopic t = loadTopic(id);
        Office office = pickingOffice();
        if (!t.getOfficeKey().equals(office.key())) {
            throw new AccessDeniedException("只能修改本单位选定的专题");
        }
        CurrentUser me = me();
        if (d == null) {
            throw new InvalidInputException("category", "请选择原因类别");
        }
        TopicData same = new TopicData(t.getKind(), t.getPeriod(), d.category(), d.title(), d.reason());
        changes.apply(TOPIC, t, version, "CHANGE", "修改" + t.getKind().label() + " " + t.getPeriod(),
                x -> setTopic(x, same, me));
    }

    private void setTopic(RootCauseTopic t, TopicData d, CurrentUser me) {
        Category category = d.category() == null ? null : categoryMap().get(d.category().strip());
        List<org.zhiben.common.FieldViolation> errors = new ArrayList<>();
        if (category == null) {
            errors.add(new org.zhiben.common.FieldViolation("category", "请从原因类别中选择专题针对的原因"));
        }
        if (d.title() == null || d.title().isBlank()) {
            errors.add(new org.zhiben.common.FieldViolation("title", "请填写专题名称"));
        }
        if (d.reason() == null || d.reason().isBlank()) {
            errors.add(new org.zhiben.common.FieldViolation("reason", "请写明选题理由"));
        }
        int count = 0;
        if (category != null) {
            count = basisCount(category.code());
            if (count == 0) {
                errors.add(new org.zhiben.common.FieldViolation("category", "近" + BASIS_MONTHS
                        + "个月辖区内没有该类原因,请从反复出现的原因中选题"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        t.set(category, count, d.title().strip(), d.reason().strip(), me.id(), me.displayName(), clock.instant());
    }

    /** Causes of {@code category} in the caller's scope whose subject lies in the twelve months up to today. */
    int basisCount(String category) {
        LocalDate today = today();
        Recurring r = recurring(new Filter(today.minusMonths(BASIS_MONTHS).plusDays(1), today, null, null, category,
                null, null));
        return (int) r.causes();
    }

    /** Topics newest period first; the id keeps pages of one period apart. */
    public static final Sort TOPICS_NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "period").and(Sort.by("id"));

    /** A page of the topics in the caller's scope, of {@code kind} when given. */
    @Transactional(readOnly = true)
    public Page<TopicView> topics(TopicKind kind, Pageable page) {
        DataScope scope = scopes.current();
        Office mine = officeOrNull();
        Map<String, Category> categories = categoryMap();
        Specification<RootCauseTopic> spec = topicScope(scope);
        if (kind != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("kind"), kind));
        }
        return topics.findAll(spec, page).map(t -> topicView(t, categories, mine));
    }

    @Transactional(readOnly = true)
    public TopicView topic(UUID id) {
        return topicView(loadTopic(id), categoryMap(), officeOrNull());
    }

    private TopicView topicView(RootCauseTopic t, Map<String, Category> categories, Office mine) {
        return new TopicView(t.getId(), t.getVersion(), t.getOfficeKey(), t.getOfficeName(), t.getKind(),
                t.getPeriod(), t.getFactor(), t.getCategory(), categories.containsKey(t.getCategory())
                        ? categories.get(t.getCategory()).name() : t.getCategory(), t.getCauseCount(), t.getTitle(),
                t.getReason(), t.getPickedByName(), t.getUpdatedAt(),
                mine != null && mine.key().equals(t.getOfficeKey()));
    }

    private Office officeOrNull() {
        try {
            return office();
        } catch (AccessDeniedException | NotFoundException none) {
            return null;
        }
    }

    /** Picks of offices inside the jurisdiction (an enterprise: its own). */
    private static Specification<RootCauseTopic> topicScope(DataScope scope) {
        return (root, q, cb) -> switch (scope.kind()) {
            case ALL -> cb.conjunction();
            case NONE -> cb.disjunction();
            case ENTERPRISE -> cb.equal(root.get("enterpriseId"), scope.enterpriseId());
            case JURISDICTION -> {
                var inRegion = cb.between(root.<String>get("regionCode"), scope.regionLow(), scope.regionHigh());
                yield !scope.sectorLimited() ? inRegion : cb.and(inRegion, cb.or(
                        cb.equal(root.get("sectors").as(String.class), SectorSet.EMPTY.encode()),
                        org.zhiben.identity.ScopeAttributes.encoded("sectors").anyOf(root, q, cb, scope.sectors())));
            }
        };
    }

    private static boolean topicPermitted(DataScope scope, RootCauseTopic t) {
        return switch (scope.kind()) {
            case ALL -> true;
            case NONE -> false;
            case ENTERPRISE -> scope.enterpriseId().equals(t.getEnterpriseId());
            case JURISDICTION -> scope.governs(t.getRegionCode(), t.getSectors().codes());
        };
    }

    private RootCauseTopic loadTopic(UUID id) {
        DataScope scope = scopes.current();
        return topics.findById(id).filter(t -> topicPermitted(scope, t))
                .orElseThrow(() -> new NotFoundException("专题"));
    }

    // ---------------------------------------------------------------- helpers

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.CHINA);
    }

    private static CurrentUser me() {
        return DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
    }
}
