package org.zhiben.expert;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
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
import org.zhiben.common.SeededDraw;
import org.zhiben.common.Zones;
import org.zhiben.common.document.DocxWriter;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.expert.internal.Expert;
import org.zhiben.expert.internal.ExpertAssignment;
import org.zhiben.expert.internal.ExpertAssignmentRepository;
import org.zhiben.expert.internal.ExpertDraw;
import org.zhiben.expert.internal.ExpertDrawRepository;
import org.zhiben.expert.internal.ExpertRepository;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.Role;
import org.zhiben.notify.Notice;

/**
 * Assignments of experts to enterprises. An official in whose jurisdiction the enterprise lies draws an expert at
 * random among the qualified ones without a conflict ({@link SeededDraw}: the seed, the candidates in the order drawn
 * from — by id — and every exclusion with its reason are recorded, so anyone can repeat the draw) or chooses one with
 * a reason (the same eligibility applies). The assigned expert sees the enterprise while the assignment runs and
 * reports once; the report prints as a Word document on A4. Other modules ask {@link #activeEnterprises} (what an
 * expert may see) and {@link #assignForCheck} (inspection's 体检式精查).
 */
@Service
public class ExpertAssignments {

    static final VersionedChanges.Subject<ExpertAssignment> ASSIGNMENT = new VersionedChanges.Subject<>(
            "ExpertAssignment", ExpertAssignment::getId, ExpertAssignment::getVersion, ExpertAssignment::snapshot);

    private final ExpertAssignmentRepository assignments;
    private final ExpertRepository experts;
    private final ExpertDrawRepository draws;
    private final Enterprises enterprises;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final VersionedChanges changes;
    private final IdempotentCreates creates;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Expert.Windows windows;

