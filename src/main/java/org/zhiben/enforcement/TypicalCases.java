package org.zhiben.enforcement;

import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.RegionCode;
import org.zhiben.directory.Enterprises;
import org.zhiben.enforcement.internal.EnforcementCase;
import org.zhiben.enforcement.internal.TypicalCase;
import org.zhiben.enforcement.internal.TypicalCaseRepository;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.ScopeAttributes;

/**
 * 典型案例 submitted upward: the office that closed a case (结案) writes it up and submits it to the level above (the
 * office of its parent region), which accepts (采用) or returns it with a reason; an accepted case is published to the
 * offices below the accepting office. Who sees what: the office its own cases in every state; the levels above (by
 * region prefix) the cases of their jurisdiction once submitted; the offices below the accepting office (and the
 * levels above it) the published ones. Outside that: 404. Each change is versioned (409 on a stale version) and
 * audited.
 */
@Service
public class TypicalCases {

    static final VersionedChanges.Subject<TypicalCase> SUBJECT = new VersionedChanges.Subject<>(
            "EnforcementTypicalCase", TypicalCase::getId, TypicalCase::getVersion, TypicalCase::snapshot);

    /** Which typical cases a list shows. */
    public enum Box {
        /** The caller's office's own. */
        MINE,
        /** Submitted from offices below the caller (any state but draft). */
        RECEIVED,
        /** Published and visible to the caller. */
        PUBLISHED
    }

    private final TypicalCaseRepository repository;
    private final Cases cases;
    private final Inspections inspections;
    private final EnforcementDirectory directory;
    private final Enterprises enterprises;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final VersionedChanges changes;
    private final IdempotentCreates creates;
    private final java.time.Clock clock;

