package org.zhiben.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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
import org.zhiben.common.Zones;
import org.zhiben.directory.EnterpriseData;
import org.zhiben.directory.EnterpriseFacts;
import org.zhiben.directory.EnterpriseFilter;
import org.zhiben.directory.EnterpriseStatus;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.enforcement.internal.CheckItem;
import org.zhiben.enforcement.internal.CheckItemRepository;
import org.zhiben.enforcement.internal.InspectionRepository;
import org.zhiben.enforcement.internal.Officer;
import org.zhiben.enforcement.internal.OfficerRepository;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;
import org.zhiben.identity.UserRef;

/**
 * The three directories of random inspection: the object directory (检查对象名录库, read over the registry in the
 * caller's scope), the officer directory (执法人员名录库: officials with their 执法证) and the item list (随机抽查事项清单).
 * Officers and items are region records: visible in their region and to the officials above it.
 */
@Service
public class EnforcementDirectory {

    static final VersionedChanges.Subject<Officer> OFFICER = new VersionedChanges.Subject<>("EnforcementOfficer",
            Officer::getId, Officer::getVersion, Officer::snapshot);

    private final OfficerRepository officers;
    private final CheckItemRepository items;
    private final InspectionRepository inspections;
    private final Enterprises enterprises;
    private final UserAccounts accounts;
    private final SectorCatalog sectorCatalog;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final VersionedChanges changes;
    private final IdempotentCreates creates;
    private final Clock clock;

