package org.zhiben.tip;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.FileStore;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.PhotoMetadata;
import org.zhiben.common.Photos;
import org.zhiben.common.RegionCode;
import org.zhiben.common.StoredFile;
import org.zhiben.directory.PublicEnterprises;
import org.zhiben.directory.Regions;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardReporting;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardType;
import org.zhiben.hazard.NewHazard;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;
import org.zhiben.identity.UserRef;
import org.zhiben.notify.Notice;
import org.zhiben.tip.internal.InternalReward;
import org.zhiben.tip.internal.InternalRewardRepository;
import org.zhiben.tip.internal.ReporterVault;
import org.zhiben.tip.internal.Tip;
import org.zhiben.tip.internal.TipChallenges;
import org.zhiben.tip.internal.TipRateLimiter;
import org.zhiben.tip.internal.TipRepository;

/**
 * The tip service. Public submissions (rate limit per client, the offline challenge, photos checked by their bytes
 * before anything is stored, one transaction for the record) and look-ups by tracking code; tips entered by officials
 * (12350, letters, visits) and by enterprises (internal whistleblowers); the scoped list and detail (officials: tips
 * from outside about their jurisdiction or handled by them; an enterprise's principal and safety manager: its internal
 * tips; anything else 404); the transitions through {@link VersionedChanges}; the reporter's identity opened only for
 * the handler, each time audited; the reward rules; reminders of overdue steps.
 */
@Service
public class Tips {

    static final VersionedChanges.Subject<Tip> TIP = new VersionedChanges.Subject<>("Tip", Tip::getId,
            Tip::getVersion, Tip::snapshot);

    private static final Logger log = LoggerFactory.getLogger(Tips.class);
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 20;
    public static final int MAX_PHOTOS = 3;

    private final TipRepository tips;
    private final InternalRewardRepository rewards;
    private final PublicEnterprises publicEnterprises;
    private final Regions regions;
    private final SectorCatalog sectors;
    private final DataScopes scopes;
    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final VersionedChanges changes;
    private final IdempotentCreates creates;
    private final ApplicationEventPublisher events;
    private final HazardReporting hazards;
    private final ObjectProvider<CasePenalties> casePenalties;
    private final ReporterVault vault;
    private final TipChallenges challenges;
    private final TipRateLimiter limiter;
    private final TipLimits limits;
    private final Photos photos;
    private final FileStore files;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Tips(TipRepository tips, InternalRewardRepository rewards, PublicEnterprises publicEnterprises, Regions regions,
            SectorCatalog sectors, DataScopes scopes, UserAccounts accounts, AuditTrail audit,
            VersionedChanges changes, IdempotentCreates creates, ApplicationEventPublisher events,
            HazardReporting hazards, ObjectProvider<CasePenalties> casePenalties, ReporterVault vault,
            TipChallenges challenges, TipRateLimiter limiter, TipLimits limits, Photos photos, FileStore files,
            TransactionTemplate tx, Clock clock) {
        this.tips = tips;
        this.rewards = rewards;
        this.publicEnterprises = publicEnterprises;
        this.regions = regions;
        this.sectors = sectors;
        this.scopes = scopes;
        this.accounts = accounts;
        this.audit = audit;
        this.changes = changes;
        this.creates = creates;
        this.events = events;
        this.hazards = hazards;
        this.casePenalties = casePenalties;
        this.vault = vault;
        this.challenges = challenges;
        this.limiter = limiter;
        this.limits = limits;
        this.photos = photos;
        this.files = files;
        this.tx = tx;
        this.clock = clock;
    }

    /** What the reporter gets back: the tip's number and the tracking code (shown once, kept only as a hash). */
    public record Submitted(UUID id, String no, String trackingCode) {
    }

    /** What the check page shows: the state and the reply, and whether a reward waits to be claimed. */
    public record Status(String no, TipState state, String stateLabel, String reply, Instant repliedAt,
            BigDecimal rewardYuan, boolean claimable, boolean claimed) {
    }