    ExpertAssignments(ExpertAssignmentRepository assignments, ExpertRepository experts, ExpertDrawRepository draws,
            Enterprises enterprises, DataScopes scopes, AuditTrail audit, VersionedChanges changes,
            IdempotentCreates creates, ApplicationEventPublisher events, Clock clock,
            @Value("${zhiben.expert.past-employer-window:P3Y}") Period pastEmployer,
            @Value("${zhiben.expert.served-window:P1Y}") Period served) {
        this.assignments = assignments;
        this.experts = experts;
        this.draws = draws;
        this.enterprises = enterprises;
        this.scopes = scopes;
        this.audit = audit;
        this.changes = changes;
        this.creates = creates;
        this.events = events;
        this.clock = clock;
        this.windows = new Expert.Windows(pastEmployer, served);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.CHINA));
    }

    // ---------------------------------------------------------------- assigning

    /** Draws ({@code expertId} null) or chooses an expert; answers the assignment's id. */
    @Transactional
    public UUID assign(AssignmentRequest r, String idempotencyKey) {
        return creates.once("expert.assignment", idempotencyKey, r, () -> assign(r));
    }

    private UUID assign(AssignmentRequest r) {
        CurrentUser me = requireOfficial();
        if (r == null || r.enterpriseId() == null) {
            throw new InvalidInputException("enterpriseId", "请选择企业");
        }
        Expert.Target t = target(r.enterpriseId());
        List<FieldViolation> v = new ArrayList<>();
        if (r.kind() == null) {
            v.add(new FieldViolation("kind", "请选择任务类别"));
        }
        window(r.from(), r.until(), v);
        String reason = r.reason() == null || r.reason().isBlank() ? null : r.reason().strip();
        if (r.expertId() != null && reason == null) {
            v.add(new FieldViolation("reason", "指定专家须说明理由"));
        }
        if (reason != null && reason.length() > 1000) {
            v.add(new FieldViolation("reason", "理由不能超过1000字"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        UUID drawId = null;
        Expert chosen;
        if (r.expertId() == null) {
            DrawView d = draw(t, r.kind(), r.from(), r.until(), me);
            if (d.drawnExpertId() == null) {
                throw new InvalidInputException("expertId", "专家库中没有符合条件且无利益冲突的专家(排除" + d.exclusions().size()
                        + "人)");
            }
            drawId = d.id();
            chosen = experts.findById(d.drawnExpertId()).orElseThrow();
        } else {
            chosen = experts.findById(r.expertId())
                    .orElseThrow(() -> new InvalidInputException("expertId", "请选择专家库中的专家"));
            Optional<String> why = exclusion(chosen, t, r.kind(), r.from(), r.until());
            if (why.isPresent()) {
                throw new InvalidInputException("expertId", "不能指派该专家:" + why.get());
            }
        }
        return create(t, chosen, r.kind(), drawId, reason, r.from(), r.until(), me);
    }

    /**
     * For inspection's 体检式精查: an official sends the expert with account {@code expertUserId} to the enterprise
     * until {@code until}; an assignment already running for it is extended. Refused beside {@code field} when the
     * account is not in the pool or the expert may not be sent (conflict, term, sector, region).
     */
    @Transactional
    public UUID assignForCheck(UUID enterpriseId, UUID expertUserId, LocalDate from, LocalDate until, String field) {
        CurrentUser me = requireOfficial();
        Expert.Target t = target(enterpriseId);
        Expert e = expertUserId == null ? null : experts.findByUserId(expertUserId).orElse(null);
        if (e == null) {
            throw new InvalidInputException(field, "请选择专家库中的专家");
        }
        for (ExpertAssignment running : assignments.findByExpertIdAndEnterpriseIdAndKindAndStateIn(e.getId(),
                enterpriseId, AssignmentKind.DETAILED_CHECK, List.of(ExpertAssignment.State.ACTIVE))) {
            if (!running.getValidUntil().isBefore(from)) {
                changes.apply(ASSIGNMENT, running, running.getVersion(), "UPDATE", "延长专家任务 " + e.getName() + " 至 "
                        + until, x -> x.extendTo(until));
                return running.getId();
            }
        }
        Optional<String> why = exclusion(e, t, AssignmentKind.DETAILED_CHECK, from, until);
        if (why.isPresent()) {
            throw new InvalidInputException(field, "不能指派该专家:" + why.get());
        }
        return create(t, e, AssignmentKind.DETAILED_CHECK, null, "监管人员安排体检式精查", from, until, me);
    }

    /** Accounts of pool experts an official may send for a 体检式精查 now (active, with an account, term running). */
    @Transactional(readOnly = true)
    public Set<UUID> assignableAccounts() {
        LocalDate today = today();
        Set<UUID> ids = new HashSet<>();
        for (Expert e : experts.findAll()) {
            if (e.isActive() && e.getUserId() != null && !today.isBefore(e.getValidFrom())
                    && !today.isAfter(e.getValidTo())) {
                ids.add(e.getUserId());
            }
        }
        return ids;
    }

    /** The draw a request would make now, recorded: seed, candidates by id, exclusions with reasons. */
    private DrawView draw(Expert.Target t, AssignmentKind kind, LocalDate from, LocalDate until, CurrentUser me) {
        Set<UUID> identified = new HashSet<>(assignments.expertsWith(t.id(), AssignmentKind.FIRST_IDENTIFICATION,
                from.minus(windows.served())));
        List<UUID> candidates = new ArrayList<>();
        List<DrawView.Exclusion> excluded = new ArrayList<>();
        for (Expert e : experts.findAllByOrderByIdAsc()) {
            Optional<String> why = e.exclusion(t, kind, from, until, windows, identified.contains(e.getId()));
            if (why.isPresent()) {
                excluded.add(new DrawView.Exclusion(e.getId(), e.getName(), why.get()));
            } else {
                candidates.add(e.getId());
            }
        }
        String seed = SeededDraw.newSeed();
        List<UUID> drawn = SeededDraw.draw(seed, candidates, 1);
        ExpertDraw d = draws.save(ExpertDraw.record(kind, t, seed, candidates, excluded,
                drawn.isEmpty() ? null : drawn.get(0), me.id(), clock.instant()));
        return d.view();
    }

    private Optional<String> exclusion(Expert e, Expert.Target t, AssignmentKind kind, LocalDate from,
            LocalDate until) {
        boolean identified = assignments.expertsWith(t.id(), AssignmentKind.FIRST_IDENTIFICATION,
                from.minus(windows.served())).contains(e.getId());
        return e.exclusion(t, kind, from, until, windows, identified);
    }

    private UUID create(Expert.Target t, Expert e, AssignmentKind kind, UUID drawId, String reason, LocalDate from,
            LocalDate until, CurrentUser me) {
        ExpertAssignment a = assignments.saveAndFlush(ExpertAssignment.create(t, e.getId(), kind, drawId, reason, from,
                until, me.id(), clock.instant()));
        audit.record(AuditRecord.created("ExpertAssignment", a.getId(), (drawId == null ? "指派" : "抽取") + "专家 "
                + e.getName() + " " + kind.label() + "(" + t.name() + ")", a.snapshot()));
        events.publishEvent(new Notice("expert.assigned", "新的专家任务:" + kind.label(), t.name() + "," + from
                + " 至 " + until, "/experts/assignments/" + a.getId(), Set.of(e.getUserId()), Set.of(), t.id(),
                t.regionCode()));
        return a.getId();
    }

    private void window(LocalDate from, LocalDate until, List<FieldViolation> v) {
        LocalDate today = today();
        if (from == null) {
            v.add(new FieldViolation("from", "请选择开始日期"));
        } else if (from.isBefore(today)) {
            v.add(new FieldViolation("from", "开始日期不能早于今天"));
        }
        if (until == null) {
            v.add(new FieldViolation("until", "请选择截止日期"));
        } else if (from != null && until.isBefore(from)) {
            v.add(new FieldViolation("until", "截止日期不能早于开始日期"));
        } else if (from != null && until.isAfter(from.plusDays(366))) {
            v.add(new FieldViolation("until", "任务期限不能超过一年"));
        }
    }

    private Expert.Target target(UUID enterpriseId) {
        EnterpriseSummary e = enterprises.find(enterpriseId).orElseThrow(() -> new NotFoundException("企业"));
        return new Expert.Target(e.id(), e.name(), e.regionCode(), Set.copyOf(e.sectors()));
    }

    // ---------------------------------------------------------------- the expert's work

    /** The assigned expert's report; once, while the assignment is active. */
    @Transactional
    public void report(UUID id, long version, ExpertReport r) {
        ExpertAssignment a = load(id);
        if (!isAssignedExpert(a)) {
            throw new AccessDeniedException("只有被指派的专家可以提交报告");
        }
        changes.apply(ASSIGNMENT, a, version, "REPORT", "专家报告 " + a.getKind().label() + "(" + a.getEnterpriseName()
                + ")", x -> x.report(r, clock.instant()));
    }

    /** An official withdraws an active assignment, with a reason. */
    @Transactional
    public void cancel(UUID id, long version, String reason) {
        ExpertAssignment a = load(id);
        requireOfficial();
        changes.apply(ASSIGNMENT, a, version, "CANCEL", "撤回专家任务 " + a.getKind().label() + "("
                + a.getEnterpriseName() + ")", x -> x.cancel(reason));
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public AssignmentView get(UUID id) {
        return view(load(id));
    }

    @Transactional(readOnly = true)
    public Optional<DrawView> drawOf(UUID assignmentId) {
        ExpertAssignment a = load(assignmentId);
        return a.getDrawId() == null ? Optional.empty() : draws.findById(a.getDrawId()).map(ExpertDraw::view);
    }

    /** The order of assignment lists: newest first. */
    public static final org.springframework.data.domain.Sort NEWEST_FIRST = org.springframework.data.domain.Sort
            .by(org.springframework.data.domain.Sort.Direction.DESC, "createdAt", "id");

    /** A page of the assignments the caller sees, of {@code kind} if given: officials in scope; an expert its own. */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<AssignmentView> list(AssignmentKind kind,
            org.springframework.data.domain.Pageable pageable) {
        CurrentUser me = me();
        Specification<ExpertAssignment> spec;
        if (me.is(Role.EXPERT)) {
            UUID expert = experts.findByUserId(me.id()).map(Expert::getId).orElse(null);
            if (expert == null) {
                return org.springframework.data.domain.Page.empty(pageable);
            }
            spec = (root, q, cb) -> cb.equal(root.get("expertId"), expert);
        } else if (me.isOfficialOrAdmin()) {
            spec = scopes.current().specification();
        } else {
            throw new AccessDeniedException("专家任务由监管部门安排");
        }
        if (kind != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("kind"), kind));
        }
        return assignments.findAll(spec, pageable).map(this::view);
    }

    /** An expert's assignments (officials and the expert itself). */
    @Transactional(readOnly = true)
    public List<AssignmentView> ofExpert(UUID expertId) {
        CurrentUser me = me();
        Expert e = experts.findById(expertId).orElseThrow(() -> new NotFoundException("专家"));
        if (!me.isOfficialOrAdmin() && !me.id().equals(e.getUserId())) {
            throw new NotFoundException("专家");
        }
        return assignments.findByExpertIdOrderByValidFromDescIdDesc(expertId).stream()
                .filter(a -> me.id().equals(e.getUserId()) || scopes.current().permits(a)).map(this::view).toList();
    }

    /** The enterprises the expert with account {@code userId} works at today (in progress, window running). */
    @Transactional(readOnly = true)
    public List<AssignedEnterprise> activeEnterprises(UUID userId) {
        LocalDate today = today();
        return experts.findByUserId(userId).map(e -> assignments.findByExpertIdOrderByValidFromDescIdDesc(e.getId())
                .stream().filter(a -> a.activeOn(today)).map(a -> new AssignedEnterprise(a.getEnterpriseId(),
                        a.getEnterpriseName(), a.getRegionCode(), a.getSectors().codes(), a.getValidUntil()))
                .toList()).orElse(List.of());
    }

    /** The expert's report as a Word document on A4. */
    @Transactional(readOnly = true)
    public void writeReport(UUID id, OutputStream out) throws IOException {
        ExpertAssignment a = load(id);
        Expert e = experts.findById(a.getExpertId()).orElseThrow();
        if (a.getState() != ExpertAssignment.State.REPORTED) {
            throw new InvalidInputException("state", "专家尚未提交报告");
        }
        try (DocxWriter doc = DocxWriter.portrait()) {
            doc.title("专家" + a.getKind().label() + "报告")
                    .text("被检查单位:" + a.getEnterpriseName())
                    .text("专家:" + e.getName() + "(" + e.getKind().label() + (e.getOrganisation() == null ? ""
                            : "," + e.getOrganisation()) + ")")
                    .text("任务期限:" + a.getValidFrom() + " 至 " + a.getValidUntil() + ";产生方式:"
                            + ("DRAWN".equals(a.getMethod()) ? "随机抽取" : "指定(" + a.getReason() + ")"))
                    .table(List.of(DocxWriter.Column.text("项目", 1), DocxWriter.Column.text("内容", 4)))
                    .row("发现的问题和意见", a.getFindings())
                    .row("结论", a.getConclusion())
                    .row("期间发现隐患", a.getHazardsFound() + " 项(其中重大事故隐患 " + a.getMajorsFound() + " 项)")
                    .row("提交时间", a.getReportedAt().atZone(Zones.CHINA).toLocalDateTime().withNano(0).toString()
                            .replace('T', ' '))
                    .end().signatures("专家签字:____________", "日期:____________");
            doc.write(out);
        }
    }

    private ExpertAssignment load(UUID id) {
        ExpertAssignment a = assignments.findById(id).orElseThrow(() -> new NotFoundException("专家任务"));
        if (isAssignedExpert(a) || me().isOfficialOrAdmin() && scopes.current().permits(a)) {
            return a;
        }
        throw new NotFoundException("专家任务");
    }

    private boolean isAssignedExpert(ExpertAssignment a) {
        CurrentUser me = me();
        return me.is(Role.EXPERT) && experts.findById(a.getExpertId()).map(Expert::getUserId)
                .filter(me.id()::equals).isPresent();
    }

    private AssignmentView view(ExpertAssignment a) {
        Expert e = experts.findById(a.getExpertId()).orElseThrow();
        return new AssignmentView(a.getId(), a.getEnterpriseId(), a.getEnterpriseName(), a.getRegionCode(), e.getId(),
                e.getName(), e.getUserId(), a.getKind(), a.getMethod(), a.getDrawId(), a.getReason(),
                a.getValidFrom(), a.getValidUntil(), a.getState().name(), a.getFindings(), a.getConclusion(),
                a.getHazardsFound(), a.getMajorsFound(), a.getReportedAt(), a.getVersion());
    }

    private CurrentUser requireOfficial() {
        CurrentUser me = me();
        if (!me.isOfficialOrAdmin()) {
            throw new AccessDeniedException("专家由监管部门抽取或指派");
        }
        return me;
    }

    private static CurrentUser me() {
        return Experts.me();
    }
}
