package org.zhiben.directory;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.Database;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.FileStore;
import org.zhiben.common.FileType;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.SqlFragment;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.RegionCode;
import org.zhiben.common.StoredFile;
import org.zhiben.common.Zones;
import org.zhiben.directory.internal.Enterprise;
import org.zhiben.directory.internal.EnterpriseDocument;
import org.zhiben.directory.internal.EnterpriseDocumentRepository;
import org.zhiben.directory.internal.EnterpriseRepository;
import org.springframework.data.jpa.domain.Specification;
import org.zhiben.directory.internal.EnterpriseSpecifications;
import org.zhiben.directory.internal.EnterpriseValidator;
import org.zhiben.directory.internal.Region;
import org.zhiben.directory.internal.RegionRepository;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.ScopeColumns;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.Role;

import static org.zhiben.directory.internal.EnterpriseSpecifications.inScope;
import static org.zhiben.directory.internal.EnterpriseSpecifications.matching;

/**
 * The enterprise registry. Every read goes through the caller's {@link DataScope}: a record outside it is
 * indistinguishable from a missing one (404). Officials and administrators register and edit; enterprise
 * principals and safety managers keep their own documents.
 */
@Service
public class Enterprises {

    public static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;
    private static final Set<FileType> DOCUMENT_TYPES = Set.of(FileType.PDF, FileType.PNG, FileType.JPEG,
            FileType.DOCX, FileType.XLSX);

    private final EnterpriseRepository enterprises;
    private final EnterpriseDocumentRepository documents;
    private final RegionRepository regions;
    private final EnterpriseValidator validator;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final VersionedChanges changes;
    private final IdempotentCreates creates;
    private final ApplicationEventPublisher events;
    private final FileStore files;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final UnitDuties duties;
    private final Database database;

    Enterprises(EnterpriseRepository enterprises, EnterpriseDocumentRepository documents, RegionRepository regions,
            EnterpriseValidator validator, DataScopes scopes, AuditTrail audit, VersionedChanges changes, IdempotentCreates creates,
            ApplicationEventPublisher events, FileStore files, Clock clock, JdbcTemplate jdbc, UnitDuties duties,
            Database database) {
        this.enterprises = enterprises;
        this.database = database;
        this.documents = documents;
        this.regions = regions;
        this.validator = validator;
        this.scopes = scopes;
        this.audit = audit;
        this.changes = changes;
        this.creates = creates;
        this.events = events;
        this.files = files;
        this.clock = clock;
        this.jdbc = jdbc;
        this.duties = duties;
    }

    private static final VersionedChanges.Subject<Enterprise> ENTERPRISE = new VersionedChanges.Subject<>("Enterprise",
            Enterprise::getId, Enterprise::getVersion, Enterprise::snapshot);

    /** For other modules: the enterprise if the current user may see it. */
    @Transactional(readOnly = true)
    public Optional<EnterpriseSummary> find(UUID id) {
        return visible(id).map(Enterprises::summary);
    }

    /**
     * For other modules' aggregates: the summaries of those of {@code ids} the current user may see (sector limits
     * included), loaded in a few queries; ids outside the scope or unknown are left out.
     */
    @Transactional(readOnly = true)
    public List<EnterpriseSummary> findAll(Collection<UUID> ids) {
        DataScope scope = scopes.current();
        return enterprises.findAllById(Set.copyOf(ids)).stream()
                .filter(e -> scope.permits(e.getId(), e.getRegionCode(), e.getSectors()))
                .map(Enterprises::summary).toList();
    }

    /** For other modules: the enterprise's registered facts (contacts included) if the current user may see it. */
    @Transactional(readOnly = true)
    public Optional<EnterpriseData> details(UUID id) {
        return visible(id).map(Enterprise::toData);
    }

    /** The enterprise with its sectors loaded (see {@link #visible}), since pages and the API read them later. */
    @Transactional(readOnly = true)
    public Enterprise get(UUID id) {
        return visible(id).orElseThrow(() -> new NotFoundException("企业"));
    }