    EnforcementDirectory(OfficerRepository officers, CheckItemRepository items, InspectionRepository inspections,
            Enterprises enterprises, UserAccounts accounts, SectorCatalog sectorCatalog, DataScopes scopes,
            AuditTrail audit, VersionedChanges changes, IdempotentCreates creates, Clock clock) {
        this.officers = officers;
        this.items = items;
        this.inspections = inspections;
        this.enterprises = enterprises;
        this.accounts = accounts;
        this.sectorCatalog = sectorCatalog;
        this.scopes = scopes;
        this.audit = audit;
        this.changes = changes;
        this.creates = creates;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.CHINA);
    }

    /**
     * Whom liability is traced to (seed 000: 主要负责人, 实际控制人, 实际受益人, 上级公司), as the registry holds them;
     * empty outside the caller's scope.
     */
    @Transactional(readOnly = true)
    public Optional<EnterpriseData> liability(UUID enterpriseId) {
        return enterprises.details(enterpriseId);
    }

    // ---------------------------------------------------------------- objects

    /** The name of an enterprise in scope, to show a choice kept on a form; empty outside the scope. */
    @Transactional(readOnly = true)
    public Optional<String> nameOf(UUID enterpriseId) {
        return enterpriseId == null ? Optional.empty() : enterprises.details(enterpriseId).map(EnterpriseData::name);
    }

    /** The object directory: enterprises in scope (filter as the registry's), with category and last inspection. */
    @Transactional(readOnly = true)
    public Page<TargetView> targets(EnterpriseFilter filter, Pageable page) {
        requireOfficial();
        Page<EnterpriseFacts> facts = enterprises.searchFacts(filter, page);
        Map<UUID, LocalDate> last = lastInspections(facts.getContent().stream().map(EnterpriseFacts::id).toList());
        return facts.map(f -> target(f, last.get(f.id())));
    }

    /** Every operating enterprise of the filter in scope, in canonical order (USCC), for a draw. */
    @Transactional(readOnly = true)
    public List<EnterpriseFacts> allFacts(EnterpriseFilter filter) {
        List<EnterpriseFacts> all = new ArrayList<>();
        for (int p = 0; ; p++) {
            Page<EnterpriseFacts> page = enterprises.searchFacts(filter, PageRequest.of(p, 500, Sort.by("uscc", "id")));
            all.addAll(page.getContent());
            if (!page.hasNext()) {
                return all;
            }
        }
    }

    Map<UUID, LocalDate> lastInspections(List<UUID> ids) {
        Map<UUID, LocalDate> last = new HashMap<>();
        for (int i = 0; i < ids.size(); i += 500) {
            for (Object[] row : inspections.lastInspections(ids.subList(i, Math.min(ids.size(), i + 500)))) {
                last.put((UUID) row[0], (LocalDate) row[1]);
            }
        }
        return last;
    }

    static TargetView target(EnterpriseFacts f, LocalDate last) {
        return new TargetView(f.id(), f.uscc(), f.name(), f.regionCode(), f.sectors(),
                SupervisionCategory.of(f.highRisk(), f.standardizationGrade()),
                f.standardizationGrade() == null ? "未评定" : f.standardizationGrade().label(), f.highRisk(),
                f.status() == null ? EnterpriseStatus.OPERATING.label() : f.status().label(), last);
    }

    // ---------------------------------------------------------------- officers

    @Transactional(readOnly = true)
    public List<Officer> officers() {
        requireOfficial();
        return officers.findAll(officerScope(scopes.current()), Sort.by("regionCode", "certNo"));
    }

    @Transactional(readOnly = true)
    public Officer officer(UUID id) {
        DataScope scope = scopes.current();
        return officers.findById(id).filter(o -> scope.permitsRegionRecord(o.getRegionCode(), o.getSectors().codes()))
                .orElseThrow(() -> new NotFoundException("执法人员"));
    }

    /**
     * The officer of {@code id} if the caller may change the entry: their jurisdiction covers the officer's region
     * (their office or below, not an office above that they only see) and, for a sector-limited official, the officer
     * names no sector or one of theirs; otherwise 404.
     */
    Officer manageable(UUID id) {
        return manageable(officers, scopes.current(), id);
    }

    /** Of {@code shown} (officers in sight), those the caller may enter records for: in its jurisdiction. */
    public List<Officer> manageable(List<Officer> shown) {
        DataScope scope = scopes.current();
        return shown.stream().filter(o -> scope.governs(o.getRegionCode(), o.getSectors().codes())).toList();
    }

    static Officer manageable(OfficerRepository officers, DataScope scope, UUID id) {
        return officers.findById(id).filter(o -> scope.governs(o.getRegionCode(), o.getSectors().codes()))
                .orElseThrow(() -> new NotFoundException("执法人员"));
    }

    /** The officer entry of a user, if any (by id, for callers that hold no entity). */
    @Transactional(readOnly = true)
    public java.util.Optional<UUID> officerIdOf(UUID userId) {
        return officers.findByUserId(userId).map(Officer::getId);
    }

    /** The current user's own entry, if they are an enforcement officer. */
    @Transactional(readOnly = true)
    public java.util.Optional<Officer> myEntry() {
        return DataScopes.currentUser().flatMap(me -> officers.findByUserId(me.id()));
    }

    /** Officials of the caller's jurisdiction (and below) who may be entered as officers. */
    @Transactional(readOnly = true)
    public List<UserRef> officialsToEnter() {
        requireOfficial();
        return accounts.usersWithRole(Role.OFFICIAL);
    }

    /** Enters an official into the officer directory; a retry with the same key answers the first entry. */
    @Transactional
    public UUID register(NewOfficer n, String idempotencyKey) {
        return creates.once("enforcement.officer", idempotencyKey, n, () -> register(n));
    }

    private UUID register(NewOfficer n) {
        requireOfficial();
        List<FieldViolation> v = new ArrayList<>();
        DataScope scope = scopes.current();
        if (n.regionCode() == null || !RegionCode.isValid(n.regionCode())) {
            v.add(new FieldViolation("regionCode", "请填写有效的行政区划代码"));
        } else if (!scope.coversRegion(n.regionCode())) {
            v.add(new FieldViolation("regionCode", "该区划不在您的管辖范围内"));
        }
        checkSectors(n.sectors(), v);
        UserRef user = null;
        if (n.userId() == null) {
            v.add(new FieldViolation("userId", "请选择执法人员的账号"));
        } else if (v.isEmpty()) {
            user = accounts.officialsCovering(n.regionCode(), n.sectors().isEmpty() ? allSectors() : n.sectors())
                    .stream().filter(u -> u.id().equals(n.userId())).findFirst().orElse(null);
            if (user == null) {
                v.add(new FieldViolation("userId", "关联的监管人员账号不存在或不在该区划执法"));
            } else if (officers.existsByUserId(n.userId())) {
                v.add(new FieldViolation("userId", "该人员已在执法人员名录库中"));
            }
        }
        if (n.certNo() != null && officers.existsByCertNo(n.certNo().strip())) {
            v.add(new FieldViolation("certNo", "执法证号已登记"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        Officer o = Officer.register(user.id(), displayName(user), n.certNo(), n.validFrom(), n.validUntil(),
                n.regionCode(), SectorSet.of(n.sectors()), n.office(), clock.instant());
        officers.saveAndFlush(o);
        audit.record(AuditRecord.created("EnforcementOfficer", o.getId(), "登记执法人员 " + o.getName(), o.snapshot()));
        return o.getId();
    }

    /** Renews or corrects an officer's 执法证 (stale version: 409). */
    @Transactional
    public void updateOfficer(UUID id, long version, NewOfficer n) {
        CurrentUser me = requireOfficial();
        Officer o = manageable(id);
        if (o.getUserId().equals(me.id())) {
            // the certificate gates inspections and cases: it is kept by the managing office, not by its holder
            throw new AccessDeniedException("不能修改本人的执法证信息,请由本部门其他管理人员或上级部门办理");
        }
        List<FieldViolation> v = new ArrayList<>();
        checkSectors(n.sectors(), v);
        if (n.certNo() != null && !n.certNo().strip().equals(o.getCertNo()) && officers.existsByCertNo(n.certNo().strip())) {
            v.add(new FieldViolation("certNo", "执法证号已登记"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        changes.apply(OFFICER, o, version, "UPDATE", "修改执法人员 " + o.getName(), x -> x.update(n.certNo(),
                n.validFrom(), n.validUntil(), SectorSet.of(n.sectors()), n.office(), clock.instant()));
    }

    /** Officers by id in the caller's scope, in the order asked; an unknown or hidden id is a 400 beside the field. */
    @Transactional(readOnly = true)
    public List<Officer> team(List<UUID> ids) {
        DataScope scope = scopes.current();
        List<Officer> team = new ArrayList<>();
        for (UUID id : ids == null ? List.<UUID>of() : ids) {
            Officer o = id == null ? null : officers.findById(id)
                    .filter(x -> scope.permitsRegionRecord(x.getRegionCode(), x.getSectors().codes())).orElse(null);
            if (o == null) {
                throw new InvalidInputException("officerIds", "关联的执法人员不存在或不在您的管辖范围内");
            }
            team.add(o);
        }
        return team;
    }

    static <T> Specification<T> officerScope(DataScope scope) {
        return scope.regionRecords("regionCode", "sectors");
    }

    // ---------------------------------------------------------------- items

    @Transactional(readOnly = true)
    public List<CheckItem> items() {
        requireOfficial();
        return items.findAll(Sort.by("code"));
    }

    @Transactional(readOnly = true)
    public CheckItem item(UUID id) {
        return items.findById(id).orElseThrow(() -> new NotFoundException("抽查事项"));
    }

    @Transactional
    public UUID addItem(NewCheckItem n, String idempotencyKey) {
        return creates.once("enforcement.item", idempotencyKey, n, () -> addItem(n));
    }

    private UUID addItem(NewCheckItem n) {
        requireOfficial();
        List<FieldViolation> v = new ArrayList<>();
        checkSectors(n.sectors(), v);
        if (n.code() != null && items.existsByCode(n.code().strip())) {
            v.add(new FieldViolation("code", "事项编码已存在"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        CheckItem i = CheckItem.create(n.code(), n.name(), n.basis(), n.subject(), SectorSet.of(n.sectors()),
                clock.instant());
        items.saveAndFlush(i);
        audit.record(AuditRecord.created("EnforcementItem", i.getId(), "新增随机抽查事项 " + i.getName(),
                Map.of("code", i.getCode(), "name", i.getName(), "basis", i.getBasis())));
        return i.getId();
    }

    /**
     * Known codes, and for a sector-limited official (a 住建局) only their own sectors: an officer with no sector
     * named enforces in every sector, which such an official cannot grant.
     */
    private void checkSectors(Set<String> codes, List<FieldViolation> v) {
        Set<String> known = allSectors();
        for (String c : codes) {
            if (!known.contains(c)) {
                v.add(new FieldViolation("sectors", "未知的行业领域代码:" + c));
            }
        }
        DataScope scope = scopes.current();
        if (scope.sectorLimited() && (codes.isEmpty() || !scope.sectors().containsAll(codes))) {
            v.add(new FieldViolation("sectors", "只能登记本部门负责的行业领域:" + String.join("、", scope.sectors())));
        }
    }

    private Set<String> allSectors() {
        Set<String> known = new java.util.HashSet<>();
        sectorCatalog.sectors().forEach(e -> known.add(e.code()));
        return known;
    }

    private static String displayName(UserRef u) {
        String n = u.displayName();
        int space = n.lastIndexOf(' ');
        return space >= 0 ? n.substring(space + 1) : n;
    }

    /**
     * Whether the current user may carry out enforcement (inspections, cases, documents, plans, crackdown reports,
     * typical cases): an official of a jurisdiction; an administrator reads but does not act for an office.
     */
    public static boolean mayEnforce() {
        return DataScopes.currentUser().filter(me -> me.is(Role.OFFICIAL) && me.regionCode() != null).isPresent();
    }

    static CurrentUser requireOfficial() {
        CurrentUser me = DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
        if (!me.isOfficialOrAdmin()) {
            throw new AccessDeniedException("执法模块仅供监管人员使用");
        }
        return me;
    }
}
