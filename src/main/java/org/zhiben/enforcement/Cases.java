package org.zhiben.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
import org.zhiben.common.SectorSet;
import org.zhiben.directory.EnterpriseStatus;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.enforcement.internal.Ban;
import org.zhiben.enforcement.internal.BanRepository;
import org.zhiben.enforcement.internal.CaseRepository;
import org.zhiben.enforcement.internal.EnforcementCase;
import org.zhiben.enforcement.internal.Inspection;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;

/**
 * Administrative cases: 立案 (idempotent), then each transition through {@link VersionedChanges} (stale: 409, one audit
 * entry, one transaction). A decision of 停产停业整顿 or 关闭取缔 sets the enterprise's status in the registry in the
 * same transaction, 复产验收 sets it back to 在营; a decided lifetime ban enters the register.
 *
 * <p>For other modules: {@link #decidedFine(UUID, UUID)} answers a decided case's fine (the tip module computes
 * rewards from it).
 */
@Service
public class Cases {

    static final VersionedChanges.Subject<EnforcementCase> CASE = new VersionedChanges.Subject<>("EnforcementCase",
            EnforcementCase::getId, EnforcementCase::getVersion, EnforcementCase::snapshot);

    private final CaseRepository cases;
    private final BanRepository bans;
    private final org.zhiben.enforcement.internal.BanProposalRepository banProposals;
    private final Inspections inspections;
    private final EnforcementDirectory directory;
    private final Enterprises enterprises;
    private final org.zhiben.identity.DataScopes scopes;
    private final AuditTrail audit;
    private final VersionedChanges changes;
    private final IdempotentCreates creates;
    private final java.time.Clock clock;

