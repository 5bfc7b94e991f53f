package org.zhiben.hazard.workflow;

import jakarta.persistence.CascadeType;
import static org.zhiben.hazard.workflow.FieldRules.blankToNull;
import static org.zhiben.hazard.workflow.FieldRules.money;
import static org.zhiben.hazard.workflow.FieldRules.refuseIfAny;
import static org.zhiben.hazard.workflow.FieldRules.text;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;
import org.zhiben.common.EscalationLadder;
import org.zhiben.common.EscalationStep;
import org.zhiben.common.SectorSet;
import org.zhiben.common.StoredFile;
import org.zhiben.common.Zones;
import org.zhiben.hazard.HazardFacts;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardState;
import org.zhiben.hazard.HazardType;
import org.zhiben.hazard.ManageType;
import org.zhiben.identity.Role;
import org.zhiben.risk.AccidentType;
import org.zhiben.risk.HazardFactor;

/**
 * A hazard (事故隐患) and its closed loop, as an explicit state machine (drawn in docs/hazard-workflow.md):
 * REPORTED → CONFIRMED (level and 五定) → RECTIFYING → AWAITING_ACCEPTANCE → CLOSED (销号); a failed acceptance goes
 * back to RECTIFYING; a report may be REJECTED (not a hazard, duplicate) with a reason; 即查即改 goes from REPORTED
 * to CLOSED in one step with before and after photos. Each method checks the state, the actor's role and the data,
 * then changes the hazard and appends a line to its timeline; the service adds the audit entry and the event.
 *
 * <p>Who may act: for hazards the enterprise found itself, its principal or safety manager confirms, rejects,
 * accepts and decides extensions; for hazards found through a government channel (监管执法检查, 群众举报, 上级督查,
 * 专家精查) an official in scope confirms or rejects and accepts, while the enterprise's principal or safety manager
 * may still confirm and assign. Any member of the enterprise may report; the responsible person (even a worker) may
 * start and submit the rectification and ask for an extension. Major hazards: the report and 治理方案 must be
 * complete before rectification starts; closure needs the three signatures in order (principal, regulator reviewer,
 * regulator head, two different officials) and is done by an official; extensions are decided by an official.
 */
@Entity
@Table(name = "hazard_hazard")
public class Hazard extends ScopedRecord {

    static final int MAX_PHOTOS = 9;
    static final Set<HazardState> DEADLINE_RUNNING = EnumSet.of(HazardState.CONFIRMED, HazardState.RECTIFYING,
            HazardState.AWAITING_ACCEPTANCE);
    static final Set<HazardState> OPEN = EnumSet.of(HazardState.REPORTED, HazardState.CONFIRMED,
            HazardState.RECTIFYING, HazardState.AWAITING_ACCEPTANCE);