    @Transactional(readOnly = true)
    public Page<Enterprise> search(EnterpriseFilter filter, Pageable pageable) {
        DataScope scope = scopes.current();
        checkFilter(filter, scope);
        database.planForTheseValues();
        Page<Enterprise> page = enterprises.findAll(inScope(scope).and(matching(filter)), pageable);
        page.forEach(e -> Hibernate.initialize(e.getSectors()));
        return page;
    }

    /** {@link #search} as summaries, for other modules (e.g. which enterprises in scope lack a record). */
    @Transactional(readOnly = true)
    public Page<EnterpriseSummary> searchSummaries(EnterpriseFilter filter, Pageable pageable) {
        return search(filter, pageable).map(Enterprises::summary);
    }

    /** {@link #search} as the facts a supervisor plans inspections from (enforcement's object directory). */
    @Transactional(readOnly = true)
    public Page<EnterpriseFacts> searchFacts(EnterpriseFilter filter, Pageable pageable) {
        return search(filter, pageable).map(e -> new EnterpriseFacts(e.getId(), e.getUscc(), e.getName(),
                e.getUnitType(), Set.copyOf(e.getSectors()), e.getRegionCode(), e.isHighRisk(),
                e.getStandardizationGrade(), e.getStatus(), e.getPrincipalName(), e.getActualControllerName()));
    }

    /**
     * Sets the operating status of an enterprise in the caller's scope following an enforcement decision (停产整顿,
     * 关闭, or back to 在营 when the suspension is lifted): one versioned, audited change in the caller's transaction.
     * Only officials and administrators; nothing happens when the status is already {@code status}.
     */
    @Transactional
    public void changeStatus(UUID id, EnterpriseStatus status, String reason) {
        requireRegistrar();
        Enterprise e = get(id);
        if (status == null || e.getStatus() == status) {
            return;
        }
        EnterpriseData data = e.toData().withStatus(status);
        changes.apply(ENTERPRISE, e, e.getVersion(), "STATUS", status.label() + " " + e.getName()
                + (reason == null ? "" : "(" + reason + ")"), x -> x.apply(data, clock.instant()));
        events.publishEvent(new EnterpriseUpdated(e.getId(), e.getRegionCode(), Set.copyOf(e.getSectors())));
    }

    /** For other modules' SQL: every registered enterprise's {@code id} and {@code name}, a row source to join. */
    public static final String NAMES = "(select id, name from directory_enterprise)";

    /** For other modules' SQL: every enterprise's sectors as rows of {@code enterprise_id, sector_code}, to join. */
    public static final String SECTORS = "(select enterprise_id, sector_code from directory_enterprise_sector)";

    /**
     * For other modules' tables that carry an enterprise id and its region code but not its sectors: scope columns
     * whose sector condition asks the registry, so a sector-limited official's scope is one SQL condition there too.
     */
    public static ScopeColumns scopeColumns(String enterpriseIdColumn, String regionCodeColumn) {
        return EnterpriseSpecifications.scopeColumns(enterpriseIdColumn, regionCodeColumn);
    }

    /**
     * The enterprises in the caller's scope, not closed, that owe {@code duty} and have not {@code fulfilled} it: a
     * condition over the enterprise aliased {@code e} (for example an {@code exists} on the caller's own table). One
     * set-based query per page, in name order, at any scale.
     */
    @Transactional(readOnly = true)
    public Page<EnterpriseSummary> owingWithout(Duty duty, SqlFragment fulfilled, Pageable pageable) {
        List<String> types = duties.owing(duty).stream().map(Enum::name).toList();
        if (types.isEmpty()) {
            return Page.empty(pageable);
        }
        SqlFragment where = scopes.current().sql(EnterpriseSpecifications.scopeColumns("e"))
                .and(SqlFragment.of("e.status <> 'CLOSED' and e.unit_type in ("
                        + String.join(", ", types.stream().map(t -> "?").toList()) + ")", types.toArray()))
                .and(SqlFragment.of("not (" + fulfilled.sql() + ")", fulfilled.argArray()));
        Long total = jdbc.queryForObject("select count(*) from directory_enterprise e where " + where.sql(),
                Long.class, where.argArray());
        List<Object> args = new ArrayList<>(where.args());
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        List<UUID> ids = jdbc.queryForList("select e.id from directory_enterprise e where " + where.sql()
                + " order by e.name, e.id limit ? offset ?", UUID.class, args.toArray());
        Map<UUID, EnterpriseSummary> byId = enterprises.findAllById(ids).stream()
                .peek(e -> Hibernate.initialize(e.getSectors()))
                .collect(Collectors.toMap(Enterprise::getId, Enterprises::summary));
        return new PageImpl<>(ids.stream().map(byId::get).toList(), pageable, total == null ? 0 : total);
    }