    TypicalCases(TypicalCaseRepository repository, Cases cases, Inspections inspections,
            EnforcementDirectory directory, Enterprises enterprises, DataScopes scopes, AuditTrail audit,
            VersionedChanges changes, IdempotentCreates creates, java.time.Clock clock) {
        this.repository = repository;
        this.cases = cases;
        this.inspections = inspections;
        this.directory = directory;
        this.enterprises = enterprises;
        this.scopes = scopes;
        this.audit = audit;
        this.changes = changes;
        this.creates = creates;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- writing

    /** Marks a closed case of the caller's office as a typical case (a draft). */
    @Transactional
    public UUID mark(NewTypicalCase n, String idempotencyKey) {
        return creates.once("enforcement.typical-case", idempotencyKey, n, () -> mark(n));
    }

    private UUID mark(NewTypicalCase n) {
        CurrentUser me = Inspections.requireOfficer();
        if (n.caseId() == null) {
            throw new InvalidInputException("caseId", "请选择案件");
        }
        EnforcementCase c = cases.get(n.caseId());
        if (!c.getOfficeCode().equals(me.regionCode())) {
            throw new AccessDeniedException("只有办案的执法机构可以将案件列为典型案例");
        }
        if (repository.existsByCaseId(c.getId())) {
            throw new InvalidInputException("caseId", "该案件已列为典型案例");
        }
        TypicalCase t = TypicalCase.mark(c, n.title(), n.summary(), n.lessons(), n.tags(), clock.instant());
        try {
            repository.saveAndFlush(t);
        } catch (DataIntegrityViolationException twin) {
            throw new InvalidInputException("caseId", "该案件已列为典型案例");
        }
        audit.record(AuditRecord.created("EnforcementTypicalCase", t.getId(), "列为典型案例 " + t.getTitle(),
                t.snapshot()));
        return t.getId();
    }

    /** Revises the text of a draft or returned case (its own office). */
    @Transactional
    public void revise(UUID id, long version, NewTypicalCase n) {
        TypicalCase t = own(id);
        changes.apply(SUBJECT, t, version, "UPDATE", "修改典型案例 " + t.getTitle(),
                x -> x.revise(n.title(), n.summary(), n.lessons(), n.tags(), clock.instant()));
    }

    /** 报送 to the office of the parent region. */
    @Transactional
    public void submit(UUID id, long version) {
        CurrentUser me = Inspections.requireOfficer();
        TypicalCase t = own(id);
        RegionCode parent = RegionCode.of(t.getOfficeCode()).parent();
        if (parent == null) {
            throw new InvalidInputException("state", "省级执法机构没有上级可报送");
        }
        String toName = enterprises.regionNames(List.of(parent.value())).getOrDefault(parent.value(), parent.value())
                + "应急管理部门";
        changes.apply(SUBJECT, t, version, "SUBMIT", "典型案例报送" + toName + " " + t.getTitle(),
                x -> x.submit(parent.value(), toName, me.displayName(), directory.today(), clock.instant()));
    }

    /** 采用 (the office it was submitted to). */
    @Transactional
    public void accept(UUID id, long version) {
        CurrentUser me = Inspections.requireOfficer();
        TypicalCase t = received(id);
        changes.apply(SUBJECT, t, version, "ACCEPT", "采用典型案例 " + t.getTitle(),
                x -> x.accept(me.displayName(), directory.today(), clock.instant()));
    }

    /** 退回 with a reason (the office it was submitted to). */
    @Transactional
    public void giveBack(UUID id, long version, String reason) {
        CurrentUser me = Inspections.requireOfficer();
        TypicalCase t = received(id);
        changes.apply(SUBJECT, t, version, "RETURN", "退回典型案例 " + t.getTitle(),
                x -> x.giveBack(reason, me.displayName(), directory.today(), clock.instant()));
    }

    /** 发布 to the offices below (the office that accepted it). */
    @Transactional
    public void publish(UUID id, long version) {
        CurrentUser me = Inspections.requireOfficer();
        TypicalCase t = received(id);
        changes.apply(SUBJECT, t, version, "PUBLISH", "发布典型案例 " + t.getTitle(),
                x -> x.publish(me.displayName(), directory.today(), clock.instant()));
    }

    private TypicalCase own(UUID id) {
        CurrentUser me = Inspections.requireOfficer();
        TypicalCase t = load(id);
        if (!t.getOfficeCode().equals(me.regionCode())) {
            throw new AccessDeniedException("只有报送典型案例的执法机构可以修改或报送");
        }
        return t;
    }

    private TypicalCase received(UUID id) {
        CurrentUser me = Inspections.requireOfficer();
        TypicalCase t = load(id);
        if (t.getSubmittedTo() == null || !t.getSubmittedTo().equals(me.regionCode())) {
            throw new AccessDeniedException("只有接收报送的上级执法机构可以采用、退回或发布典型案例");
        }
        return t;
    }

    // ---------------------------------------------------------------- reading

    private Specification<TypicalCase> visible() {
        CurrentUser me = EnforcementDirectory.requireOfficial();
        DataScope scope = scopes.current();
        String mine = me.regionCode();
        Specification<TypicalCase> office = scope.<TypicalCase>specification(new ScopeAttributes("enterpriseId",
                "officeCode", ScopeAttributes.encoded("sectors")))
                .and((r, q, cb) -> mine == null ? cb.notEqual(r.get("state"), TypicalCaseState.DRAFT)
                        : cb.or(cb.notEqual(r.get("state"), TypicalCaseState.DRAFT), cb.equal(r.get("officeCode"),
                                mine)));
        Specification<TypicalCase> published = scope.<TypicalCase>regionRecords("submittedTo", "sectors")
                .and((r, q, cb) -> cb.equal(r.get("state"), TypicalCaseState.PUBLISHED));
        return office.or(published);
    }

    private TypicalCase load(UUID id) {
        return repository.findOne(visible().and((r, q, cb) -> cb.equal(r.get("id"), id)))
                .orElseThrow(() -> new NotFoundException("典型案例"));
    }

    @Transactional(readOnly = true)
    public TypicalCaseView get(UUID id) {
        return view(load(id));
    }

    /** The typical case of a case, if the caller sees one. */
    @Transactional(readOnly = true)
    public java.util.Optional<TypicalCaseView> ofCase(UUID caseId) {
        return repository.findAll(visible().and((r, q, cb) -> cb.equal(r.get("caseId"), caseId))).stream()
                .findFirst().map(this::view);
    }

    /** A page of the typical cases the caller sees, in {@code box} and {@code state} when given, newest first. */
    @Transactional(readOnly = true)
    public Page<TypicalCaseView> list(Box box, TypicalCaseState state, Pageable pageable) {
        CurrentUser me = EnforcementDirectory.requireOfficial();
        String mine = me.regionCode();
        Specification<TypicalCase> spec = visible();
        if (box == Box.MINE) {
            spec = spec.and((r, q, cb) -> mine == null ? cb.disjunction() : cb.equal(r.get("officeCode"), mine));
        } else if (box == Box.RECEIVED) {
            spec = spec.and((r, q, cb) -> cb.and(cb.notEqual(r.get("state"), TypicalCaseState.DRAFT),
                    mine == null ? cb.conjunction() : cb.notEqual(r.get("officeCode"), mine)));
        } else if (box == Box.PUBLISHED) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("state"), TypicalCaseState.PUBLISHED));
        }
        if (state != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("state"), state));
        }
        Pageable sorted = org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by("id")));
        return repository.findAll(spec, sorted).map(this::view);
    }

    /** The typical case as a Word document on A4 (portrait), for print and circulation. */
    @Transactional(readOnly = true)
    public byte[] render(UUID id) {
        TypicalCase t = load(id);
        try (org.zhiben.common.document.DocxWriter doc = org.zhiben.common.document.DocxWriter.portrait();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            doc.title("典型案例").title(t.getTitle())
                    .text("报送单位:" + t.getOfficeName() + (t.getSubmittedOn() == null ? ""
                            : "    报送日期:" + t.getSubmittedOn()) + "    状态:" + t.getState().label())
                    .text("案件:" + t.getEnterpriseName() + " " + t.getCaseTitle())
                    .text("标签:" + String.join("、", t.tagList()));
            doc.table(List.of(org.zhiben.common.document.DocxWriter.Column.text("项目", 2),
                    org.zhiben.common.document.DocxWriter.Column.text("内容", 7)))
                    .row("案情简介", t.getSummary()).row("警示意义", t.getLessons()).end();
            if (t.getReviewedOn() != null && t.getState() != TypicalCaseState.RETURNED) {
                doc.text(t.getSubmittedToName() + "于" + t.getReviewedOn() + "采用" + (t.getPublishedOn() == null ? ""
                        : ",于" + t.getPublishedOn() + "发布"));
            }
            doc.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private TypicalCaseView view(TypicalCase t) {
        String mine = DataScopes.currentUser().map(CurrentUser::regionCode).orElse(null);
        boolean own = t.getOfficeCode().equals(mine);
        boolean recipient = t.getSubmittedTo() != null && t.getSubmittedTo().equals(mine);
        TypicalCaseState s = t.getState();
        return new TypicalCaseView(t.getId(), t.getVersion(), t.getCaseId(), t.getEnterpriseId(),
                t.getEnterpriseName(), t.getOfficeCode(), t.getOfficeName(), t.getCaseTitle(), t.getTitle(),
                t.getSummary(), t.getLessons(), t.tagList(), s, s.label(), t.getSubmittedTo(), t.getSubmittedToName(),
                t.getSubmittedOn(), t.getSubmittedByName(), t.getReviewedOn(), t.getReviewedByName(),
                t.getReturnReason(), t.getPublishedOn(), t.getPublishedByName(),
                own && (s == TypicalCaseState.DRAFT || s == TypicalCaseState.RETURNED),
                recipient && s == TypicalCaseState.SUBMITTED, recipient && s == TypicalCaseState.ACCEPTED);
    }
}