    @Column(name = "enterprise_name")
    private String enterpriseName;
    @Enumerated(EnumType.STRING)
    private HazardSource source;
    @Enumerated(EnumType.STRING)
    private HazardLevel level;
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_level")
    private HazardLevel proposedLevel;
    @Enumerated(EnumType.STRING)
    private HazardState state;
    @Enumerated(EnumType.STRING)
    private HazardType type;
    @Enumerated(EnumType.STRING)
    @Column(name = "manage_type")
    private ManageType manageType;
    @Column(name = "factor_code")
    private String factorCode;
    @Column(name = "accident_type")
    private String accidentType;
    private String description;
    private String cause;
    private String location;
    @Column(name = "unit_id")
    private UUID unitId;
    @Column(name = "measure_id")
    private UUID measureId;
    @Column(name = "inspection_record_id")
    private UUID inspectionRecordId;
    @Column(name = "found_at")
    private Instant foundAt;
    @Column(name = "found_on")
    private LocalDate foundOn;
    @Column(name = "reported_by")
    private UUID reportedBy;
    @Column(name = "reported_by_name")
    private String reportedByName;
    @Enumerated(EnumType.STRING)
    @Column(name = "reported_role")
    private Role reportedRole;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Embedded
    private RectificationTerms terms;
    private BigDecimal cost;
    private String rectification;
    @Column(name = "rectified_at")
    private Instant rectifiedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    private boolean overdue;
    @Column(name = "overdue_since")
    private LocalDate overdueSince;
    private boolean supervised;
    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_kind")
    private RejectionKind rejectionKind;
    @Column(name = "rejection_reason")
    private String rejectionReason;
    @Column(name = "duplicate_of")
    private UUID duplicateOf;
    @Embedded
    private MajorPlan plan;
    @Column(name = "assessment_by")
    private String assessmentBy;
    @Column(name = "assessment_summary")
    private String assessmentSummary;
    @Column(name = "assessment_at")
    private Instant assessmentAt;
    @Column(name = "application_text")
    private String applicationText;
    @Column(name = "application_at")
    private Instant applicationAt;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "hazard_id", nullable = false, updatable = false)
    @OrderBy("uploadedAt")
    private List<Photo> photos = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "hazard_id", nullable = false, updatable = false)
    @OrderBy("seq")
    private List<Transition> transitions = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "hazard_id", nullable = false, updatable = false)
    @OrderBy("signedAt")
    private List<Signature> signatures = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "hazard_id", nullable = false, updatable = false)
    @OrderBy("issuedAt")
    private List<SupervisionOrder> supervisions = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "hazard_id", nullable = false, updatable = false)
    @OrderBy("requestedAt")
    private List<Extension> extensions = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "hazard_id", nullable = false, updatable = false)
    @OrderBy("reviewedAt")
    private List<Review> reviews = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "hazard_id", nullable = false, updatable = false)
    @OrderBy("proposedAt")
    private List<Escalation> escalations = new ArrayList<>();

    protected Hazard() {
    }

    private Hazard(EnterpriseFacts enterprise, Instant now) {
        super(enterprise.id(), enterprise.regionCode(), SectorSet.of(enterprise.sectors()), now);
        this.enterpriseName = enterprise.name();
    }

    /** The enterprise's directory facts copied onto the hazard (scope and statistics need no join). */
    public record EnterpriseFacts(UUID id, String name, String regionCode, Set<String> sectors) {
    }

    // ---------------------------------------------------------------- creation

    /**
     * Records a report in state REPORTED. Enterprise members report with an enterprise source, officials with a
     * government one. With 即查即改 the caller then calls {@link #fixImmediately}.
     */
    static Hazard report(NewReport r, EnterpriseFacts enterprise, Actor by, List<StoredFile> before, Instant now) {
        if (!(by.memberOf(enterprise.id()) || by.official() || by.expert())) {
            throw new AccessDeniedException("只有本企业人员、辖区监管人员或受指派的专家可以上报隐患");
        }
        List<FieldViolation> v = new ArrayList<>();
        if (r.source() == null) {
            v.add(new FieldViolation("source", "请选择隐患来源"));
        } else if (by.expert() && r.source() != HazardSource.EXPERT_REVIEW) {
            v.add(new FieldViolation("source", "专家上报的隐患来源应为专家精查"));
        } else if (by.official() && !r.source().government()) {
            v.add(new FieldViolation("source", "监管人员上报的隐患来源应为监管执法检查、群众举报、上级督查或专家精查"));
        } else if (by.memberOf(enterprise.id()) && r.source().government()) {
            v.add(new FieldViolation("source", "企业自查隐患的来源不能是监管渠道"));
        }
        if (r.type() == null) {
            v.add(new FieldViolation("type", "请选择隐患类型"));
        }
        text(v, "description", r.description(), true, 2000, "隐患描述");
        text(v, "cause", r.cause(), false, 2000, "原因分析");
        text(v, "location", r.location(), false, 200, "隐患部位");
        if (r.factorCode() != null && !r.factorCode().isBlank()) {
            String problem = HazardFactor.problem(r.factorCode().strip());
            if (problem != null) {
                v.add(new FieldViolation("factorCode", problem));
            }
        }
        if (r.accidentType() != null && !r.accidentType().isBlank()
                && Arrays.stream(AccidentType.values()).noneMatch(a -> a.name().equals(r.accidentType()))) {
            v.add(new FieldViolation("accidentType", "可能导致的事故类型不在 GB 6441 分类中"));
        }
        if (before.size() > MAX_PHOTOS) {
            v.add(new FieldViolation("beforePhotos", "整改前照片最多" + MAX_PHOTOS + "张"));
        }
        if (r.manageType() == ManageType.IMMEDIATE && r.proposedLevel() == HazardLevel.MAJOR) {
            v.add(new FieldViolation("manageType", "重大事故隐患不能即查即改"));
        }
        LocalDate today = LocalDate.ofInstant(now, Zones.CHINA);
        if (r.foundOn() != null) {
            if (!(by.managerOf(enterprise.id()) || by.official())) {
                v.add(new FieldViolation("foundOn", "只有企业主要负责人、安全管理人员或监管人员可以补录发现日期"));
            } else if (r.foundOn().isAfter(today)) {
                v.add(new FieldViolation("foundOn", "发现日期不能晚于今天"));
            } else if (r.foundOn().isBefore(NewReport.EARLIEST_FOUND_ON)) {
                v.add(new FieldViolation("foundOn", "发现日期不能早于" + NewReport.EARLIEST_FOUND_ON));
            }
        }
        refuseIfAny(v);
        Hazard h = new Hazard(enterprise, now);
        h.source = r.source();
        h.proposedLevel = r.proposedLevel() == null ? HazardLevel.GENERAL : r.proposedLevel();
        h.level = h.proposedLevel;
        h.state = HazardState.REPORTED;
        h.type = r.type();
        h.manageType = r.manageType();
        h.factorCode = blankToNull(r.factorCode());
        h.accidentType = blankToNull(r.accidentType());
        h.description = r.description().strip();
        h.cause = blankToNull(r.cause());
        h.location = blankToNull(r.location());
        h.unitId = r.unitId();
        h.measureId = r.measureId();
        h.inspectionRecordId = r.inspectionRecordId();
        boolean backdated = r.foundOn() != null && r.foundOn().isBefore(today);
        h.foundOn = backdated ? r.foundOn() : today;
        h.foundAt = backdated ? h.foundOn.atStartOfDay(Zones.CHINA).toInstant() : now;
        h.reportedBy = by.id();
        h.reportedByName = by.name();
        h.reportedRole = by.role();
        before.forEach(p -> h.photos.add(new Photo(PhotoKind.BEFORE, p, by.id(), now)));
        h.log("REPORT", null, by, now, (backdated ? "补录,发现于 " + h.foundOn + ";" : "") + h.source.label() + "·"
                + h.proposedLevel.label());
        return h;
    }

    /** 即查即改: found and fixed on the spot, with before and after photos; REPORTED → CLOSED in one step. */
    void fixImmediately(Actor by, String what, BigDecimal spent, List<StoredFile> after, Instant now) {
        requireState(HazardState.REPORTED);
        List<FieldViolation> v = new ArrayList<>();
        if (level == HazardLevel.MAJOR) {
            v.add(new FieldViolation("manageType", "重大事故隐患不能即查即改"));
        }
        if (photos(PhotoKind.BEFORE).isEmpty()) {
            v.add(new FieldViolation("beforePhotos", "即查即改须上传整改前照片"));
        }
        if (after.isEmpty()) {
            v.add(new FieldViolation("afterPhotos", "即查即改须上传整改后照片"));
        } else if (after.size() > MAX_PHOTOS) {
            v.add(new FieldViolation("afterPhotos", "整改后照片最多" + MAX_PHOTOS + "张"));
        }
        text(v, "rectification", what, true, 2000, "整改情况");
        money(v, "cost", spent, "整改费用");
        refuseIfAny(v);
        manageType = ManageType.IMMEDIATE;
        after.forEach(p -> photos.add(new Photo(PhotoKind.AFTER, p, by.id(), now)));
        rectification = what.strip();
        cost = spent;
        // fixed on the spot: on the day it was found (a 补录 one on its found date)
        terms = RectificationTerms.onTheSpot(by, foundOn);
        confirmedAt = now;
        rectifiedAt = now;
        close(now);
        closedOn = foundOn;
        log("FIX_IMMEDIATELY", HazardState.REPORTED, by, now, rectification);
    }

    // ---------------------------------------------------------------- who may do what now

    /** The actions the actor may start now (state and role); data requirements are checked when they act. */
    public Set<HazardAction> allowedActions(Actor a) {
        Set<HazardAction> allowed = EnumSet.noneOf(HazardAction.class);
        for (HazardAction action : HazardAction.values()) {
            if (permits(action, a)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    boolean permits(HazardAction action, Actor a) {
        boolean manager = a.managerOf(getEnterpriseId());
        boolean responsible = a.memberOf(getEnterpriseId()) && a.id().equals(getResponsibleUserId());
        boolean major = level == HazardLevel.MAJOR;
        return switch (action) {
            case CONFIRM -> state == HazardState.REPORTED && (manager || source.government() && a.official());
            case REJECT -> state == HazardState.REPORTED && decider(a);
            case START -> state == HazardState.CONFIRMED && (manager || responsible);
            case SUBMIT -> state == HazardState.RECTIFYING && (manager || responsible);
            case ACCEPT -> state == HazardState.AWAITING_ACCEPTANCE && acceptor(a);
            case FAIL -> state == HazardState.AWAITING_ACCEPTANCE && (acceptor(a) || major && manager);
            case EDIT_PLAN -> major && manager && DEADLINE_RUNNING.contains(state);
            case ADD_PHOTO -> state.open() && (manager || responsible || a.id().equals(reportedBy));
            case REQUEST_EXTENSION -> (state == HazardState.CONFIRMED || state == HazardState.RECTIFYING)
                    && pendingExtension().isEmpty() && (manager || responsible);
            case DECIDE_EXTENSION -> pendingExtension().filter(e -> !e.getRequestedBy().equals(a.id())).isPresent()
                    && (state == HazardState.CONFIRMED || state == HazardState.RECTIFYING) && extensionDecider(a);
            case SIGN -> major && state == HazardState.AWAITING_ACCEPTANCE && nextSignature().map(r -> switch (r) {
                case PRINCIPAL -> a.principalOf(getEnterpriseId());
                case REVIEWER -> a.official() && (!supervised || applicationAt != null);
                case HEAD -> a.official() && !signatureChain().valid(SignatureRole.REVIEWER)
                        .map(s -> s.getUserId().equals(a.id())).orElse(true);
            }).orElse(false);
            case SUPERVISE -> major && a.official() && state.open() && state != HazardState.REPORTED;
            case RECORD_ASSESSMENT -> major && supervised && manager
                    && (state == HazardState.RECTIFYING || state == HazardState.AWAITING_ACCEPTANCE)
                    && signatureChain().valid(SignatureRole.REVIEWER).isEmpty();
            case APPLY_CLOSURE -> major && supervised && manager && assessmentAt != null
                    && state == HazardState.AWAITING_ACCEPTANCE && signatureChain().valid(SignatureRole.REVIEWER).isEmpty();
            case REVIEW -> major && a.official() && state != HazardState.REPORTED && state != HazardState.REJECTED;
            case CONFIRM_ESCALATION, DECLINE_ESCALATION -> a.official() && state.open()
                    && pendingEscalation().isPresent();
        };
    }

    /** Decides on a report: the enterprise for its own findings, an official for government-channel ones. */
    private boolean decider(Actor a) {
        return source.government() ? a.official() : a.managerOf(getEnterpriseId());
    }

    private boolean acceptor(Actor a) {
        return level == HazardLevel.MAJOR ? a.official() : decider(a);
    }

    private boolean extensionDecider(Actor a) {
        boolean enterpriseMatter = level == HazardLevel.GENERAL && !source.government() && !supervised;
        return enterpriseMatter ? a.managerOf(getEnterpriseId()) : a.official();
    }

    private void guard(HazardAction action, Actor a) {
        if (!permits(action, a)) {
            if (!stateAllows(action)) {
                throw new InvalidInputException("action", "隐患当前状态为“" + state.label() + "”,不能" + action.label());
            }
            if (action == HazardAction.REQUEST_EXTENSION && pendingExtension().isPresent()) {
                throw new InvalidInputException("action", "已有待审批的延期申请,不能再次申请");
            }
            if (action == HazardAction.DECIDE_EXTENSION && pendingExtension().isEmpty()) {
                throw new InvalidInputException("action", "没有待审批的延期申请");
            }
            throw new AccessDeniedException("您无权对该隐患执行“" + action.label() + "”");
        }
    }

    /** Whether the state (not the actor) rules the action out: answered as bad input rather than forbidden. */
    private boolean stateAllows(HazardAction action) {
        return switch (action) {
            case CONFIRM, REJECT -> state == HazardState.REPORTED;
            case START -> state == HazardState.CONFIRMED;
            case SUBMIT -> state == HazardState.RECTIFYING;
            case ACCEPT, FAIL, SIGN, APPLY_CLOSURE -> state == HazardState.AWAITING_ACCEPTANCE;
            case EDIT_PLAN -> DEADLINE_RUNNING.contains(state);
            case REQUEST_EXTENSION, DECIDE_EXTENSION -> state == HazardState.CONFIRMED
                    || state == HazardState.RECTIFYING;
            case RECORD_ASSESSMENT -> state == HazardState.RECTIFYING || state == HazardState.AWAITING_ACCEPTANCE;
            case ADD_PHOTO, SUPERVISE, REVIEW, CONFIRM_ESCALATION, DECLINE_ESCALATION -> state.open();
        };
    }

    // ---------------------------------------------------------------- transitions

    /**
     * REPORTED → CONFIRMED: the level and the 五定; the deadline may not lie in the past, except for a 补录 hazard,
     * whose deadline may be any date from its found date on (the ledger's history; the job then flags it overdue).
     */
    void confirm(Actor by, Assignment as, String responsibleDisplayName, LocalDate today, Instant now) {
        guard(HazardAction.CONFIRM, by);
        List<FieldViolation> v = new ArrayList<>();
        if (as.level() == null) {
            v.add(new FieldViolation("level", "请确定隐患等级"));
        }
        if (as.deadline() == null) {
            v.add(new FieldViolation("deadline", "请填写整改时限"));
        } else if (isBackdated() ? as.deadline().isBefore(foundOn) : as.deadline().isBefore(today)) {
            v.add(new FieldViolation("deadline", isBackdated() ? "补录隐患的整改时限不能早于发现日期(" + foundOn + ")"
                    : "整改时限不能早于今天"));
        }
        RectificationTerms assigned = RectificationTerms.of(as, responsibleDisplayName, v);
        refuseIfAny(v);
        level = as.level();
        manageType = ManageType.DEADLINE;
        terms = assigned;
        confirmedAt = now;
        move(HazardState.CONFIRMED, "CONFIRM", by, now, level.label() + ",责任人 " + assigned.responsibleName() + ",时限 "
                + assigned.deadline());
    }

    void reject(Actor by, RejectionKind kind, String reason, UUID duplicate, Instant now) {
        guard(HazardAction.REJECT, by);
        List<FieldViolation> v = new ArrayList<>();
        if (kind == null) {
            v.add(new FieldViolation("rejectionKind", "请选择驳回原因类别"));
        }
        text(v, "reason", reason, true, 1000, "驳回理由");
        if (duplicate != null && duplicate.equals(getId())) {
            v.add(new FieldViolation("duplicateOf", "不能与自身重复"));
        }
        refuseIfAny(v);
        rejectionKind = kind;
        rejectionReason = reason.strip();
        duplicateOf = kind == RejectionKind.DUPLICATE ? duplicate : null;
        move(HazardState.REJECTED, "REJECT", by, now, kind.label() + ":" + rejectionReason);
    }

    /** CONFIRMED → RECTIFYING; a major hazard needs its report and all six 治理方案 elements first. */
    void start(Actor by, Instant now) {
        guard(HazardAction.START, by);
        if (level == HazardLevel.MAJOR) {
            List<FieldViolation> missing = plan().violations();
            if (!missing.isEmpty()) {
                throw new InvalidInputException(missing);
            }
        }
        move(HazardState.RECTIFYING, "START", by, now, null);
    }

    /** RECTIFYING → AWAITING_ACCEPTANCE with what was done and at least one after photo. */
    void submit(Actor by, String what, BigDecimal spent, List<StoredFile> after, Instant now) {
        guard(HazardAction.SUBMIT, by);
        List<FieldViolation> v = new ArrayList<>();
        text(v, "rectification", what, true, 2000, "整改情况");
        money(v, "cost", spent, "整改费用");
        if (after.isEmpty() && photos(PhotoKind.AFTER).isEmpty()) {
            v.add(new FieldViolation("afterPhotos", "请上传整改后照片"));
        }
        if (photos(PhotoKind.AFTER).size() + after.size() > MAX_PHOTOS) {
            v.add(new FieldViolation("afterPhotos", "整改后照片最多" + MAX_PHOTOS + "张"));
        }
        refuseIfAny(v);
        after.forEach(p -> photos.add(new Photo(PhotoKind.AFTER, p, by.id(), now)));
        rectification = what.strip();
        cost = spent;
        rectifiedAt = now;
        move(HazardState.AWAITING_ACCEPTANCE, "SUBMIT", by, now, rectification);
        voidSignaturesNotMatching(now);
    }

    /** AWAITING_ACCEPTANCE → CLOSED (销号); a major hazard needs the three valid signatures. */
    void accept(Actor by, String note, String algorithm, Instant now) {
        guard(HazardAction.ACCEPT, by);
        if (level == HazardLevel.MAJOR) {
            voidSignaturesNotMatching(now);
            refuseIfAny(signatureChain().missing());
        }
        List<FieldViolation> v = new ArrayList<>();
        text(v, "note", note, false, 2000, "验收意见");
        refuseIfAny(v);
        close(now);
        log("ACCEPT", HazardState.AWAITING_ACCEPTANCE, by, now, blankToNull(note));
    }

    /** Failed acceptance: back to RECTIFYING with the reason; signatures given so far are voided. */
    void fail(Actor by, String reason, Instant now) {
        guard(HazardAction.FAIL, by);
        List<FieldViolation> v = new ArrayList<>();
        text(v, "reason", reason, true, 1000, "不通过原因");
        refuseIfAny(v);
        signatureChain().voidAll("验收不通过,退回整改", now);
        move(HazardState.RECTIFYING, "FAIL", by, now, reason.strip());
    }

    void editPlan(Actor by, MajorPlan plan, Instant now) {
        guard(HazardAction.EDIT_PLAN, by);
        MajorPlan p = plan.stripped();
        List<FieldViolation> v = new ArrayList<>();
        for (FieldViolation f : p.violations()) {
            // a draft may be incomplete until the rectification starts (which requires it whole); after that an edit
            // must not leave out what was there
            if (state != HazardState.CONFIRMED || !f.message().startsWith("重大事故隐患须填写")) {
                v.add(f);
            }
        }
        refuseIfAny(v);
        this.plan = p;
        log("EDIT_PLAN", state, by, now, plan().violations().isEmpty() ? "治理方案完整" : "治理方案未完成");
        voidSignaturesNotMatching(now);
    }

    void addPhotos(Actor by, PhotoKind kind, List<StoredFile> files, Instant now) {
        guard(HazardAction.ADD_PHOTO, by);
        if (kind == null) {
            throw new InvalidInputException("kind", "请选择照片类别");
        }
        if (files.isEmpty()) {
            throw new InvalidInputException("file", "请选择照片");
        }
        if (photos(kind).size() + files.size() > MAX_PHOTOS) {
            throw new InvalidInputException("file", kind.label() + "照片最多" + MAX_PHOTOS + "张");
        }
        files.forEach(p -> photos.add(new Photo(kind, p, by.id(), now)));
        log("ADD_PHOTO", state, by, now, kind.label() + "照片 " + files.size() + " 张");
        voidSignaturesNotMatching(now);
    }

    void requestExtension(Actor by, LocalDate newDeadline, String reason, LocalDate today, Instant now) {
        guard(HazardAction.REQUEST_EXTENSION, by);
        List<FieldViolation> v = new ArrayList<>();
        if (newDeadline == null) {
            v.add(new FieldViolation("deadline", "请填写延期后的整改时限"));
        } else if (!newDeadline.isAfter(getDeadline()) || newDeadline.isBefore(today)) {
            v.add(new FieldViolation("deadline", "延期后的时限应晚于原时限(" + getDeadline() + ")且不早于今天"));
        }
        text(v, "reason", reason, true, 1000, "延期理由");
        refuseIfAny(v);
        extensions.add(new Extension(getDeadline(), newDeadline, reason.strip(), by, now));
        log("REQUEST_EXTENSION", state, by, now, "申请延期至 " + newDeadline + ":" + reason.strip());
        touch(now);
    }

    void decideExtension(Actor by, boolean approve, String note, LocalDate today, Instant now) {
        guard(HazardAction.DECIDE_EXTENSION, by);
        List<FieldViolation> v = new ArrayList<>();
        text(v, "note", note, !approve, 1000, "审批意见");
        refuseIfAny(v);
        Extension e = pendingExtension().orElseThrow();
        e.decide(approve, by, blankToNull(note), now);
        if (approve) {
            terms = terms().withDeadline(e.getRequestedDeadline());
            refreshOverdue(today);
        }
        log(approve ? "APPROVE_EXTENSION" : "DENY_EXTENSION", state, by, now,
                (approve ? "同意延期至 " + e.getRequestedDeadline() : "不同意延期") + (note == null ? "" : ":" + note));
    }

    /** The next signature in order, by the actor; hashes the canonical content with {@code algorithm}. */
    Signature sign(Actor by, String algorithm, Instant now) {
        voidSignaturesNotMatching(now);
        guard(HazardAction.SIGN, by);
        Signature s = signatureChain().sign(by, now, algorithm, contentHash(algorithm));
        log("SIGN", state, by, now, s.getRole().label() + "签字");
        return s;
    }

    void supervise(Actor by, String department, String requirements, LocalDate until, LocalDate today, Instant now) {
        guard(HazardAction.SUPERVISE, by);
        List<FieldViolation> v = new ArrayList<>();
        text(v, "department", department, true, 200, "督办部门");
        text(v, "requirements", requirements, true, 2000, "督办要求");
        if (until == null) {
            v.add(new FieldViolation("deadline", "请填写督办时限"));
        } else if (until.isBefore(today)) {
            v.add(new FieldViolation("deadline", "督办时限不能早于今天"));
        }
        refuseIfAny(v);
        supervisions.add(new SupervisionOrder(department.strip(), requirements.strip(), until, by, now));
        supervised = true;
        log("SUPERVISE", state, by, now, department.strip() + " 挂牌督办,时限 " + until);
    }

    /** 16号令 第二十二条: the assessment by the unit's experts or a qualified agency. */
    void recordAssessment(Actor by, String assessor, String summary, Instant now) {
        guard(HazardAction.RECORD_ASSESSMENT, by);
        List<FieldViolation> v = new ArrayList<>();
        text(v, "assessmentBy", assessor, true, 200, "评估单位或专家");
        text(v, "assessmentSummary", summary, true, 4000, "评估结论");
        refuseIfAny(v);
        assessmentBy = assessor.strip();
        assessmentSummary = summary.strip();
        assessmentAt = now;
        log("RECORD_ASSESSMENT", state, by, now, assessmentBy + ":" + assessmentSummary);
    }

    /** The unit's written application for closure, after the assessment and before the regulator's review. */
    void applyForClosure(Actor by, String text, Instant now) {
        guard(HazardAction.APPLY_CLOSURE, by);
        List<FieldViolation> v = new ArrayList<>();
        text(v, "applicationText", text, true, 4000, "核销申请");
        refuseIfAny(v);
        applicationText = text.strip();
        applicationAt = now;
        log("APPLY_CLOSURE", state, by, now, applicationText);
    }

    void review(Actor by, String opinion, Instant now) {
        guard(HazardAction.REVIEW, by);
        List<FieldViolation> v = new ArrayList<>();
        text(v, "opinion", opinion, true, 2000, "审核意见");
        refuseIfAny(v);
        reviews.add(new Review(by, opinion.strip(), now));
        log("REVIEW", state, by, now, opinion.strip());
    }

    // ---------------------------------------------------------------- deadlines and escalation

    /** Sets or clears the overdue flag for the Shanghai date {@code today}; answers whether it changed. */
    boolean refreshOverdue(LocalDate today) {
        boolean should = overdueOn(today);
        if (should == overdue) {
            return false;
        }
        overdue = should;
        overdueSince = should ? getDeadline().plusDays(1) : null;
        return true;
    }

    /** Whether the hazard is overdue on the Shanghai date {@code today}: its deadline passed while it runs. */
    boolean overdueOn(LocalDate today) {
        LocalDate deadline = getDeadline();
        return deadline != null && DEADLINE_RUNNING.contains(state) && deadline.isBefore(today);
    }

    /** Marks the hazard overdue (by the job, no actor); answers whether it changed. */
    boolean markOverdue(LocalDate today, Instant now) {
        if (!refreshOverdue(today)) {
            return false;
        }
        if (overdue) {
            log("OVERDUE", state, null, now, "超过整改时限 " + getDeadline());
        } else {
            touch(now);
        }
        return true;
    }

    /** The first day the hazard was overdue, while it is; {@link EscalationPolicy} counts from it. */
    LocalDate overdueSince() {
        return overdueSince;
    }

    void proposeEscalation(EscalationStep step, Instant now) {
        int round = EscalationLadder.nextRound(escalations, step);
        escalations.add(new Escalation(step, round, now));
        log("PROPOSE_ESCALATION", state, null, now, "系统建议:" + step.label());
    }

    EscalationStep confirmEscalation(Actor by, String note, Instant now) {
        Escalation e = decideEscalation(HazardAction.CONFIRM_ESCALATION, by, note, false, "说明");
        e.confirm(by, blankToNull(note), now);
        log("CONFIRM_ESCALATION", state, by, now, e.getStep().label() + (note == null ? "" : ":" + note));
        return e.getStep();
    }

    /** Declines the proposed step: the reason is required and recorded; the job may propose it again later. */
    void declineEscalation(Actor by, String reason, Instant now) {
        Escalation e = decideEscalation(HazardAction.DECLINE_ESCALATION, by, reason, true, "暂不采取的理由");
        e.decline(by, reason.strip(), now);
        log("DECLINE_ESCALATION", state, by, now, "暂不" + e.getStep().label() + ":" + reason.strip());
    }

    /** The pending proposal, once the actor may decide it and the note is acceptable. */
    private Escalation decideEscalation(HazardAction action, Actor by, String note, boolean required, String label) {
        guard(action, by);
        List<FieldViolation> v = new ArrayList<>();
        text(v, "note", note, required, 1000, label);
        refuseIfAny(v);
        return pendingEscalation().orElseThrow();
    }

    public Optional<Escalation> pendingEscalation() {
        return EscalationLadder.pending(escalations);
    }

    // ---------------------------------------------------------------- signatures

    /** The next role to sign, in the order principal, reviewer, head; empty once all three are valid. */
    public Optional<SignatureRole> nextSignature() {
        return signatureChain().next();
    }

    private SignatureChain signatureChain() {
        return new SignatureChain(signatures);
    }

    /** Before a signature, an acceptance or a change of what they cover: voids those whose content changed. */
    private void voidSignaturesNotMatching(Instant now) {
        signatureChain().voidNotMatching(this::contentHash, now);
    }

    /** The canonical content signatures cover: the hazard's facts, 五定, rectification, report, plan and photos. */
    String canonicalContent() {
        RectificationTerms t = terms();
        MajorPlan p = plan();
        List<String> parts = new ArrayList<>(List.of(getId().toString(), getEnterpriseId().toString(), level.name(), type.name(),
                n(factorCode), n(accidentType), description, n(cause), n(location), n(manageType),
                n(t.responsibleName()), n(t.measures()), n(plain(t.funds())), n(t.deadline()), n(t.contingency()),
                n(plain(cost)), n(rectification), n(p.situation()), n(p.harmAnalysis()), n(p.goal()), n(p.methods()),
                n(p.resources()), n(p.organisation()), n(p.schedule()), n(p.safety())));
        photos.stream().map(ph -> ph.getKind() + ":" + ph.getSha256()).sorted().forEach(parts::add);
        return String.join("\u001f", parts);
    }

    String contentHash(String algorithm) {
        return SignatureChain.hash(algorithm, canonicalContent());
    }

    // ---------------------------------------------------------------- helpers

    public HazardFacts facts() {
        return new HazardFacts(getEnterpriseId(), getRegionCode(), getSectors().encode(), level, source, state, foundOn,
                getDeadline(), closedOn, overdue);
    }

    /** 补录: reported later than found, from an earlier paper or spreadsheet ledger. */
    public boolean isBackdated() {
        return foundOn != null && getCreatedAt() != null
                && foundOn.isBefore(LocalDate.ofInstant(getCreatedAt(), Zones.CHINA));
    }

    /** The earliest deadline CONFIRM accepts on {@code today}: the found date for a 补录 hazard, else today. */
    public LocalDate earliestDeadline(LocalDate today) {
        return isBackdated() ? foundOn : today;
    }

    public MajorPlan plan() {
        return plan == null ? MajorPlan.EMPTY : plan;
    }

    /** The 五定; empty before confirmation (an embedded value whose columns are all null loads as null). */
    private RectificationTerms terms() {
        return terms == null ? RectificationTerms.NONE : terms;
    }

    public Optional<Extension> pendingExtension() {
        return extensions.stream().filter(e -> e.getStatus() == Extension.Status.PENDING).findFirst();
    }

    public List<Photo> photos(PhotoKind kind) {
        return photos.stream().filter(p -> p.getKind() == kind).toList();
    }

    private void requireState(HazardState expected) {
        if (state != expected) {
            throw new InvalidInputException("action", "隐患当前状态为“" + state.label() + "”");
        }
    }

    private void close(Instant now) {
        state = HazardState.CLOSED;
        closedAt = now;
        closedOn = LocalDate.ofInstant(now, Zones.CHINA);
        overdue = false;
        touch(now);
    }

    private void move(HazardState to, String action, Actor by, Instant now, String note) {
        HazardState from = state;
        state = to;
        if (!DEADLINE_RUNNING.contains(to) && to != HazardState.RECTIFYING) {
            overdue = false;
        }
        log(action, from, by, now, note);
    }

    private void log(String action, HazardState from, Actor by, Instant now, String note) {
        transitions.add(new Transition(transitions.size() + 1, action, from, state, by == null ? null : by.id(),
                by == null ? "系统" : by.name(), now, note));
        touch(now);
    }

    private static String n(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }

    // ---------------------------------------------------------------- read access

    public String getEnterpriseName() { return enterpriseName; }
    public HazardSource getSource() { return source; }
    public HazardLevel getLevel() { return level; }
    public HazardLevel getProposedLevel() { return proposedLevel; }
    public HazardState getState() { return state; }
    public HazardType getType() { return type; }
    public ManageType getManageType() { return manageType; }
    public String getFactorCode() { return factorCode; }
    public String getAccidentType() { return accidentType; }
    public String getDescription() { return description; }
    public String getCause() { return cause; }
    public String getLocation() { return location; }
    public UUID getUnitId() { return unitId; }
    public UUID getMeasureId() { return measureId; }
    public UUID getInspectionRecordId() { return inspectionRecordId; }
    public Instant getFoundAt() { return foundAt; }
    public LocalDate getFoundOn() { return foundOn; }
    public UUID getReportedBy() { return reportedBy; }
    public String getReportedByName() { return reportedByName; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public UUID getResponsibleUserId() { return terms().responsibleUserId(); }
    public String getResponsibleName() { return terms().responsibleName(); }
    public String getResponsiblePhone() { return terms().responsiblePhone(); }
    public LocalDate getDeadline() { return terms().deadline(); }
    public String getMeasures() { return terms().measures(); }
    public BigDecimal getFunds() { return terms().funds(); }
    public String getContingency() { return terms().contingency(); }
    public BigDecimal getCost() { return cost; }
    public String getRectification() { return rectification; }
    public Instant getRectifiedAt() { return rectifiedAt; }
    public Instant getClosedAt() { return closedAt; }
    public LocalDate getClosedOn() { return closedOn; }
    public boolean isOverdue() { return overdue; }
    public boolean isSupervised() { return supervised; }
    public RejectionKind getRejectionKind() { return rejectionKind; }
    public String getRejectionReason() { return rejectionReason; }
    public UUID getDuplicateOf() { return duplicateOf; }
    public String getAssessmentBy() { return assessmentBy; }
    public String getAssessmentSummary() { return assessmentSummary; }
    public Instant getAssessmentAt() { return assessmentAt; }
    public String getApplicationText() { return applicationText; }
    public Instant getApplicationAt() { return applicationAt; }

    public List<Photo> getPhotos() { return List.copyOf(photos); }
    public List<Transition> getTransitions() { return List.copyOf(transitions); }
    public List<Signature> getSignatures() { return List.copyOf(signatures); }
    public List<SupervisionOrder> getSupervisions() { return List.copyOf(supervisions); }
    public List<Extension> getExtensions() { return List.copyOf(extensions); }
    public List<Review> getReviews() { return List.copyOf(reviews); }
    public List<Escalation> getEscalations() {
        return escalations.stream().sorted(Comparator.comparing(e -> e.getStep().ordinal())).toList();
    }
}