    /** A unit owing a duty with the index of the first of the caller's reasons it meets. */
    public record Classified(EnterpriseSummary enterprise, int reason) {
    }

    /** One page of classified units and, per reason (by index), how many units meet it first. */
    public record ClassifiedPage(Page<Classified> page, long[] counts) {
    }

    /**
     * The operating (在营) enterprises in the caller's scope that owe {@code duty}, each put under the first of
     * {@code reasons} it meets (conditions over the enterprise aliased {@code e}); those meeting none are left out.
     * Narrowed to a region ({@code regionCode}, its whole range), a sector, one reason and one enterprise when those
     * are not null. One grouped count and one page query, in name order, at any scale.
     */
    @Transactional(readOnly = true)
    public ClassifiedPage owingClassified(Duty duty, List<SqlFragment> reasons, String regionCode, String sector,
            Integer onlyReason, UUID enterprise, Pageable pageable) {
        long[] counts = new long[reasons.size()];
        List<String> types = duties.owing(duty).stream().map(Enum::name).toList();
        if (types.isEmpty() || reasons.isEmpty()) {
            return new ClassifiedPage(Page.empty(pageable), counts);
        }
        SqlFragment where = scopes.current().sql(EnterpriseSpecifications.scopeColumns("e"))
                .and(SqlFragment.of("e.status = 'OPERATING' and e.unit_type in ("
                        + String.join(", ", types.stream().map(t -> "?").toList()) + ")", types.toArray()));
        if (regionCode != null) {
            RegionCode r = RegionCode.of(regionCode);
            where = where.and(SqlFragment.of("e.region_code >= ? and e.region_code <= ?", r.rangeLow(),
                    r.rangeHigh()));
        }
        if (sector != null) {
            where = where.and(SqlFragment.of("exists (select 1 from directory_enterprise_sector fs where"
                    + " fs.enterprise_id = e.id and fs.sector_code = ?)", sector));
        }
        if (enterprise != null) {
            where = where.and(SqlFragment.of("e.id = ?", enterprise));
        }
        StringBuilder reason = new StringBuilder("case");
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < reasons.size(); i++) {
            reason.append(" when (").append(reasons.get(i).sql()).append(") then ").append(i);
            args.addAll(reasons.get(i).args());
        }
        reason.append(" end");
        args.addAll(where.args());
        String rows = "select e.id, e.name, " + reason + " as reason from directory_enterprise e where " + where.sql();
        jdbc.query("select reason, count(*) from (" + rows + ") t where reason is not null group by reason",
                rs -> { counts[rs.getInt(1)] = rs.getLong(2); }, args.toArray());
        long total;
        List<Object> pageArgs = new ArrayList<>(args);
        String only = "";
        if (onlyReason != null) {
            only = " and reason = ?";
            pageArgs.add(onlyReason);
            total = onlyReason >= 0 && onlyReason < counts.length ? counts[onlyReason] : 0;
        } else {
            total = java.util.Arrays.stream(counts).sum();
        }
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        Map<UUID, Integer> found = new java.util.LinkedHashMap<>();
        jdbc.query("select id, reason from (" + rows + ") t where reason is not null" + only
                + " order by name, id limit ? offset ?", rs -> {
                    found.put(rs.getObject(1, UUID.class), rs.getInt(2));
                }, pageArgs.toArray());
        Map<UUID, EnterpriseSummary> byId = enterprises.findAllById(found.keySet()).stream()
                .peek(e -> Hibernate.initialize(e.getSectors()))
                .collect(Collectors.toMap(Enterprise::getId, Enterprises::summary));
        List<Classified> content = found.entrySet().stream()
                .map(x -> new Classified(byId.get(x.getKey()), x.getValue())).toList();
        return new ClassifiedPage(new PageImpl<>(content, pageable, total), counts);
    }

    /**
     * Every registered enterprise's region code and sectors, whoever asks: for recounts that must see every row
     * (insight's consistency check and rebuild). Read in two set-based queries.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Placement> placements() {
        Map<UUID, Placement> all = new java.util.HashMap<>();
        Map<UUID, List<String>> sectors = new java.util.HashMap<>();
        jdbc.query("select enterprise_id, sector_code from directory_enterprise_sector",
                rs -> { sectors.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2)); });
        jdbc.query("select id, region_code from directory_enterprise", rs -> {
            UUID id = rs.getObject(1, UUID.class);
            all.put(id, new Placement(rs.getString(2), Set.copyOf(sectors.getOrDefault(id, List.of()))));
        });
        return all;
    }

    /** Where an enterprise is counted: its region code and sectors. */
    public record Placement(String regionCode, Set<String> sectors) {
    }

    /** Operating enterprises of one high-risk flag and 标准化 grade (see {@link #countOperatingByRiskAndGrade}). */
    public record RiskGradeCount(boolean highRisk, StandardizationGrade grade, long count) {
    }

    /**
     * The operating (在营) enterprises in the caller's scope within {@code regionCode} (the region and below), counted
     * by high-risk flag and 标准化 grade in one grouped query: what enforcement's annual plan derives its supervision
     * categories' object counts from (the same enterprises its 双随机 draws take as candidates).
     */
    @Transactional(readOnly = true)
    public List<RiskGradeCount> countOperatingByRiskAndGrade(String regionCode) {
        RegionCode region = RegionCode.of(regionCode);
        SqlFragment where = scopes.current().sql(EnterpriseSpecifications.scopeColumns("e"))
                .and(SqlFragment.of("e.region_code between ? and ? and e.status = 'OPERATING'", region.rangeLow(),
                        region.rangeHigh()));
        return jdbc.query("select e.high_risk, e.standardization_grade, count(*) from directory_enterprise e where "
                + where.sql() + " group by e.high_risk, e.standardization_grade", (rs, n) -> new RiskGradeCount(
                        rs.getBoolean(1), StandardizationGrade.valueOf(rs.getString(2)), rs.getLong(3)),
                where.argArray());
    }

    /** How many enterprises are registered, whoever asks. */
    @Transactional(readOnly = true)
    public long countAll() {
        return enterprises.count();
    }

    /** Enterprises per sector in the caller's jurisdiction (sector-limited officials see only their sectors). */
    @Transactional(readOnly = true)
    public Map<String, Long> countBySector() {
        DataScope scope = scopes.current();
        if (scope.kind() != DataScope.Kind.ALL && scope.kind() != DataScope.Kind.JURISDICTION) {
            return Map.of();
        }
        SqlFragment where = scope.sql(EnterpriseSpecifications.scopeColumns("e"));
        if (scope.sectorLimited()) {
            where = where.and(new SqlFragment("s.sector_code in (" + String.join(", ",
                    scope.sectors().stream().map(x -> "?").toList()) + ")", List.copyOf(scope.sectors())));
        }
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.query("select s.sector_code, count(*) from directory_enterprise e join directory_enterprise_sector s"
                + " on s.enterprise_id = e.id where " + where.sql() + " group by s.sector_code",
                rs -> { counts.put(rs.getString(1), rs.getLong(2)); }, where.argArray());
        return counts;
    }

    @Transactional
    public UUID register(EnterpriseData data, String idempotencyKey) {
        return creates.once("directory.enterprise", idempotencyKey, data, () -> register(data));
    }

    private UUID register(EnterpriseData data) {
        CurrentUser me = requireRegistrar();
        List<FieldViolation> violations = new ArrayList<>(
                validator.violations(data, regions::existsById, scopes.of(me)));
        if (violations.stream().noneMatch(v -> v.field().equals("uscc")) && enterprises.existsByUscc(data.uscc())) {
            violations.add(new FieldViolation("uscc", "统一社会信用代码已登记:" + data.uscc()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Enterprise e = Enterprise.register(data, clock.instant());
        try {
            enterprises.saveAndFlush(e);
        } catch (DataIntegrityViolationException duplicate) {
            throw new InvalidInputException("uscc", "统一社会信用代码已登记:" + data.uscc());
        }
        audit.record(AuditRecord.created("Enterprise", e.getId(), "登记企业 " + e.getName(), e.snapshot()));
        events.publishEvent(new EnterpriseRegistered(e.getId(), e.getName(), e.getRegionCode(), Set.copyOf(e.getSectors())));
        return e.getId();
    }

    @Transactional
    public void update(UUID id, long expectedVersion, EnterpriseData data) {
        CurrentUser me = requireRegistrar();
        Enterprise e = get(id);
        ENTERPRISE.requireVersion(e, expectedVersion);
        List<FieldViolation> violations = new ArrayList<>(
                validator.violations(data, regions::existsById, scopes.of(me)));
        if (data.uscc() != null && !data.uscc().equals(e.getUscc())) {
            violations.add(new FieldViolation("uscc", "统一社会信用代码不可修改"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (e.sameAs(data)) {
            return;
        }
        changes.apply(ENTERPRISE, e, expectedVersion, "UPDATE", "修改企业 " + data.name().strip(),
                x -> x.apply(data, clock.instant()));
        events.publishEvent(new EnterpriseUpdated(e.getId(), e.getRegionCode(), Set.copyOf(e.getSectors())));
    }

    /**
     * For the standardization module: the 安全生产标准化 grade an announcement, a revocation or an expiry gives the
     * enterprise (a system change: no scope check, audited through the versioned change of the current version).
     */
    @Transactional
    public void recordStandardizationGrade(UUID id, StandardizationGrade grade, String why) {
        Enterprise e = enterprises.findById(id).orElseThrow(() -> new NotFoundException("企业"));
        if (e.getStandardizationGrade() == grade) {
            return;
        }
        changes.apply(ENTERPRISE, e, e.getVersion(), "UPDATE", "标准化等级 " + e.getName() + ":" + grade.label() + "("
                + why + ")", x -> x.recordStandardizationGrade(grade, clock.instant()));
    }

    /** 规上 operating enterprises and those of them holding a 标准化 grade, in one area (one query). */
    public record GradeCoverage(long aboveScale, long graded) {
    }

    /**
     * 标准化 coverage of 规上 enterprises (not closed) in the region range {@code low..high}, limited to enterprises
     * with any of {@code sectors} when not empty; two set-based counts, no scope (a live metric's area).
     */
    @Transactional(readOnly = true)
    public GradeCoverage gradeCoverage(String low, String high, Set<String> sectors) {
        // the conditions of the enterprise list's coverage filter (/enterprises?coverage=…): a figure and its list
        // cannot drift apart
        Specification<Enterprise> area = EnterpriseSpecifications.within(low, high, sectors);
        return new GradeCoverage(
                enterprises.count(area.and(EnterpriseSpecifications.coverage(EnterpriseFilter.Coverage.ABOVE_SCALE))),
                enterprises.count(area.and(EnterpriseSpecifications.coverage(EnterpriseFilter.Coverage.GRADED))));
    }

    @Transactional(readOnly = true)
    public List<EnterpriseDocument> documentsOf(UUID enterpriseId) {
        get(enterpriseId);
        return documents.findByEnterpriseIdOrderByUploadedAtDesc(enterpriseId);
    }

    /** Stores the file (type checked by content, size capped), then records it; a failed save removes the file. */
    @Transactional
    public UUID addDocument(UUID enterpriseId, DocumentKind kind, String title, LocalDate validUntil,
            String filename, InputStream content) throws IOException {
        CurrentUser me = DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("login"));
        Enterprise e = get(enterpriseId);
        if (!(me.isOfficialOrAdmin() || me.managerOf(enterpriseId))) {
            throw new AccessDeniedException("只有主要负责人、安全管理人员或监管人员可以上传证照文件");
        }
        List<FieldViolation> v = new ArrayList<>();
        if (kind == null) {
            v.add(new FieldViolation("kind", "请选择文件类别"));
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            v.add(new FieldViolation("title", "文件名称不能为空且不超过200个字符"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        StoredFile stored = files.store(content, DOCUMENT_TYPES, MAX_DOCUMENT_BYTES);
        try {
            String safeName = filename == null ? "file" : filename.replaceAll("[\\\\/\\r\\n\"]", "_");
            EnterpriseDocument doc = new EnterpriseDocument(e.getId(), kind, title.strip(),
                    safeName.length() > 255 ? safeName.substring(0, 255) : safeName, stored, validUntil,
                    me.getUsername(), clock.instant());
            documents.saveAndFlush(doc);
            audit.record(AuditRecord.created("EnterpriseDocument", doc.getId(), "上传证照 " + doc.getTitle() + "("
                    + e.getName() + ")", Map.of("enterpriseId", e.getId(), "kind", kind, "title", doc.getTitle(),
                    "sha256", stored.sha256(), "size", stored.size())));
            return doc.getId();
        } catch (RuntimeException failure) {
            files.delete(stored.key());
            throw failure;
        }
    }

    @Transactional(readOnly = true)
    public EnterpriseDocument document(UUID enterpriseId, UUID documentId) {
        get(enterpriseId);
        return documents.findById(documentId).filter(d -> d.getEnterpriseId().equals(enterpriseId))
                .orElseThrow(() -> new NotFoundException("文件"));
    }

    public InputStream openDocument(EnterpriseDocument document) throws IOException {
        return files.open(document.getFileKey());
    }

    @Transactional(readOnly = true)
    public Map<String, String> regionNames(Collection<String> codes) {
        return regions.findAllById(Set.copyOf(codes)).stream()
                .collect(Collectors.toMap(Region::getCode, Region::getName));
    }

    /** The names from the province down, e.g. 示范县 › 城关镇 › 东街社区. */
    @Transactional(readOnly = true)
    public String regionPath(String code) {
        List<String> chain = new ArrayList<>();
        for (RegionCode c = RegionCode.of(code); c != null; c = c.parent()) {
            chain.add(0, c.value());
        }
        Map<String, String> names = regionNames(chain);
        return chain.stream().map(names::get).filter(n -> n != null).collect(Collectors.joining(" › "));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.CHINA));
    }

    private Optional<Enterprise> visible(UUID id) {
        DataScope scope = scopes.current();
        return enterprises.findWithSectorsById(id).filter(e -> scope.permits(e.getId(), e.getRegionCode(), e.getSectors()));
    }

    private void checkFilter(EnterpriseFilter filter, DataScope scope) {
        if (filter.region() != null) {
            String problem = RegionCode.problem(filter.region());
            if (problem != null) {
                throw new InvalidInputException("region", problem);
            }
            if (!scope.canNavigate(RegionCode.of(filter.region())) || !regions.existsById(filter.region())) {
                throw new NotFoundException("区划");
            }
        }
    }

    private static CurrentUser requireRegistrar() {
        CurrentUser me = DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("login"));
        if (!me.isOfficialOrAdmin()) {
            throw new AccessDeniedException("只有监管人员和管理员可以登记或修改企业");
        }
        return me;
    }

    static EnterpriseSummary summary(Enterprise e) {
        return new EnterpriseSummary(e.getId(), e.getUscc(), e.getName(), e.getUnitType(), Set.copyOf(e.getSectors()),
                e.getRegionCode(), e.isHighRisk(), e.getStatus(), e.getPrincipalName());
    }
}
