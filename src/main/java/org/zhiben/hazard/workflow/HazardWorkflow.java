package org.zhiben.hazard.workflow;

import org.zhiben.common.EscalationStep;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.hibernate.Hibernate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.FileType;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.StoredFile;
import org.zhiben.common.Zones;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.hazard.HazardChanged;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardFacts;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardReporting;
import org.zhiben.hazard.HazardState;
import org.zhiben.hazard.ManageType;
import org.zhiben.hazard.NewHazard;
import org.zhiben.hazard.workflow.HazardNotices.To;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;
import org.zhiben.identity.UserRef;

/**
 * The hazard workflow's application service: loads a hazard within the caller's data scope (outside it: 404), lets
 * the {@link Hazard} apply its rules through the kernel's versioned change (the version the caller saw, the flush and
 * the audit entry in one transaction), publishes {@link HazardChanged} whenever the hazard's facts changed, and sends
 * notices. Reports are idempotent creates.
 */
@NamedInterface(name = "workflow", propagate = false)
@Service
public class HazardWorkflow implements HazardReporting {

    /** A hazard as the audit trail records its changes (by id and version, with {@link #snapshot}). */
    static final VersionedChanges.Subject<Hazard> HAZARD = new VersionedChanges.Subject<>("Hazard",
            Hazard::getId, Hazard::getVersion, HazardWorkflow::snapshot);

    private final HazardRepository hazards;
    private final Enterprises enterprises;
    private final DataScopes scopes;
    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final VersionedChanges changes;
    private final IdempotentCreates creates;
    private final ApplicationEventPublisher events;
    private final HazardNotices notices;
    private final PhotoUploads uploads;
    private final HazardLinks links;
    private final Clock clock;
    private final String signatureAlgorithm;

    HazardWorkflow(HazardRepository hazards, Enterprises enterprises, DataScopes scopes, UserAccounts accounts,
            AuditTrail audit, VersionedChanges changes, IdempotentCreates creates, ApplicationEventPublisher events, HazardNotices notices,
            PhotoUploads uploads, HazardLinks links, Clock clock,
            @Value("${zhiben.hazard.signature-algorithm:SM3}") String signatureAlgorithm) {
        this.hazards = hazards;
        this.enterprises = enterprises;
        this.scopes = scopes;
        this.accounts = accounts;
        this.audit = audit;
        this.changes = changes;
        this.creates = creates;
        this.events = events;
        this.notices = notices;
        this.uploads = uploads;
        this.links = links;
        this.clock = clock;
        this.signatureAlgorithm = signatureAlgorithm.trim().toUpperCase().replace("SHA256", "SHA-256");
    }

    /**
     * A hazard loaded in scope with everything this module's page or API shows, and what the caller may do with it;
     * other modules read {@link HazardView}.
     */
    public record Detail(Hazard hazard, Set<HazardAction> allowedActions) {
    }

    // ---------------------------------------------------------------- photos

    /**
     * Stores an image (PNG or JPEG by content, at most 10 MB) for the current user to name in a report or transition.
     */
    @Transactional
    public StoredFile uploadPhoto(InputStream content) throws IOException {
        CurrentUser me = me();
        if (me.role() == Role.ADMIN || me.role() == Role.EXPERT) {
            throw new AccessDeniedException("您无权上传隐患照片");
        }
        if (content == null) {
            throw new InvalidInputException("file", "请选择照片");
        }
        return uploads.upload(content, me.id());
    }

    // ---------------------------------------------------------------- creation

    /**
     * Reports a hazard (REPORTED), or with 即查即改 records it found and fixed (CLOSED) in one step. A retry with the
     * same {@code idempotencyKey} answers the first hazard.
     */
    @Transactional
    public UUID report(NewReport r, String idempotencyKey) {
        return creates.once("hazard.report", idempotencyKey, r, () -> report(r));
    }