    Cases(CaseRepository cases, BanRepository bans, Inspections inspections, EnforcementDirectory directory,
            Enterprises enterprises, org.zhiben.identity.DataScopes scopes, AuditTrail audit, VersionedChanges changes,
            IdempotentCreates creates, java.time.Clock clock,
            org.zhiben.enforcement.internal.BanProposalRepository banProposals) {
        this.banProposals = banProposals;
        this.cases = cases;
        this.bans = bans;
        this.inspections = inspections;
        this.directory = directory;
        this.enterprises = enterprises;
        this.scopes = scopes;
        this.audit = audit;
        this.changes = changes;
        this.creates = creates;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- for other modules

    /**
     * The fine decided in case {@code caseId} against enterprise {@code enterpriseId}, if the case exists in the
     * caller's scope, belongs to that enterprise and has been decided (决定, 执行 or 结案); empty otherwise (unknown,
     * out of scope, another enterprise's, or not yet decided).
     */
    @Transactional(readOnly = true)
    public Optional<CaseFine> decidedFine(UUID caseId, UUID enterpriseId) {
        if (caseId == null || enterpriseId == null) {
            return Optional.empty();
        }
        DataScope scope = scopes.current();
        return cases.findById(caseId).filter(scope::permits).filter(c -> c.getEnterpriseId().equals(enterpriseId))
                .filter(EnforcementCase::decided).map(c -> new CaseFine(c.getId(), c.getEnterpriseId(), c.getState(),
                        c.getFineUnitYuan(), c.getFinePrincipalYuan(), c.getDecidedOn()));
    }

    // ---------------------------------------------------------------- filing and transitions

    @Transactional
    public UUID file(NewCase n, String idempotencyKey) {
        return creates.once("enforcement.case", idempotencyKey, n, () -> file(n));
    }

    private UUID file(NewCase n) {
        CurrentUser me = requireCertified();
        if (n.enterpriseId() == null) {
            throw new InvalidInputException("enterpriseId", "请选择当事单位");
        }
        EnterpriseSummary e = enterprises.find(n.enterpriseId())
                .orElseThrow(() -> new InvalidInputException("enterpriseId", "关联的企业不存在或不在您的管辖范围内"));
        if (n.inspectionId() != null) {
            Inspection i;
            try {
                i = inspections.get(n.inspectionId());
            } catch (NotFoundException unknown) {
                throw new InvalidInputException("inspectionId", "关联的执法检查不存在或不属于该单位");
            }
            if (!i.getEnterpriseId().equals(e.id())) {
                throw new InvalidInputException("inspectionId", "关联的执法检查不存在或不属于该单位");
            }
        }
        Office office = inspections.office(me);
        EnforcementCase c = EnforcementCase.file(new Inspection.Target(e.id(), e.name(), e.regionCode(),
                SectorSet.of(e.sectors())), office.code(), office.name(), n.inspectionId(), n.title(), n.facts(),
                directory.today(), clock.instant());
        cases.saveAndFlush(c);
        audit.record(AuditRecord.created("EnforcementCase", c.getId(), "立案 " + c.getEnterpriseName() + " "
                + c.getTitle(), c.snapshot()));
        return c.getId();
    }

    @Transactional
    public void transition(UUID id, long version, CaseCommand cmd) {
        EnforcementCase c = get(id);
        requireCertified();
        if (cmd == null || cmd.action() == null) {
            throw new InvalidInputException("action", "请选择操作");
        }
        var today = directory.today();
        EnforcementCase.Proposal proposal = new EnforcementCase.Proposal(cmd.measures(), cmd.fineUnitYuan(),
                cmd.principalName(), cmd.finePrincipalYuan(), cmd.rectifyDue(), cmd.transferTo());
        boolean stillSuspended = cmd.action() == CaseAction.CLOSE && c.suspended()
                && enterprises.find(c.getEnterpriseId()).map(e -> e.status() == EnterpriseStatus.SUSPENDED).orElse(false);
        changes.apply(CASE, c, version, cmd.action().name(), cmd.action().label() + " " + c.getEnterpriseName() + " "
                + c.getTitle(), x -> {
                    switch (cmd.action()) {
                        case INVESTIGATE -> x.investigate(cmd.text(), today);
                        case NOTIFY -> x.notifyParty(proposal, today);
                        case STATEMENT -> x.statement(cmd.text(), Boolean.TRUE.equals(cmd.hearing()), today);
                        case HEARING -> x.hearing(cmd.date() == null ? today : cmd.date(), today);
                        case DECIDE -> x.decide(proposal, cmd.text(), today);
                        case EXECUTE -> x.execute(today);
                        case PAY -> x.pay(cmd.date() == null ? today : cmd.date(), today);
                        case RESUME -> x.resume();
                        case CLOSE -> x.close(today, stillSuspended);
                    }
                });
        if (cmd.action() == CaseAction.DECIDE) {
            if (c.measureSet().contains(CaseMeasure.CLOSE_DOWN)) {
                enterprises.changeStatus(c.getEnterpriseId(), EnterpriseStatus.CLOSED, "关闭取缔 " + c.getTitle());
            } else if (c.suspended()) {
                enterprises.changeStatus(c.getEnterpriseId(), EnterpriseStatus.SUSPENDED, "停产停业整顿 " + c.getTitle());
            }
            if (c.measureSet().contains(CaseMeasure.LIFETIME_BAN)) {
                Ban b = new Ban(c, clock.instant());
                bans.saveAndFlush(b);
                audit.record(AuditRecord.created("EnforcementBan", b.getId(), "终身行业禁入 " + b.getPersonName(),
                        java.util.Map.of("enterprise", b.getEnterpriseName(), "caseId", c.getId())));
            }
        } else if (cmd.action() == CaseAction.RESUME) {
            enterprises.changeStatus(c.getEnterpriseId(), EnterpriseStatus.OPERATING, "复产验收通过 " + c.getTitle());
        }
    }

    /**
     * A penalty case is handled by an officer of the directory whose 执法证 is valid today (行政处罚法: 执法人员应当
     * 具有行政执法资格): an official without an entry, or whose certificate expired, reads cases but acts on none.
     */
    private CurrentUser requireCertified() {
        CurrentUser me = Inspections.requireOfficer();
        LocalDate today = directory.today();
        if (directory.myEntry().filter(o -> o.validOn(today)).isEmpty()) {
            throw new AccessDeniedException(NOT_CERTIFIED);
        }
        return me;
    }

    static final String NOT_CERTIFIED = "办理行政处罚案件须持有效执法证:您未登记在执法人员名录库中,或执法证不在有效期内";

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public EnforcementCase get(UUID id) {
        DataScope scope = scopes.current();
        return cases.findById(id).filter(scope::permits).orElseThrow(() -> new NotFoundException("案件"));
    }

    @Transactional(readOnly = true)
    public Page<EnforcementCase> list(CaseState state, Pageable page) {
        return list(state, ListPeriod.NONE, page);
    }

    /** The cases the 执法统计's 立案 counts under {@code period} (filed in the year or month, in the region). */
    @Transactional(readOnly = true)
    public Page<EnforcementCase> list(CaseState state, ListPeriod period,
            Pageable page) {
        Specification<EnforcementCase> spec = scopes.current().<EnforcementCase>specification()
                .and(period.specification(scopes.current(), "filedYear", "filedOn"));
        if (state != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("state"), state));
        }
        return cases.findAll(spec, page);
    }

    /** The lifetime-ban register in the caller's scope. */
    @Transactional(readOnly = true)
    public List<Ban> bans() {
        return bans.findAll(scopes.current().<Ban>specification(), Sort.by(Sort.Direction.DESC, "bannedOn"));
    }

    /** Lifetime-ban proposals from accidents (重大, 特别重大) in the caller's scope, newest first. */
    @Transactional(readOnly = true)
    public List<org.zhiben.enforcement.internal.BanProposal> banProposals() {
        return banProposals.findAll(scopes.current().<org.zhiben.enforcement.internal.BanProposal>specification(),
                Sort.by(Sort.Direction.DESC, "proposedOn").and(Sort.by("id")));
    }

    /** The version of a case in scope (for a caller that holds no entity, such as the demo data). */
    @Transactional(readOnly = true)
    public long versionOf(UUID id) {
        return get(id).getVersion();
    }

    @Transactional(readOnly = true)
    public long countVisible() {
        return cases.count(scopes.current().<EnforcementCase>specification());
    }
}