    /** A transition's data; what an action does not need is ignored. */
    public record Command(TipAction action, String note, RejectReason reason, String sameMatterAs, String sectorCode,
            TipFinding finding, String hazardDescription, HazardLevel hazardLevel, HazardType hazardType,
            UUID caseId, String caseNo, BigDecimal penaltyYuan, RewardKind rewardKind, Integer concealedDeaths,
            String accidentGrade, String text) {
    }

    /** The revealed identity (and an anonymous reporter's claim contact), for the handler only. */
    public record Reporter(boolean anonymous, String name, String contact, boolean joint, String claimContact) {
    }

    public Instant now() {
        return clock.instant();
    }

    /** The version of a tip the current user can see (404 otherwise), for callers that act on it next. */
    @Transactional(readOnly = true)
    public long version(UUID id) {
        return load(id).getVersion();
    }

    public TipLimits limits() {
        return limits;
    }

    // ---------------------------------------------------------------- public

    public TipChallenges.Challenge challenge() {
        return challenges.issue();
    }

    public List<PublicEnterprises.Listed> searchEnterprises(String q) {
        return publicEnterprises.search(q, 10);
    }

    /** The regions a tip about a unit outside the registry may name: the counties (and above) of the platform. */
    public List<Regions.RegionView> publicRegions() {
        List<Regions.RegionView> out = new ArrayList<>();
        for (Regions.RegionView root : regions.roots()) {
            addDown(root, out, 3);
        }
        return out;
    }

    private void addDown(Regions.RegionView r, List<Regions.RegionView> out, int depth) {
        out.add(r);
        if (depth > 1 && out.size() < 500) {
            for (Regions.RegionView c : regions.children(r.code())) {
                addDown(c, out, depth - 1);
            }
        }
    }

    /**
     * A tip from the public page or API: the rate limit first (a refused request reads nothing more), then the
     * challenge, the fields and the photos' bytes; only then are the photos stored and the record written, in one
     * transaction (if it fails, the stored photos are deleted again).
     */
    public Submitted submitPublic(NewTip n, List<byte[]> photoBytes, String client, String challengeToken,
            String challengeAnswer) {
        if (!limiter.tryTake(TipRateLimiter.Kind.SUBMIT, client)) {
            throw new TooManyTipRequestsException("提交过于频繁,请约" + limiter.minutesToWait(TipRateLimiter.Kind.SUBMIT)
                    + "分钟后再试");
        }
        if (!challenges.verify(challengeToken, challengeAnswer)) {
            throw new InvalidInputException("challengeAnswer", "验证题答案不正确或已过期,请回答新的验证题");
        }
        NewTip web = new NewTip(TipChannel.WEB, n.content(), n.place(), n.enterpriseId(), n.unitName(),
                n.regionCode(), n.anonymous(), n.reporterName(), n.reporterContact(), n.joint());
        Tip.Target target = publicTarget(web);
        return store(web, target, photoBytes, null, null);
    }

    /** The status by tracking code; an unknown code is 404 (after the look-up rate limit). */
    @Transactional(readOnly = true)
    public Status status(String code, String client) {
        Tip t = byCode(code, client);
        boolean claimable = t.getState() == TipState.REWARD_APPROVED && t.isAnonymous() && !t.isRewardClaimed();
        BigDecimal reward = t.getState().ordinal() >= TipState.REWARD_APPROVED.ordinal() && t.getRewardYuan() != null
                && t.getRewardApprovedBy() != null ? t.getRewardYuan() : null;
        return new Status(t.getNo(), t.getState(), t.getState().label(), t.getReplyText(), t.getRepliedAt(), reward,
                claimable, t.isRewardClaimed());
    }

    /** An anonymous reporter claims an approved reward with the code and a contact for the payment (sealed). */
    @Transactional
    public void claim(String code, String contact, String client) {
        Tip t = byCode(code, client);
        if (contact == null || contact.isBlank() || contact.strip().length() > 100) {
            throw new InvalidInputException("contact", "请填写领取奖励的联系方式(不超过100字)");
        }
        t.claim(vault.seal(t.getId(), contact.strip()));
        tips.saveAndFlush(t);
        audit.record(new AuditRecord("CLAIM", "Tip", t.getId().toString(), "匿名举报人凭查询码登记领取奖励 " + t.getNo(),
                null, null));
        notifyHandler(t, "tip.reward.claimed", "举报奖励已登记领取:" + t.getNo(), "匿名举报人已凭查询码登记领取方式,可发放奖励。");
    }