    private UUID report(NewReport r) {
        CurrentUser me = me();
        if (r.enterpriseId() == null) {
            throw new InvalidInputException("enterpriseId", "请选择企业");
        }
        Hazard.EnterpriseFacts enterprise = enterpriseFacts(r.enterpriseId());
        links.checkReport(r.enterpriseId(), r.unitId(), r.measureId(), r.inspectionRecordId());
        Actor actor = Actor.of(me);
        List<StoredFile> before = uploads.claim(r.beforePhotos(), "beforePhotos", me.id());
        Hazard h = Hazard.report(r, enterprise, actor, before, clock.instant());
        if (r.manageType() == ManageType.IMMEDIATE) {
            List<StoredFile> after = uploads.claim(r.afterPhotos(), "afterPhotos", me.id());
            h.fixImmediately(actor, r.rectification(), r.cost(), after, clock.instant());
        } else if (!r.afterPhotos().isEmpty()) {
            throw new InvalidInputException("afterPhotos", "整改后照片在提交验收时上传");
        }
        created(h);
        if (h.isBackdated()) {
            notices.backfilled(h);
        }
        return h.getId();
    }

    /** For other modules, in their transaction; the current user's scope must cover the enterprise. */
    @Override
    @Transactional
    public UUID report(NewHazard n) {
        if (n.enterpriseId() == null) {
            throw new InvalidInputException("enterpriseId", "请选择企业");
        }
        return reportFound(n, enterpriseFacts(n.enterpriseId()));
    }

    @Override
    @Transactional
    public UUID reportForAssignedExpert(NewHazard n, AssignedEnterprise e) {
        if (!me().is(Role.EXPERT) || n.source() != HazardSource.EXPERT_REVIEW || !e.id().equals(n.enterpriseId())) {
            throw new AccessDeniedException("只有受指派的专家可以登记体检式精查发现的隐患");
        }
        return reportFound(n, new Hazard.EnterpriseFacts(e.id(), e.name(), e.regionCode(), e.sectors()));
    }

    private UUID reportFound(NewHazard n, Hazard.EnterpriseFacts enterprise) {
        NewReport r = new NewReport(n.enterpriseId(), n.source(), n.proposedLevel(), n.type(), n.factorCode(),
                n.accidentType(), n.description(), null, n.location(), n.unitId(), n.measureId(),
                n.inspectionRecordId(), null, List.of(), List.of(), null, null, null);
        Hazard h = Hazard.report(r, enterprise, Actor.of(me()), uploads.reread(n.photoKeys()), clock.instant());
        created(h);
        return h.getId();
    }

    private void created(Hazard h) {
        hazards.saveAndFlush(h);
        audit.record(AuditRecord.created("Hazard", h.getId(), (h.isBackdated() ? "补录(发现于 " + h.getFoundOn() + ") "
                : "") + (h.getState() == HazardState.CLOSED ? "即查即改 " : "上报隐患 ") + HazardNotices.brief(h),
                snapshot(h)));
        events.publishEvent(new HazardChanged(h.getId(), null, h.facts()));
    }

