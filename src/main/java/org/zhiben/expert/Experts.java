package org.zhiben.expert;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
import org.zhiben.directory.SectorCatalog;
import org.zhiben.expert.internal.Expert;
import org.zhiben.expert.internal.ExpertAssignmentRepository;
import org.zhiben.expert.internal.ExpertRepository;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;
import org.zhiben.identity.UserRef;

/**
 * The pool: officials and administrators keep it (a pool is shared by the departments that draw from it, so every
 * official sees all of it, but names only the enterprises of its own scope in the experts' ties); an official adds
 * and changes the experts of a region within the jurisdiction (and of its sectors); an expert reads its own entry.
 * Changes go through {@link VersionedChanges} (stale version: 409, audited).
 */
@Service
public class Experts {

    static final VersionedChanges.Subject<Expert> EXPERT = new VersionedChanges.Subject<>("Expert", Expert::getId,
            Expert::getVersion, Expert::snapshot);

    static final String OUTSIDE = "辖区外企业";

    private final ExpertRepository experts;
    private final ExpertAssignmentRepository assignments;
    private final Enterprises enterprises;
    private final SectorCatalog sectors;
    private final UserAccounts accounts;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final VersionedChanges changes;
    private final IdempotentCreates creates;
    private final Clock clock;

    Experts(ExpertRepository experts, ExpertAssignmentRepository assignments, Enterprises enterprises,
            SectorCatalog sectors, UserAccounts accounts, DataScopes scopes, AuditTrail audit,
            VersionedChanges changes, IdempotentCreates creates, Clock clock) {
        this.experts = experts;
        this.assignments = assignments;
        this.enterprises = enterprises;
        this.sectors = sectors;
        this.accounts = accounts;
        this.scopes = scopes;
        this.audit = audit;
        this.changes = changes;
        this.creates = creates;
        this.clock = clock;
    }

    /** The pool's order: by name, then id, so that pages of one name stay apart. */
    public static final Sort BY_NAME = Sort.by("name", "id");

    /** A page of the pool (officials and administrators), with each expert's record and the ties the caller may see. */
    @Transactional(readOnly = true)
    public Page<ExpertView> list(Pageable page) {
        requireOfficial();
        Page<Expert> shown = experts.findAll(page);
        Map<UUID, ExpertView.Record> records = records(shown.getContent().stream().map(Expert::getId).toList());
        Set<UUID> visible = visible(shown.getContent());
        return shown.map(e -> view(e, records, visible));
    }

    /** Every expert by name, for choosing one on a form (officials and administrators). */
    @Transactional(readOnly = true)
    public List<Choice> choices() {
        requireOfficial();
        return experts.findAll(BY_NAME).stream().map(e -> new Choice(e.getId(), e.getName(), e.getKind())).toList();
    }

    /** The names of these experts (officials and administrators), e.g. a draw's candidates. */
    @Transactional(readOnly = true)
    public Map<UUID, String> names(Collection<UUID> ids) {
        requireOfficial();
        Map<UUID, String> names = new HashMap<>();
        experts.findAllById(ids).forEach(e -> names.put(e.getId(), e.getName()));
        return names;
    }

    /** An expert as a choice on a form. */
    public record Choice(UUID id, String name, ExpertKind kind) {
    }

    /** An expert: officials and administrators, or the expert itself; anybody else 404. */
    @Transactional(readOnly = true)
    public ExpertView get(UUID id) {
        Expert e = load(id);
        return view(e, records(List.of(e.getId())), visible(List.of(e)));
    }

    /** The caller's own entry in the pool, if it is an expert with one. */
    @Transactional(readOnly = true)
    public java.util.Optional<ExpertView> mine() {
        CurrentUser me = me();
        return experts.findByUserId(me.id()).map(e -> view(e, records(List.of(e.getId())), visible(List.of(e))));
    }

    @Transactional
    public UUID create(ExpertData data, String idempotencyKey) {
        return creates.once("expert.expert", idempotencyKey, data, () -> {
            requireOfficial();
            Expert e = experts.saveAndFlush(Expert.create(check(data, null), clock.instant()));
            audit.record(AuditRecord.created("Expert", e.getId(), "专家入库 " + e.getName(), e.snapshot()));
            return e.getId();
        });
    }