    private Tip byCode(String code, String client) {
        if (!limiter.tryTake(TipRateLimiter.Kind.CHECK, client)) {
            throw new TooManyTipRequestsException("查询过于频繁,请约" + limiter.minutesToWait(TipRateLimiter.Kind.CHECK)
                    + "分钟后再试");
        }
        String normal = normalise(code);
        if (normal == null) {
            throw new InvalidInputException("code", "查询码应为20位字母和数字");
        }
        return tips.findByTrackingHash(sha256(normal)).orElseThrow(() -> new NotFoundException("举报"));
    }

    private Tip.Target publicTarget(NewTip n) {
        if (n.enterpriseId() != null) {
            PublicEnterprises.Placed p = publicEnterprises.placement(n.enterpriseId())
                    .orElseThrow(() -> new InvalidInputException("enterpriseId", "所选企业不存在,请重新搜索选择或直接填写单位名称"));
            return new Tip.Target(p.id(), p.name(), p.regionCode(), p.sectors());
        }
        String unit = n.unitName() == null ? null : n.unitName().strip();
        if (unit == null || unit.isEmpty() || unit.length() > 200) {
            throw new InvalidInputException("unitName", "请搜索选择被举报企业,或填写单位名称(不超过200字)");
        }
        if (n.regionCode() == null || !RegionCode.isValid(n.regionCode())
                || regions.find(n.regionCode()).isEmpty()) {
            throw new InvalidInputException("regionCode", "请选择问题所在区县");
        }
        return new Tip.Target(null, unit, n.regionCode(), Set.of());
    }

    // ---------------------------------------------------------------- entered by staff

    /**
     * A tip entered by an official (12350, letter, visit: about an enterprise or a unit in their jurisdiction) or by
     * an enterprise user (internal whistleblowing about their own enterprise; the account entering it is not kept).
     */
    public Submitted enter(NewTip n, List<byte[]> photoBytes, String idempotencyKey) {
        CurrentUser me = me();
        if (n.channel() == null) {
            throw new InvalidInputException("channel", "请选择举报渠道");
        }
        Tip.Target target;
        if (n.channel() == TipChannel.INTERNAL) {
            if (!me.role().isEnterpriseRole()) {
                throw new AccessDeniedException("企业内部举报由本企业人员登记");
            }
            if (n.enterpriseId() != null && !n.enterpriseId().equals(me.enterpriseId())) {
                throw new InvalidInputException("enterpriseId", "企业内部举报只针对本企业;举报其他单位请使用公众举报");
            }
            PublicEnterprises.Placed p = publicEnterprises.placement(me.enterpriseId())
                    .orElseThrow(() -> new NotFoundException("企业"));
            target = new Tip.Target(p.id(), p.name(), p.regionCode(), p.sectors());
        } else if (n.channel().officialEntry()) {
            if (!me.isOfficialOrAdmin()) {
                throw new AccessDeniedException("电话、来信、来访举报由监管人员登记");
            }
            target = publicTarget(n);
            if (!scopes.current().permits(target.enterpriseId(), target.regionCode(), target.sectors())
                    && !(target.enterpriseId() == null && scopes.current().coversRegion(target.regionCode()))) {
                throw new InvalidInputException(target.enterpriseId() != null ? "enterpriseId" : "regionCode",
                        "该单位不在您的管辖范围内");
            }
        } else {
            throw new InvalidInputException("channel", "网上举报请通过公开举报页面提交");
        }
        String enteredBy = n.channel() == TipChannel.INTERNAL ? null : me.displayName();
        return store(n, target, photoBytes, enteredBy, idempotencyKey);
    }