    private Hazard.EnterpriseFacts enterpriseFacts(UUID enterpriseId) {
        EnterpriseSummary e = enterprises.find(enterpriseId).orElseThrow(() -> new NotFoundException("企业"));
        return new Hazard.EnterpriseFacts(e.id(), e.name(), e.regionCode(), e.sectors());
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public Detail detail(UUID id) {
        return describe(load(id));
    }

    /**
     * Reports (as {@link #report(NewReport, String)}) and answers the hazard as the reporter now sees it; a new
     * hazard is described from memory, without reading it back.
     */
    @Transactional
    public Detail reportAndDescribe(NewReport r, String idempotencyKey) {
        return describe(load(report(r, idempotencyKey)));
    }

    private Detail describe(Hazard h) {
        Hibernate.initialize(h.getPhotos());
        h.getTransitions();
        h.getSignatures();
        h.getSupervisions();
        h.getExtensions();
        h.getReviews();
        h.getEscalations();
        return new Detail(h, h.allowedActions(Actor.of(me())));
    }

    /** A hazard in scope as other modules read it. */
    @Transactional(readOnly = true)
    public HazardView view(UUID id) {
        return HazardView.of(load(id));
    }

    /** The latest hazards of an enterprise in scope (the enterprise tab), newest first. */
    @Transactional(readOnly = true)
    public List<HazardView> ofEnterprise(UUID enterpriseId, int limit) {
        enterprises.find(enterpriseId).orElseThrow(() -> new NotFoundException("企业"));
        return hazards.findByEnterpriseIdOrderByFoundAtDesc(enterpriseId, PageRequest.of(0, limit)).stream()
                .map(HazardView::of).toList();
    }

    /**
     * The latest major hazards (重大事故隐患) in scope, newest found first, at most {@code limit}: for other modules to
     * pick one from (accident's root-cause analysis).
     */
    @Transactional(readOnly = true)
    public List<HazardView> majorHazards(int limit) {
        org.springframework.data.jpa.domain.Specification<Hazard> major = (root, query, cb) ->
                cb.equal(root.get("level"), HazardLevel.MAJOR);
        return hazards.findAll(scopes.current().<Hazard>specification().and(major), PageRequest.of(0, limit,
                org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "foundAt")))
                .stream().map(HazardView::of).toList();
    }

    /** Open hazards of an enterprise in scope. */
    @Transactional(readOnly = true)
    public long openCount(UUID enterpriseId) {
        enterprises.find(enterpriseId).orElseThrow(() -> new NotFoundException("企业"));
        return hazards.countByEnterpriseIdAndStateIn(enterpriseId, Hazard.OPEN);
    }

    public record PhotoContent(FileType type, long size, InputStream content) {
    }

    @Transactional(readOnly = true)
    public PhotoContent photo(UUID hazardId, UUID photoId) throws IOException {
        Photo p = load(hazardId).getPhotos().stream().filter(x -> x.getId().equals(photoId)).findFirst()
                .orElseThrow(() -> new NotFoundException("照片"));
        return new PhotoContent(p.getFileType(), p.getSize(), uploads.open(p.getFileKey()));
    }

    /** The accounts of the enterprise a hazard can be assigned to (its 责任人). */
    @Transactional(readOnly = true)
    public List<UserRef> assignableUsers(UUID hazardId) {
        return accounts.usersOfEnterprise(load(hazardId).getEnterpriseId(),
                Set.of(Role.ENTERPRISE_PRINCIPAL, Role.ENTERPRISE_SAFETY_MANAGER, Role.ENTERPRISE_WORKER));
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.CHINA);
    }

    // ---------------------------------------------------------------- transitions

    /** A transition of the closed loop, by action name, with the data it needs. */