    @Transactional
    public void update(UUID id, long version, ExpertData data) {
        requireOfficial();
        Expert e = manageable(id);
        Expert.Facts given = check(data, e.getId());
        // ties to enterprises the caller cannot see are not in the form they sent: they stay as they are
        Set<UUID> visible = visible(List.of(e));
        List<Expert.Tie> ties = new ArrayList<>(given.ties());
        e.getTies().stream().filter(t -> !visible.contains(t.getEnterpriseId()))
                .map(t -> new Expert.Tie(t.getKind(), t.getEnterpriseId(), t.getEnterpriseName(), t.getEndedOn()))
                .forEach(ties::add);
        Expert.Facts f = given.withTies(ties);
        changes.apply(EXPERT, e, version, "UPDATE", "修改专家 " + f.name(), x -> x.apply(f, clock.instant()));
    }

    @Transactional
    public void setActive(UUID id, long version, boolean active) {
        requireOfficial();
        Expert e = manageable(id);
        changes.apply(EXPERT, e, version, "UPDATE", (active ? "启用专家 " : "停用专家 ") + e.getName(),
                x -> x.setActive(active, clock.instant()));
    }

    /** Accounts with the expert role not yet in the pool (and the one of {@code expertId}), for the form. */
    @Transactional(readOnly = true)
    public List<UserRef> linkableAccounts(UUID expertId) {
        requireOfficial();
        UUID own = expertId == null ? null : experts.findById(expertId).map(Expert::getUserId).orElse(null);
        return accounts.usersWithRole(Role.EXPERT).stream()
                .filter(u -> u.id().equals(own) || !experts.existsByUserId(u.id())).toList();
    }

    private Expert.Facts check(ExpertData d, UUID self) {
        List<FieldViolation> v = new ArrayList<>();
        String name = d.name() == null ? "" : d.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            v.add(new FieldViolation("name", "请填写姓名或机构名称(不超过100字)"));
        }
        if (d.kind() == null) {
            v.add(new FieldViolation("kind", "请选择类别"));
        }
        String org = d.organisation() == null || d.organisation().isBlank() ? null : d.organisation().strip();
        if (org != null && org.length() > 200) {
            v.add(new FieldViolation("organisation", "所在单位不能超过200字"));
        }
        if (d.regionCode() == null || !RegionCode.isValid(d.regionCode())) {
            v.add(new FieldViolation("regionCode", "请填写12位行政区划代码"));
        } else if (!scopes.current().coversRegion(d.regionCode())) {
            v.add(new FieldViolation("regionCode", "服务区域应在您的辖区内(上级的专家由上级部门入库)"));
        }
        Set<String> known = new HashSet<>(sectors.sectors().stream().map(SectorCatalog.Entry::code).toList());
        if (d.sectors().isEmpty()) {
            v.add(new FieldViolation("sectors", "请选择至少一个专业行业领域"));
        } else if (!known.containsAll(d.sectors())) {
            v.add(new FieldViolation("sectors", "未知的行业领域代码"));
        }
        if (d.qualifications().size() > 20 || d.qualifications().stream()
                .anyMatch(q -> q == null || q.isBlank() || q.strip().length() > 100)) {
            v.add(new FieldViolation("qualifications", "资质每项不超过100字,最多20项"));
        }
        if (d.validFrom() == null) {
            v.add(new FieldViolation("validFrom", "请填写聘期开始日期"));
        }
        if (d.validTo() == null) {
            v.add(new FieldViolation("validTo", "请填写聘期结束日期"));
        } else if (d.validFrom() != null && d.validTo().isBefore(d.validFrom())) {
            v.add(new FieldViolation("validTo", "聘期结束日期不能早于开始日期"));
        }
        if (d.feePerDay() != null && (d.feePerDay().signum() < 0 || d.feePerDay().compareTo(new BigDecimal("100000")) > 0
                || d.feePerDay().scale() > 2)) {
            v.add(new FieldViolation("feePerDay", "日费用应在0至100000元之间,最多两位小数"));
        }
        String feeNote = d.feeNote() == null || d.feeNote().isBlank() ? null : d.feeNote().strip();
        if (feeNote != null && feeNote.length() > 500) {
            v.add(new FieldViolation("feeNote", "费用说明不能超过500字"));
        }
        if (d.userId() != null) {
            boolean expertAccount = accounts.usersWithRole(Role.EXPERT).stream().anyMatch(u -> u.id().equals(d.userId()));
            if (!expertAccount) {
                v.add(new FieldViolation("userId", "请选择专家角色的登录账号"));
            } else if (experts.findByUserId(d.userId()).filter(x -> !x.getId().equals(self)).isPresent()) {
                v.add(new FieldViolation("userId", "该账号已关联其他专家"));
            }
        }
        List<Expert.Tie> ties = new ArrayList<>();
        if (d.ties().size() > 50) {
            v.add(new FieldViolation("ties", "关联企业最多50项"));
        }
        for (int i = 0; i < d.ties().size() && i < 50; i++) {
            ExpertData.Tie t = d.ties().get(i);
            String field = "ties[" + i + "]";
            if (t == null || t.kind() == null) {
                v.add(new FieldViolation(field + ".kind", "请选择关联类型"));
                continue;
            }
            EnterpriseSummary e = t.enterpriseId() == null ? null : enterprises.find(t.enterpriseId()).orElse(null);
            if (e == null) {
                v.add(new FieldViolation(field + ".enterpriseId", "关联的企业不存在或不在您的辖区内"));
                continue;
            }
            if (t.kind() != TieKind.CURRENT_EMPLOYER && t.endedOn() == null) {
                v.add(new FieldViolation(field + ".endedOn", "请填写离职或服务结束日期"));
                continue;
            }
            ties.add(new Expert.Tie(t.kind(), e.id(), e.name(), t.endedOn()));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return new Expert.Facts(d.userId(), name, d.kind(), org, d.regionCode(), SectorSet.of(d.sectors()),
                d.specialities(), d.qualifications().stream().map(String::strip).toList(), d.validFrom(),
                d.validTo(), d.feePerDay(), feeNote, ties);
    }