    /**
     * Checks the photos' bytes, stores them, then writes the tip in one transaction (with an idempotency key: a
     * retry answers the first tip, without its code, which was shown once); the photos are deleted again if the
     * record is not written or a retry did not need them.
     */
    private Submitted store(NewTip n, Tip.Target target, List<byte[]> photoBytes, String enteredBy,
            String idempotencyKey) {
        if (photoBytes.size() > MAX_PHOTOS) {
            throw new InvalidInputException("photos", "照片最多" + MAX_PHOTOS + "张");
        }
        List<byte[]> stripped = new ArrayList<>();
        for (byte[] b : photoBytes) {
            String problem = Photos.problem(b);
            if (problem != null) {
                throw new InvalidInputException("photos", problem);
            }
            // a phone photo's GPS position, time and camera serial would point at the reporter
            byte[] clean = PhotoMetadata.strip(b);
            if (clean == null) {
                throw new InvalidInputException("photos", "照片无法完整读取(文件不完整或已损坏),请重新选择");
            }
            stripped.add(clean);
        }
        List<String> keys = new ArrayList<>();
        try {
            for (byte[] b : stripped) {
                StoredFile f = photos.store(new ByteArrayInputStream(b));
                keys.add(f.key());
            }
            Submitted[] fresh = new Submitted[1];
            UUID id = tx.execute(status -> creates.once("tip.enter", idempotencyKey, n, () -> {
                fresh[0] = storeInTransaction(n, target, keys, enteredBy);
                return fresh[0].id();
            }));
            if (fresh[0] != null) {
                return fresh[0];
            }
            deleteAll(keys);
            Tip first = tips.findById(id).orElseThrow(() -> new NotFoundException("举报"));
            return new Submitted(first.getId(), first.getNo(), null);
        } catch (RuntimeException | IOException e) {
            deleteAll(keys);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("照片保存失败", e);
        }
    }

    private void deleteAll(List<String> keys) {
        for (String k : keys) {
            try {
                files.delete(k);
            } catch (IOException gone) {
                log.warn("Could not delete the photo of a tip not saved: {}", k);
            }
        }
    }

