package org.zhiben.standardization;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
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
import org.zhiben.common.SectorSet;
import org.zhiben.common.Zones;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.StandardizationGrade;
import org.zhiben.expert.AssignmentKind;
import org.zhiben.expert.AssignmentRequest;
import org.zhiben.expert.ExpertAssignments;
import org.zhiben.hazard.HazardRecounts;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScopes;
import org.zhiben.inspection.CompletionRates;
import org.zhiben.inspection.InspectionTasks;
import org.zhiben.standardization.internal.Grading;
import org.zhiben.standardization.internal.GradingRepository;

/**
 * The grading service: loads in the caller's scope (outside: 404), applies each step through {@link
 * VersionedChanges} (stale: 409, audited), draws the review expert from the pool, and tells the registry the grade on
 * 公告, 撤销 and expiry. Enterprise principals and safety managers self-assess and apply; officials do the rest.
 */
@Service
public class Gradings {

    static final VersionedChanges.Subject<Grading> GRADING = new VersionedChanges.Subject<>("StandardizationGrading",
            Grading::getId, Grading::getVersion, Grading::snapshot);
    private static final Set<GradingState> RUNNING = Set.of(GradingState.SELF_ASSESSED, GradingState.APPLIED,
            GradingState.ACCEPTED, GradingState.REVIEWED, GradingState.APPROVED);

    private final GradingRepository gradings;
    private final Enterprises enterprises;
    private final ExpertAssignments experts;
    private final InspectionTasks inspections;
    private final HazardRecounts hazards;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final VersionedChanges changes;
    private final IdempotentCreates creates;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Period regradeNotice;

    Gradings(GradingRepository gradings, Enterprises enterprises, ExpertAssignments experts,
            InspectionTasks inspections, HazardRecounts hazards, DataScopes scopes, AuditTrail audit,
            VersionedChanges changes, IdempotentCreates creates, JdbcTemplate jdbc, Clock clock,
            @Value("${zhiben.standardization.regrade-notice:P3M}") Period regradeNotice) {
        this.gradings = gradings;
        this.enterprises = enterprises;
        this.experts = experts;
        this.inspections = inspections;
        this.hazards = hazards;
        this.scopes = scopes;
        this.audit = audit;
        this.changes = changes;
        this.creates = creates;
        this.jdbc = jdbc;
        this.clock = clock;
        this.regradeNotice = regradeNotice;
    }

    public record Element(String code, String name, int maxScore) {
    }

    public record Incentive(String code, String name, String description, StandardizationGrade minLevel) {
    }

    /** The self-assessment checklist (data). */
    public List<Element> elements() {
        return jdbc.query("select code, name, max_score from standardization_element order by sort_order",
                (rs, i) -> new Element(rs.getString(1), rs.getString(2), rs.getInt(3)));
    }