@NamedInterface(name = "workflow", propagate = false)
    public record Command(HazardAction action, Assignment assignment, RejectionKind rejectionKind, String reason,
            UUID duplicateOf, String rectification, BigDecimal cost, List<String> afterPhotos, String note) {

        public Command {
            afterPhotos = afterPhotos == null ? List.of() : List.copyOf(afterPhotos);
        }
    }

    @Transactional
    public void transition(UUID id, long version, Command c) {
        if (c.action() == null) {
            throw new InvalidInputException("action", "请指定操作");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Zones.CHINA);
        act(id, version, c.action(), (h, a) -> {
            switch (c.action()) {
                case CONFIRM -> {
                    Assignment as = c.assignment() == null
                            ? new Assignment(null, null, null, null, null, null, null, null) : c.assignment();
                    String name = null;
                    if (as.responsibleUserId() != null) {
                        name = accounts.usersOfEnterprise(h.getEnterpriseId(), Set.of(Role.ENTERPRISE_PRINCIPAL,
                                        Role.ENTERPRISE_SAFETY_MANAGER, Role.ENTERPRISE_WORKER)).stream()
                                .filter(u -> u.id().equals(as.responsibleUserId())).map(UserRef::displayName)
                                .findFirst().orElseThrow(() -> new InvalidInputException("responsibleUserId",
                                        "整改责任人须为本企业的用户"));
                    }
                    h.confirm(a, as, name, today, now);
                    if (h.getLevel() == HazardLevel.MAJOR) {
                        notices.send(h, "hazard.major.confirmed", "重大事故隐患:" + h.getEnterpriseName(),
                                HazardNotices.brief(h) + "(整改时限 " + h.getDeadline() + ",责任人 "
                                        + h.getResponsibleName() + ")",
                                Set.of(To.PRINCIPAL, To.OFFICIALS, To.CONTROLLER));
                    } else if (h.getResponsibleUserId() != null) {
                        notices.send(h, "hazard.assigned", "隐患整改任务", HazardNotices.brief(h) + "(整改时限 "
                                + h.getDeadline() + ")", Set.of(To.RESPONSIBLE));
                    }
                }
                case REJECT -> {
                    if (c.rejectionKind() == RejectionKind.DUPLICATE) {
                        links.checkDuplicate(h, c.duplicateOf());
                    }
                    h.reject(a, c.rejectionKind(), c.reason(), c.duplicateOf(), now);
                }
                case START -> h.start(a, now);
                case SUBMIT -> h.submit(a, c.rectification(), c.cost(),
                        uploads.claim(c.afterPhotos(), "afterPhotos", a.id()), now);
                case ACCEPT -> h.accept(a, c.note(), signatureAlgorithm, now);
                case FAIL -> h.fail(a, c.reason(), now);
                default -> throw new InvalidInputException("action", "该操作有专门的接口:" + c.action().label());
            }
        });
    }

    @Transactional
    public void editPlan(UUID id, long version, MajorPlan plan) {
        act(id, version, HazardAction.EDIT_PLAN, (h, a) -> h.editPlan(a, plan, clock.instant()));
    }

    @Transactional
    public void addPhotos(UUID id, long version, PhotoKind kind, List<String> keys) {
        act(id, version, HazardAction.ADD_PHOTO, (h, a) -> h.addPhotos(a, kind, uploads.claim(keys, "file", a.id()),
                clock.instant()));
    }

    @Transactional
    public void requestExtension(UUID id, long version, LocalDate deadline, String reason) {
        Instant now = clock.instant();
        act(id, version, HazardAction.REQUEST_EXTENSION, (h, a) -> {
            h.requestExtension(a, deadline, reason, LocalDate.ofInstant(now, Zones.CHINA), now);
            notices.send(h, "hazard.extension.requested", "隐患延期申请", HazardNotices.brief(h) + "(申请延期至 "
                    + deadline + ")", h.getLevel() == HazardLevel.MAJOR || h.getSource().government()
                    || h.isSupervised() ? Set.of(To.OFFICIALS) : Set.of(To.MANAGERS));
        });
    }

    @Transactional
    public void decideExtension(UUID id, long version, boolean approve, String note) {
        Instant now = clock.instant();
        act(id, version, HazardAction.DECIDE_EXTENSION,
                (h, a) -> h.decideExtension(a, approve, note, LocalDate.ofInstant(now, Zones.CHINA), now));
    }

    /** What a signature now would cover, as "algorithm hash", for the signer to see before signing. */
    public String signingHash(Hazard hazard) {
        return signatureAlgorithm + " " + hazard.contentHash(signatureAlgorithm);
    }

    @Transactional
    public void sign(UUID id, long version) {
        act(id, version, HazardAction.SIGN, (h, a) -> h.sign(a, signatureAlgorithm, clock.instant()));
    }

    @Transactional
    public void supervise(UUID id, long version, String department, String requirements, LocalDate deadline) {
        Instant now = clock.instant();
        act(id, version, HazardAction.SUPERVISE, (h, a) -> {
            h.supervise(a, department, requirements, deadline, LocalDate.ofInstant(now, Zones.CHINA), now);
            notices.send(h, "hazard.supervised", "重大事故隐患挂牌督办:" + h.getEnterpriseName(),
                    HazardNotices.brief(h) + "(" + department + " 督办,时限 " + deadline + ")",
                    Set.of(To.MANAGERS, To.OFFICIALS, To.CONTROLLER));
        });
    }

    @Transactional
    public void recordAssessment(UUID id, long version, String assessor, String summary) {
        act(id, version, HazardAction.RECORD_ASSESSMENT, (h, a) -> h.recordAssessment(a, assessor, summary,
                clock.instant()));
    }

    @Transactional
    public void applyForClosure(UUID id, long version, String text) {
        act(id, version, HazardAction.APPLY_CLOSURE, (h, a) -> {
            h.applyForClosure(a, text, clock.instant());
            notices.send(h, "hazard.closure.applied", "挂牌督办隐患核销申请", HazardNotices.brief(h),
                    Set.of(To.OFFICIALS));
        });
    }

    @Transactional
    public void review(UUID id, long version, String opinion) {
        act(id, version, HazardAction.REVIEW, (h, a) -> h.review(a, opinion, clock.instant()));
    }

    @Transactional
    public void confirmEscalation(UUID id, long version, String note) {
        act(id, version, HazardAction.CONFIRM_ESCALATION, (h, a) -> {
            EscalationStep step = h.confirmEscalation(a, note, clock.instant());
            notices.send(h, "hazard.escalation." + step.name().toLowerCase(), "重大事故隐患逾期未整改:" + step.label(),
                    HazardNotices.brief(h) + "(整改时限 " + h.getDeadline() + " 已过,监管部门决定" + step.label() + ")",
                    Set.of(To.PRINCIPAL, To.OFFICIALS, To.CONTROLLER));
        });
    }

    @Transactional
    public void declineEscalation(UUID id, long version, String reason) {
        act(id, version, HazardAction.DECLINE_ESCALATION, (h, a) -> h.declineEscalation(a, reason, clock.instant()));
    }

    private void act(UUID id, long version, HazardAction action, BiConsumer<Hazard, Actor> op) {
        Actor actor = Actor.of(me());
        Hazard h = load(id);
        HazardFacts before = h.facts();
        changes.apply(HAZARD, h, version, action.name(), action.label() + " " + HazardNotices.brief(h),
                changed -> op.accept(changed, actor));
        publishIfChanged(h, before);
    }

    void publishIfChanged(Hazard h, HazardFacts before) {
        HazardFacts after = h.facts();
        if (!after.equals(before)) {
            events.publishEvent(new HazardChanged(h.getId(), before, after));
        }
    }

    Hazard load(UUID id) {
        DataScope scope = scopes.current();
        return hazards.findById(id).filter(scope::permits)
                .orElseThrow(() -> new NotFoundException("隐患"));
    }

    static Map<String, Object> snapshot(Hazard h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", h.getState());
        m.put("level", h.getLevel());
        m.put("source", h.getSource());
        m.put("type", h.getType());
        m.put("manageType", h.getManageType());
        m.put("description", h.getDescription());
        m.put("foundOn", h.getFoundOn() == null ? null : h.getFoundOn().toString());
        m.put("backdated", h.isBackdated());
        m.put("deadline", h.getDeadline() == null ? null : h.getDeadline().toString());
        m.put("responsibleName", h.getResponsibleName());
        m.put("measures", h.getMeasures());
        m.put("overdue", h.isOverdue());
        m.put("supervised", h.isSupervised());
        m.put("signatures", h.getSignatures().stream().filter(s -> s.getVoidedAt() == null)
                .map(s -> s.getRole() + ":" + s.getUserName()).toList());
        m.put("photos", h.getPhotos().size());
        return m;
    }

    private static CurrentUser me() {
        return DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("login"));
    }

}