    private Submitted storeInTransaction(NewTip n, Tip.Target target, List<String> photoKeys, String enteredBy) {
        String code = newCode();
        Tip t = Tip.receive(n, target, sha256(code), photoKeys, enteredBy, clock.instant(), limits);
        if (!n.anonymous()) {
            t.seal(vault.sealIdentity(t.getId(), new ReporterVault.Identity(n.reporterName().strip(),
                    n.reporterContact().strip(), n.joint())));
        }
        tips.saveAndFlush(t);
        audit.record(AuditRecord.created("Tip", t.getId(), "收到举报 " + t.getNo() + "(" + t.getChannel().label()
                + (t.isAnonymous() ? ",匿名" : ",实名") + ")", t.snapshot()));
        if (t.getChannel() == TipChannel.INTERNAL) {
            Set<UUID> managers = new HashSet<>();
            accounts.usersOfEnterprise(t.getEnterpriseId(), Set.of(Role.ENTERPRISE_PRINCIPAL,
                    Role.ENTERPRISE_SAFETY_MANAGER)).stream().map(UserRef::id).forEach(managers::add);
            events.publishEvent(new Notice("tip.internal.received", "新的内部举报:" + t.getNo(),
                    "收到一件企业内部举报,请在" + limits.of(TipState.RECEIVED).toDays() + "日内受理。", "/tips/" + t.getId(),
                    managers, Set.of(), t.getEnterpriseId(), t.getRegionCode()));
        } else {
            notifyOfficials(t, "tip.received", "新的举报:" + t.getNo(), "收到一件" + t.getChannel().label() + ",涉及"
                    + t.getUnitName() + ",请在" + limits.of(TipState.RECEIVED).toDays() + "日内受理。");
        }
        return new Submitted(t.getId(), t.getNo(), format(code));
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public Tip get(UUID id) {
        return load(id);
    }

    /** List filters: state, channel, overdue only, free text over the number and the unit. */
    public record Filter(TipState state, TipChannel channel, boolean overdue, String q) {
    }

    @Transactional(readOnly = true)
    public Page<Tip> list(Filter f, Pageable page) {
        Specification<Tip> spec = visibleSpec();
        if (f.state() != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("state"), f.state()));
        }
        if (f.channel() != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("channel"), f.channel()));
        }
        if (f.overdue()) {
            Instant now = clock.instant();
            spec = spec.and((r, q, cb) -> cb.lessThan(r.get("dueAt"), now));
        }
        if (f.q() != null && !f.q().isBlank()) {
            String like = "%" + f.q().strip().toLowerCase().replace("%", "").replace("_", "") + "%";
            spec = spec.and((r, q, cb) -> cb.or(cb.like(cb.lower(r.get("no")), like),
                    cb.like(cb.lower(r.get("unitName")), like)));
        }
        return tips.findAll(spec, page);
    }

    @Transactional(readOnly = true)
    public long countVisible() {
        return tips.count(visibleSpec());
    }

    private Specification<Tip> visibleSpec() {
        Optional<CurrentUser> who = DataScopes.currentUser();
        if (who.isEmpty()) {
            return (r, q, cb) -> cb.disjunction();
        }
        CurrentUser me = who.get();
        if (me.isOfficialOrAdmin()) {
            Specification<Tip> scoped = scopes.current().specification();
            Specification<Tip> handled = (r, q, cb) -> cb.equal(r.get("handlerId"), me.id());
            Specification<Tip> external = (r, q, cb) -> cb.notEqual(r.get("channel"), TipChannel.INTERNAL);
            return external.and(scoped.or(handled));
        }
        if (me.role() == Role.ENTERPRISE_PRINCIPAL || me.role() == Role.ENTERPRISE_SAFETY_MANAGER) {
            UUID e = me.enterpriseId();
            return (r, q, cb) -> cb.and(cb.equal(r.get("channel"), TipChannel.INTERNAL),
                    cb.equal(r.get("enterpriseId"), e));
        }
        return (r, q, cb) -> cb.disjunction();
    }

    private boolean visible(Tip t, CurrentUser me) {
        if (t.getChannel() == TipChannel.INTERNAL) {
            return me.managerOf(t.getEnterpriseId());
        }
        return me.isOfficialOrAdmin() && (scopes.of(me).permits(t) || t.handledBy(me.id()));
    }

    private Tip load(UUID id) {
        CurrentUser me = me();
        return tips.findById(id).filter(t -> visible(t, me)).orElseThrow(() -> new NotFoundException("举报"));
    }

    /** Whether the current user may act on the tip now, and so which actions to offer. */
    public boolean mayAct(Tip t) {
        return t.mayAct(actor(t, me()));
    }

    /** Whether the current user is the handler, who alone may open the reporter's identity. */
    public boolean isHandler(Tip t) {
        return t.handledBy(me().id());
    }

    /** The sectors and their lead departments, for the transfer (转办) choice. */
    public List<SectorCatalog.Entry> leadDepartments() {
        return sectors.sectors();
    }

    /** The linked case's penalty source: the enforcement module's cases, when that module is present. */
    public boolean casesInPlatform() {
        return casePenalties.getIfAvailable() != null;
    }

    @Transactional(readOnly = true)
    public InputStream photo(UUID id, int index) throws IOException {
        Tip t = load(id);
        List<String> keys = t.photoKeys();
        if (index < 0 || index >= keys.size()) {
            throw new NotFoundException("照片");
        }
        return files.open(keys.get(index));
    }

    // ---------------------------------------------------------------- the reporter's identity

    /** Opens the reporter's identity for the handler; every opening is audited (who, when, which tip). */
    @Transactional
    public Reporter reveal(UUID id) {
        Tip t = load(id);
        CurrentUser me = me();
        if (!t.handledBy(me.id())) {
            throw new AccessDeniedException("举报人信息仅承办人可以查看");
        }
        audit.record(new AuditRecord("REVEAL", "Tip", t.getId().toString(), "承办人查看举报人信息 " + t.getNo(),
                null, null));
        String claim = t.getClaimCipher() == null ? null : vault.open(t.getId(), t.getClaimCipher());
        if (t.isAnonymous()) {
            return new Reporter(true, null, null, false, claim);
        }
        ReporterVault.Identity i = vault.openIdentity(t.getId(), t.getReporterCipher());
        return new Reporter(false, i.name(), i.contact(), i.joint(), claim);
    }

    // ---------------------------------------------------------------- transitions

    @Transactional
    public void transition(UUID id, long version, Command c) {
        Tip t = load(id);
        CurrentUser me = me();
        if (c == null || c.action() == null) {
            throw new InvalidInputException("action", "请选择操作");
        }
        Tip.Actor a = actor(t, me);
        TIP.requireVersion(t, version);
        t.guard(c.action(), a);
        Instant now = clock.instant();
        switch (c.action()) {
            case ACCEPT -> {
                UUID same = sameMatter(c.sameMatterAs(), false, t);
                apply(t, version, c, x -> x.accept(a, same, c.note(), now, limits));
            }
            case REJECT -> {
                UUID same = c.reason() == RejectReason.DUPLICATE ? sameMatter(c.sameMatterAs(), true, t) : null;
                apply(t, version, c, x -> x.reject(a, c.reason(), same, c.note(), now, limits));
            }
            case TRANSFER -> {
                SectorCatalog.Entry s = sectors.sectors().stream().filter(e -> e.code().equals(c.sectorCode()))
                        .findFirst().orElseThrow(() -> new InvalidInputException("sectorCode",
                                "请选择转办的行业领域(按牵头部门表转办)"));
                apply(t, version, c, x -> x.transfer(a, s.leadDepartment() + "(" + s.name() + ")", c.note(), now,
                        limits));
            }
            case START_VERIFICATION -> apply(t, version, c, x -> x.startVerification(a, now, limits));
            case CONCLUDE -> apply(t, version, c, x -> x.conclude(a, c.finding(), c.note(), now, limits));
            case LINK_HAZARD -> {
                String description = c.hazardDescription() == null || c.hazardDescription().isBlank()
                        ? null : c.hazardDescription().strip();
                if (description == null) {
                    throw new InvalidInputException("hazardDescription", "请填写隐患描述(由承办人据核查情况填写,勿含举报人信息)");
                }
                UUID hazard = hazards.report(new NewHazard(t.getEnterpriseId(),
                        t.getChannel() == TipChannel.INTERNAL ? HazardSource.OTHER : HazardSource.PUBLIC_TIP,
                        c.hazardLevel() == null ? HazardLevel.GENERAL : c.hazardLevel(),
                        c.hazardType() == null ? HazardType.OTHER : c.hazardType(), null, null, description,
                        t.getPlace(), null, null, null, t.photoKeys()));
                apply(t, version, c, x -> x.linkHazard(a, hazard, now, limits));
            }
            case LINK_CASE -> {
                CasePenalties cases = casePenalties.getIfAvailable();
                if (c.caseId() != null && cases != null) {
                    CasePenalties.CasePenalty p = cases.find(c.caseId()).orElseThrow(() ->
                            new InvalidInputException("caseId", "关联的案件不存在或不在您的管辖范围内"));
                    if (t.getEnterpriseId() != null && !t.getEnterpriseId().equals(p.enterpriseId())) {
                        // the reward follows the fine of the case the tip led to, so it must be against that unit
                        throw new InvalidInputException("caseId", "关联的案件不是针对被举报单位的");
                    }
                    if (!p.decided() || p.penaltyYuan() == null) {
                        throw new InvalidInputException("caseId", "该案件尚未作出处罚决定");
                    }
                    apply(t, version, c, x -> x.linkCase(a, p.caseId(), p.caseNo(), p.penaltyYuan(), now, limits));
                } else {
                    apply(t, version, c, x -> x.linkCase(a, null, c.caseNo(), c.penaltyYuan(), now, limits));
                }
            }
            case PROPOSE_REWARD -> {
                firstAccepted(t);
                apply(t, version, c, x -> x.proposeReward(a, c.rewardKind(), c.concealedDeaths(), c.accidentGrade(),
                        now, limits));
            }
            case APPROVE_REWARD -> apply(t, version, c, x -> x.approveReward(a, now, limits));
            case PAY_REWARD -> apply(t, version, c, x -> x.payReward(a, now, limits));
            case REPLY -> apply(t, version, c, x -> x.reply(a, c.text(), now, limits));
            case CLOSE -> apply(t, version, c, x -> x.close(a, now, limits));
        }
        if (c.action() == TipAction.PROPOSE_REWARD) {
            notifyOfficials(t, "tip.reward.proposed", "举报奖励待审批:" + t.getNo(), "承办人" + t.getHandlerName()
                    + "提出奖励" + t.getRewardYuan().toPlainString() + "元,请由承办人以外的人员审批。");
        }
    }

    private void apply(Tip t, long version, Command c, java.util.function.Consumer<Tip> change) {
        changes.apply(TIP, t, version, c.action().name(), c.action().label() + " " + t.getNo(), change);
    }

    /** The earlier tip of the same matter, named by its number; it must be one the user can see. */
    private UUID sameMatter(String no, boolean required, Tip self) {
        if (no == null || no.isBlank()) {
            if (required) {
                throw new InvalidInputException("sameMatterAs", "重复举报请填写先前举报的编号");
            }
            return null;
        }
        CurrentUser me = me();
        Tip other = tips.findByNo(no.strip().toUpperCase()).filter(o -> visible(o, me))
                .filter(o -> !o.getId().equals(self.getId()))
                .orElseThrow(() -> new InvalidInputException("sameMatterAs", "关联的举报不存在或不在您的管辖范围内"));
        return other.getId();
    }

    /**
     * Only the first accepted report of a matter is rewarded: refused when the tip it names as the same matter, or a
     * tip naming it, was accepted earlier.
     */
    private void firstAccepted(Tip t) {
        List<Tip> related = new ArrayList<>(tips.findBySameMatterAs(t.getId()));
        if (t.getSameMatterAs() != null) {
            tips.findById(t.getSameMatterAs()).ifPresent(related::add);
        }
        for (Tip o : related) {
            if (o.getAcceptedAt() != null && t.getAcceptedAt() != null && o.getAcceptedAt().isBefore(t.getAcceptedAt())) {
                throw new InvalidInputException("rewardKind", "同一事项以最先受理的举报(" + o.getNo() + ")为奖励对象");
            }
        }
    }

    // ---------------------------------------------------------------- internal reward ledger

    @Transactional
    public UUID grantInternalReward(UUID tipId, InternalRewardKind kind, BigDecimal amount, String description,
            LocalDate on) {
        Tip t = load(tipId);
        CurrentUser me = me();
        if (t.getChannel() != TipChannel.INTERNAL || !me.managerOf(t.getEnterpriseId())) {
            throw new AccessDeniedException("内部奖励由本企业主要负责人或安全管理人员登记");
        }
        if (t.getFinding() == null || t.getFinding() == TipFinding.FALSE) {
            throw new InvalidInputException("kind", "核查属实或部分属实的内部举报才能奖励");
        }
        InternalReward r = rewards.saveAndFlush(InternalReward.grant(t, kind, amount, description, on,
                me.displayName(), clock.instant()));
        audit.record(AuditRecord.created("TipInternalReward", r.getId(), "内部举报奖励 " + t.getNo() + " "
                + kind.label() + (r.getAmountYuan() == null ? "" : " " + r.getAmountYuan().toPlainString() + "元"),
                java.util.Map.of("tip", t.getNo(), "kind", kind.name(), "amountYuan",
                        String.valueOf(r.getAmountYuan()), "description", r.getDescription())));
        return r.getId();
    }

    @Transactional(readOnly = true)
    public List<InternalReward> ledger() {
        CurrentUser me = me();
        if (!(me.role() == Role.ENTERPRISE_PRINCIPAL || me.role() == Role.ENTERPRISE_SAFETY_MANAGER)) {
            return List.of();
        }
        return rewards.findByEnterpriseIdOrderByGrantedOnDesc(me.enterpriseId());
    }

    @Transactional(readOnly = true)
    public List<InternalReward> rewardsOf(UUID tipId) {
        Tip t = load(tipId);
        return rewards.findByEnterpriseIdOrderByGrantedOnDesc(t.getEnterpriseId()).stream()
                .filter(r -> r.getTipId().equals(t.getId())).toList();
    }

    // ---------------------------------------------------------------- reminders

    /** A step that was found overdue and reminded. */
    public record Reminder(UUID tipId, TipState state, Instant due) {
    }

    /**
     * Reminds of tips whose current step passed its deadline, once per step: the handler, and the officials covering
     * the tip (for internal tips the enterprise's managers) as the escalation. A system change: not versioned by a
     * user and not audited (only the reminder marker changes).
     */
    @Transactional
    public List<Reminder> remindOverdue(Instant now) {
        List<Reminder> sent = new ArrayList<>();
        List<TipState> terminal = java.util.Arrays.stream(TipState.values()).filter(TipState::terminal).toList();
        for (Tip t : tips.findByStateNotInAndDueAtBefore(terminal, now)) {
            if (!t.takeReminder(now)) {
                continue;
            }
            String title = "举报办理超时:" + t.getNo();
            String body = "“" + t.getState().label() + "”环节已超过办理时限(" + limits.of(t.getState()).toDays() + "日)。";
            if (t.getChannel() == TipChannel.INTERNAL) {
                Set<UUID> users = new HashSet<>();
                accounts.usersOfEnterprise(t.getEnterpriseId(), Set.of(Role.ENTERPRISE_PRINCIPAL,
                        Role.ENTERPRISE_SAFETY_MANAGER)).stream().map(UserRef::id).forEach(users::add);
                events.publishEvent(new Notice("tip.overdue", title, body, "/tips/" + t.getId(), users, Set.of(),
                        t.getEnterpriseId(), t.getRegionCode()));
            } else {
                notifyOfficials(t, "tip.overdue", title, body);
            }
            sent.add(new Reminder(t.getId(), t.getState(), t.getDueAt()));
        }
        return sent;
    }

    // ---------------------------------------------------------------- helpers

    private Tip.Actor actor(Tip t, CurrentUser me) {
        return new Tip.Actor(me.id(), me.displayName(), me.role() == Role.OFFICIAL && scopes.of(me).permits(t)
                || me.role() == Role.OFFICIAL && t.handledBy(me.id()), me.role() == Role.ADMIN,
                t.getEnterpriseId() != null && me.managerOf(t.getEnterpriseId()));
    }

    private void notifyOfficials(Tip t, String topic, String title, String body) {
        Set<UUID> users = new HashSet<>();
        accounts.officialsCovering(t.getRegionCode(), t.getSectors().codes()).stream().map(UserRef::id)
                .forEach(users::add);
        if (t.getHandlerId() != null) {
            users.add(t.getHandlerId());
        }
        events.publishEvent(new Notice(topic, title, body, "/tips/" + t.getId(), users, Set.of(), null,
                t.getRegionCode()));
    }

    private void notifyHandler(Tip t, String topic, String title, String body) {
        if (t.getHandlerId() != null) {
            events.publishEvent(new Notice(topic, title, body, "/tips/" + t.getId(), Set.of(t.getHandlerId()),
                    Set.of(), null, t.getRegionCode()));
        }
    }

    private String newCode() {
        StringBuilder b = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            b.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return b.toString();
    }

    /** The code as shown: groups of four. */
    static String format(String code) {
        return String.join("-", code.split("(?<=\\G.{4})"));
    }

    /** The code as stored: separators and spaces dropped, upper case; null when it cannot be one. */
    static String normalise(String code) {
        if (code == null) {
            return null;
        }
        String c = code.replaceAll("[\\s-]", "").toUpperCase();
        if (c.length() != CODE_LENGTH) {
            return null;
        }
        for (char ch : c.toCharArray()) {
            if (CODE_ALPHABET.indexOf(ch) < 0) {
                return null;
            }
        }
        return c;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CurrentUser me() {
        return DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
    }
}