    /** The incentives a grade brings (data); {@code minLevel} is the lowest grade that earns it. */
    public List<Incentive> incentives() {
        return jdbc.query("select code, name, description, min_level from standardization_incentive order by sort_order",
                (rs, i) -> new Incentive(rs.getString(1), rs.getString(2), rs.getString(3),
                        StandardizationGrade.valueOf(rs.getString(4))));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.CHINA));
    }

    // ---------------------------------------------------------------- the enterprise

    /** A self-assessment by the enterprise's principal or safety manager; one running grading per enterprise. */
    @Transactional
    public UUID selfAssess(UUID enterpriseId, StandardizationGrade level, Map<String, Integer> scores, String key) {
        return creates.once("standardization.grading", key, List.of(String.valueOf(enterpriseId), String.valueOf(level),
                String.valueOf(scores)), () -> {
                    EnterpriseSummary e = enterprises.find(enterpriseId).orElseThrow(() -> new NotFoundException("企业"));
                    if (!me().managerOf(enterpriseId)) {
                        throw new AccessDeniedException("自评由本企业主要负责人或安全管理人员进行");
                    }
                    if (gradings.existsByEnterpriseIdAndStateIn(enterpriseId, RUNNING)) {
                        throw new InvalidInputException("level", "本企业已有进行中的定级申请");
                    }
                    Map<String, Integer> max = new LinkedHashMap<>();
                    elements().forEach(x -> max.put(x.code(), x.maxScore()));
                    Grading g = gradings.saveAndFlush(Grading.selfAssess(new Grading.Enterprise(e.id(), e.name(),
                            e.regionCode(), SectorSet.of(e.sectors())), level, scores, max, clock.instant()));
                    audit.record(AuditRecord.created("StandardizationGrading", g.getId(), "标准化自评 " + e.name() + " "
                            + level.label() + " " + g.getSelfScore() + "分", g.snapshot()));
                    return g.getId();
                });
    }

    @Transactional
    public void apply(UUID id, long version) {
        Grading g = load(id);
        if (!me().managerOf(g.getEnterpriseId())) {
            throw new AccessDeniedException("定级申请由本企业主要负责人或安全管理人员提出");
        }
        changes.apply(GRADING, g, version, "APPLY", "标准化定级申请 " + brief(g), x -> x.apply(clock.instant()));
    }

    // ---------------------------------------------------------------- officials

    /** 受理, 不通过, 审核, 公告, 撤销, 复核无异常. */
    @Transactional
    public void act(UUID id, long version, GradingAction action, String reason) {
        Grading g = load(id);
        requireOfficial();
        if (action == null) {
            throw new InvalidInputException("action", "请选择操作");
        }
        Instant now = clock.instant();
        LocalDate today = today();
        changes.apply(GRADING, g, version, action.name(), action.label() + " " + brief(g), x -> {
            switch (action) {
                case ACCEPT -> x.accept(now);
                case REJECT -> x.reject(reason, now);
                case APPROVE -> x.approve(now);
                case ANNOUNCE -> x.announce(today, now);
                case REVOKE -> x.revoke(reason, now);
                case CLEAR_FLAG -> x.clearFlag(reason);
            }
        });
        if (action == GradingAction.ANNOUNCE) {
            // a newer certificate replaces an older one still valid
            for (Grading old : gradings.findByEnterpriseIdAndState(g.getEnterpriseId(), GradingState.CERTIFIED)) {
                if (!old.getId().equals(g.getId())) {
                    changes.apply(GRADING, old, old.getVersion(), "REVOKE", "新证书取代 " + brief(old),
                            x -> x.revoke("被" + g.getCertificateNo() + "取代", now));
                }
            }
            enterprises.recordStandardizationGrade(g.getEnterpriseId(), g.getLevel(), "公告 " + g.getCertificateNo());
        } else if (action == GradingAction.REVOKE) {
            enterprises.recordStandardizationGrade(g.getEnterpriseId(), StandardizationGrade.NONE, "撤销 "
                    + g.getCertificateNo());
        }
    }

    /** An official enters a certificate issued before the platform; the registry takes its grade. */
    @Transactional
    public UUID registerIssued(UUID enterpriseId, StandardizationGrade level, String certificateNo, LocalDate validFrom,
            String key) {
        return creates.once("standardization.certificate", key, List.of(String.valueOf(enterpriseId),
                String.valueOf(level), String.valueOf(certificateNo), String.valueOf(validFrom)), () -> {
                    requireOfficial();
                    EnterpriseSummary e = enterprises.find(enterpriseId).orElseThrow(() -> new NotFoundException("企业"));
                    if (!gradings.findByEnterpriseIdAndState(enterpriseId, GradingState.CERTIFIED).isEmpty()) {
                        throw new InvalidInputException("certificateNo", "该企业已有有效的标准化证书");
                    }
                    Grading g = gradings.saveAndFlush(Grading.registerIssued(new Grading.Enterprise(e.id(), e.name(),
                            e.regionCode(), SectorSet.of(e.sectors())), level, certificateNo, validFrom, today(),
                            clock.instant()));
                    audit.record(AuditRecord.created("StandardizationGrading", g.getId(), "登记标准化证书 " + brief(g) + " "
                            + g.getCertificateNo(), g.snapshot()));
                    enterprises.recordStandardizationGrade(e.id(), level, "登记证书 " + g.getCertificateNo());
                    return g.getId();
                });
    }

    /** 评审: an expert drawn at random from the pool for a 标准化评审 of the enterprise, {@code from..until}. */
    @Transactional
    public UUID drawReviewer(UUID id, long version, LocalDate from, LocalDate until) {
        Grading g = load(id);
        requireOfficial();
        GRADING.requireVersion(g, version);
        if (g.getState() != GradingState.ACCEPTED) {
            throw new InvalidInputException("state", "受理后才能抽取评审专家");
        }
        boolean withdrawn = g.getReviewAssignmentId() != null && experts.get(g.getReviewAssignmentId()).withdrawn();
        UUID assignment = experts.assign(new AssignmentRequest(g.getEnterpriseId(), AssignmentKind.STANDARDIZATION_REVIEW,
                null, null, from, until), null);
        changes.apply(GRADING, g, version, "REVIEWER", "抽取评审专家 " + brief(g),
                x -> x.reviewerAssigned(assignment, withdrawn));
        return assignment;
    }

    /** The review's result, once the drawn expert reported. */
    @Transactional
    public void review(UUID id, long version, Integer score, String opinion) {
        Grading g = load(id);
        requireOfficial();
        boolean reported = g.getReviewAssignmentId() != null && experts.get(g.getReviewAssignmentId()).reported();
        changes.apply(GRADING, g, version, "REVIEW", "录入评审结果 " + brief(g), x -> x.review(score, opinion, reported,
                clock.instant()));
    }

    // ---------------------------------------------------------------- the system

    /** Expires the certificates past their last day and tells the registry; answers how many. */
    @Transactional
    public int expireDue(LocalDate today) {
        int n = 0;
        for (Grading g : gradings.findByStateAndValidUntilBefore(GradingState.CERTIFIED, today)) {
            Map<String, Object> before = g.snapshot();
            if (g.expireIfDue(today, clock.instant())) {
                g.touch(clock.instant());
                audit.record(AuditRecord.updated("StandardizationGrading", g.getId(), "证书过期 " + brief(g), before,
                        g.snapshot()));
                if (!gradings.findByEnterpriseIdAndState(g.getEnterpriseId(), GradingState.CERTIFIED).stream()
                        .anyMatch(x -> !x.getId().equals(g.getId()))) {
                    enterprises.recordStandardizationGrade(g.getEnterpriseId(), StandardizationGrade.NONE, "证书过期");
                }
                n++;
            }
        }
        return n;
    }

    /** Flags the enterprise's valid certificates for review (a major hazard found, an accident on {@code day}). */
    @Transactional
    public int flag(UUID enterpriseId, LocalDate day, String why) {
        int n = 0;
        for (Grading g : gradings.findByEnterpriseIdAndState(enterpriseId, GradingState.CERTIFIED)) {
            Map<String, Object> before = g.snapshot();
            if (g.flagIfValidOn(day, why)) {
                g.touch(clock.instant());
                audit.record(AuditRecord.updated("StandardizationGrading", g.getId(), "标记复核 " + brief(g) + ":" + why,
                        before, g.snapshot()));
                n++;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public GradingView get(UUID id) {
        return view(load(id));
    }

    /** The order of grading lists: newest first. */
    public static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt", "id");

    /** A page of the gradings in scope; {@code state} null: all. */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<GradingView> list(GradingState state, Boolean flagged,
            org.springframework.data.domain.Pageable pageable) {
        var spec = scopes.current().<Grading>specification();
        if (state != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("state"), state));
        }
        if (Boolean.TRUE.equals(flagged)) {
            spec = spec.and((root, q, cb) -> cb.isTrue(root.get("reviewFlagged")));
        }
        return gradings.findAll(spec, pageable).map(this::view);
    }

    @Transactional(readOnly = true)
    public List<GradingView> ofEnterprise(UUID enterpriseId) {
        enterprises.find(enterpriseId).orElseThrow(() -> new NotFoundException("企业"));
        return gradings.findByEnterpriseIdOrderByCreatedAtDesc(enterpriseId).stream().map(this::view).toList();
    }

    /** Against 资料达标: the live-data panel beside a grade (officials). */
    @Transactional(readOnly = true)
    public Plausibility plausibility(UUID id) {
        Grading g = load(id);
        requireOfficial();
        LocalDate today = today();
        CompletionRates rates = inspections.rates(today.minusDays(90), today, g.getEnterpriseId());
        long due = rates.total().done() + rates.total().missed();
        Double completion = due == 0 ? null : rates.total().rate();
        long[] h = jdbc.query("select count(*), coalesce(sum(case when o.overdue then 1 else 0 end), 0),"
                + " coalesce(sum(case when o.level = 'MAJOR' then 1 else 0 end), 0) from ("
                + hazards.open(RegionCode.of(g.getRegionCode())) + ") o where o.eid = ?",
                rs -> {
                    rs.next();
                    return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
                }, java.sql.Date.valueOf(today), g.getEnterpriseId());
        return Plausibility.of(completion, due, h[0], h[1], h[2]);
    }

    public boolean official() {
        return me().isOfficialOrAdmin();
    }

    public boolean manages(UUID enterpriseId) {
        return me().managerOf(enterpriseId);
    }

    private GradingView view(Grading g) {
        return new GradingView(g.getId(), g.getEnterpriseId(), g.getEnterpriseName(), g.getRegionCode(), g.getLevel(),
                g.getState(), g.scores(), g.getSelfScore(), g.getAppliedAt(), g.getAcceptedAt(),
                g.getReviewAssignmentId(), g.getReviewScore(), g.getReviewOpinion(), g.getApprovedAt(),
                g.getAnnouncedAt(), g.getCertificateNo(), g.getValidFrom(), g.getValidUntil(), g.getClosedReason(),
                g.isReviewFlagged(), g.getFlagReason(), g.regradingDue(today(), regradeNotice), g.getVersion());
    }

    private Grading load(UUID id) {
        return gradings.findById(id).filter(scopes.current()::permits)
                .orElseThrow(() -> new NotFoundException("标准化定级"));
    }

    private void requireOfficial() {
        if (!me().isOfficialOrAdmin()) {
            throw new AccessDeniedException("该操作由监管部门办理");
        }
    }

    private static CurrentUser me() {
        return DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
    }

    private static String brief(Grading g) {
        return g.getEnterpriseName() + " " + g.getLevel().label();
    }
}