    /**
     * An expert the caller may change: an administrator any, an official one whose region is in their jurisdiction
     * and, for a sector-limited official, that names one of their sectors. Other officials see the pool, so the
     * expert's existence is no secret from them: 403.
     */
    private Expert manageable(UUID id) {
        Expert e = load(id);
        if (!scopes.current().governs(e.getRegionCode(), e.getSectors().codes())) {
            throw new AccessDeniedException("只有专家所在辖区(及其行业)的监管部门可以修改该专家");
        }
        return e;
    }

    /**
     * The enterprises named by these experts' ties that the caller may see; the expert itself sees all of its own.
     * One query for the lot.
     */
    private Set<UUID> visible(List<Expert> shown) {
        UUID me = me().id();
        Set<UUID> named = new HashSet<>();
        Set<UUID> visible = new HashSet<>();
        for (Expert e : shown) {
            e.getTies().forEach(t -> (me.equals(e.getUserId()) ? visible : named).add(t.getEnterpriseId()));
        }
        if (!named.isEmpty()) {
            enterprises.findAll(named).forEach(x -> visible.add(x.id()));
        }
        return visible;
    }

    Expert load(UUID id) {
        CurrentUser me = me();
        Expert e = experts.findById(id).orElseThrow(() -> new NotFoundException("专家"));
        if (me.isOfficialOrAdmin() || me.id().equals(e.getUserId())) {
            return e;
        }
        throw new NotFoundException("专家");
    }

    private Map<UUID, ExpertView.Record> records(List<UUID> ids) {
        Map<UUID, ExpertView.Record> m = new HashMap<>();
        if (ids.isEmpty()) {
            return m;
        }
        for (Object[] r : assignments.records(ids)) {
            m.put((UUID) r[0], new ExpertView.Record(n(r[1]), n(r[2]), n(r[3]), n(r[4])));
        }
        return m;
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    /** A tie to an enterprise outside {@code visible} is shown without naming it: that there is one, not who. */
    static ExpertView view(Expert e, Map<UUID, ExpertView.Record> records, Set<UUID> visible) {
        return new ExpertView(e.getId(), e.getUserId(), e.getName(), e.getKind(), e.getOrganisation(),
                e.getRegionCode(), e.getSectors().codes(), e.specialitySet(), e.qualificationList(), e.getValidFrom(),
                e.getValidTo(), e.getFeePerDay(), e.getFeeNote(), e.isActive(), e.getTies().stream()
                        .map(t -> visible.contains(t.getEnterpriseId())
                                ? new ExpertView.TieView(t.getKind(), t.getEnterpriseId(), t.getEnterpriseName(),
                                        t.getEndedOn())
                                : new ExpertView.TieView(t.getKind(), null, OUTSIDE, t.getEndedOn())).toList(),
                e.getVersion(),
                records.getOrDefault(e.getId(), new ExpertView.Record(0, 0, 0, 0)));
    }

    private void requireOfficial() {
        if (!me().isOfficialOrAdmin()) {
            throw new AccessDeniedException("专家库由监管部门管理");
        }
    }

    static CurrentUser me() {
        return DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
    }
}
