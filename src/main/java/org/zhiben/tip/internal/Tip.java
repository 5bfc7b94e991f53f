package org.zhiben.tip.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;
import org.zhiben.common.SectorSet;
import org.zhiben.tip.NewTip;
import org.zhiben.tip.RejectReason;
import org.zhiben.tip.RewardKind;
import org.zhiben.tip.Rewards;
import org.zhiben.tip.TipAction;
import org.zhiben.tip.TipChannel;
import org.zhiben.tip.TipFinding;
import org.zhiben.tip.TipLimits;
import org.zhiben.tip.TipState;

/**
 * A tip and its handling: 收到 → 受理 / 不予受理 / 转办 → 核查 → 属实 / 部分属实 / 不属实 → linked hazard or case →
 * reward proposed → approved → paid → 答复 → 结案. Each step has a deadline from {@link TipLimits}; a tip past it is
 * overdue. The reporter's identity and contact are only ever held here encrypted ({@code reporterCipher}); nothing
 * this class answers in clear contains them. Who may act is asked of {@link Actor}: officials whose scope covers the
 * tip for tips from outside, the enterprise's principal or safety manager for internal ones; after acceptance only
 * the handler, except the reward's approval, which needs someone else.
 */
@Entity
@Table(name = "tip_tip")
@AttributeOverride(name = "enterpriseId", column = @Column(name = "enterprise_id", updatable = false))
public class Tip extends ScopedRecord {

    static final int MAX_TEXT = 2000;

    private String no;
    @Enumerated(EnumType.STRING)
    private TipChannel channel;
    @Enumerated(EnumType.STRING)
    private TipState state;
    private boolean anonymous;
    private boolean joint;
    @Column(name = "tracking_hash")
    private String trackingHash;
    private String content;
    private String place;
    @Column(name = "unit_name")
    private String unitName;
    @Column(name = "photo_keys")
    private String photoKeys = "";
    @Column(name = "reporter_cipher")
    private String reporterCipher;
    @Column(name = "claim_cipher")
    private String claimCipher;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "entered_by_name")
    private String enteredByName;
    @Column(name = "state_since")
    private Instant stateSince;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "reminded_state")
    private String remindedState;
    @Column(name = "handler_id")
    private UUID handlerId;
    @Column(name = "handler_name")
    private String handlerName;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "reject_reason")
    private RejectReason rejectReason;
    @Column(name = "same_matter_as")
    private UUID sameMatterAs;
    @Column(name = "transferred_to")
    private String transferredTo;
    @Column(name = "handling_note")
    private String handlingNote;
    @Enumerated(EnumType.STRING)
    private TipFinding finding;
    @Column(name = "hazard_id")
    private UUID hazardId;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "case_no")
    private String caseNo;
    @Column(name = "penalty_yuan")
    private BigDecimal penaltyYuan;
    @Enumerated(EnumType.STRING)
    @Column(name = "reward_kind")
    private RewardKind rewardKind;
    @Column(name = "reward_yuan")
    private BigDecimal rewardYuan;
    @Column(name = "reward_rule")
    private String rewardRule;
    @Column(name = "reward_approved_by")
    private String rewardApprovedBy;
    @Column(name = "reward_claimed")
    private boolean rewardClaimed;
    @Column(name = "reward_paid_at")
    private Instant rewardPaidAt;
    @Column(name = "reply_text")
    private String replyText;
    @Column(name = "replied_at")
    private Instant repliedAt;
    @Column(name = "closed_at")
    private Instant closedAt;

    protected Tip() {
    }

    private Tip(UUID enterpriseId, String regionCode, SectorSet sectors, Instant now) {
        super(enterpriseId, regionCode, sectors, now);
    }

    private Tip(String regionCode, SectorSet sectors, Instant now) {
        super(regionCode, sectors, now);
    }

    /** Where the tip points: a registered enterprise (id) or a unit outside the registry in a region. */
    public record Target(UUID enterpriseId, String name, String regionCode, Set<String> sectors) {
    }

    /** Who acts, as far as the rules here need to know. */
    public record Actor(UUID id, String name, boolean official, boolean admin, boolean managerOfTipEnterprise) {
    }

    /**
     * A new tip, checked: content 5 to 2000 characters, place up to 200, the reporter's name and contact required
     * unless anonymous (and then dropped, whatever was sent). {@code trackingHash} is the SHA-256 of the code the
     * reporter keeps; {@code reporterCipher} is filled by the service after the id exists.
     */
    public static Tip receive(NewTip n, Target target, String trackingHash, List<String> photoKeys,
            String enteredByName, Instant now, TipLimits limits) {
        List<FieldViolation> v = new ArrayList<>();
        if (n.channel() == null) {
            v.add(new FieldViolation("channel", "请选择举报渠道"));
        }
        String content = strip(n.content());
        if (content == null || content.length() < 5) {
            v.add(new FieldViolation("content", "请写明举报内容(至少5个字)"));
        } else if (content.length() > MAX_TEXT) {
            v.add(new FieldViolation("content", "举报内容不能超过2000字"));
        }
        String place = strip(n.place());
        if (place == null) {
            v.add(new FieldViolation("place", "请填写问题所在地点"));
        } else if (place.length() > 200) {
            v.add(new FieldViolation("place", "地点不能超过200字"));
        }
        if (!n.anonymous()) {
            String name = strip(n.reporterName());
            String contact = strip(n.reporterContact());
            if (name == null || name.length() > 50) {
                v.add(new FieldViolation("reporterName", "实名举报请填写姓名(不超过50字)"));
            }
            if (contact == null || contact.length() > 100) {
                v.add(new FieldViolation("reporterContact", "实名举报请填写联系方式(不超过100字)"));
            }
        }
        if (photoKeys.size() > 3) {
            v.add(new FieldViolation("photos", "照片最多3张"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        SectorSet sectors = SectorSet.of(target.sectors());
        Tip t = target.enterpriseId() != null ? new Tip(target.enterpriseId(), target.regionCode(), sectors, now)
                : new Tip(target.regionCode(), sectors, now);
        t.channel = n.channel();
        t.anonymous = n.anonymous();
        t.joint = !n.anonymous() && n.joint();
        t.trackingHash = trackingHash;
        t.content = content;
        t.place = place;
        t.unitName = target.name();
        t.photoKeys = String.join(",", photoKeys);
        t.receivedAt = now;
        t.enteredByName = enteredByName;
        String hex = t.getId().toString().replace("-", "");
        t.no = "JB" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd")
                .format(now.atZone(org.zhiben.common.Zones.CHINA)) + "-" + hex.substring(hex.length() - 6).toUpperCase();
        t.enter(TipState.RECEIVED, now, limits);
        return t;
    }

    /** Stores the sealed identity; only the service calls it, right after {@link #receive}. */
    public void seal(String reporterCipher) {
        this.reporterCipher = reporterCipher;
    }

    // ---------------------------------------------------------------- rules

    /** Whether {@code a} may see this tip at all beyond its scope (the handler always may). */
    public boolean handledBy(UUID userId) {
        return handlerId != null && handlerId.equals(userId);
    }

    /** Whether {@code a} may act on the tip in its current state (before the action's own rules). */
    public boolean mayAct(Actor a) {
        boolean eligible = channel == TipChannel.INTERNAL ? a.managerOfTipEnterprise() : a.official() || a.admin();
        if (!eligible) {
            return false;
        }
        if (state == TipState.RECEIVED) {
            return true;
        }
        if (state == TipState.REWARD_PROPOSED) {
            return !handledBy(a.id());
        }
        return handledBy(a.id());
    }

    /** The transitions of the current state, whoever asks. */
    public Set<TipAction> allowedActions() {
        boolean internal = channel == TipChannel.INTERNAL;
        boolean substantiated = finding != null && finding != TipFinding.FALSE;
        Set<TipAction> s = EnumSet.noneOf(TipAction.class);
        switch (state) {
            case RECEIVED -> {
                s.add(TipAction.ACCEPT);
                s.add(TipAction.REJECT);
                if (!internal) {
                    s.add(TipAction.TRANSFER);
                }
            }
            case ACCEPTED -> s.add(TipAction.START_VERIFICATION);
            case VERIFYING -> s.add(TipAction.CONCLUDE);
            case VERIFIED, LINKED -> {
                if (substantiated && hazardId == null && getEnterpriseId() != null) {
                    s.add(TipAction.LINK_HAZARD);
                }
                if (substantiated && !internal && caseId == null && caseNo == null) {
                    s.add(TipAction.LINK_CASE);
                }
                if (state == TipState.LINKED && !internal) {
                    s.add(TipAction.PROPOSE_REWARD);
                }
                s.add(TipAction.REPLY);
            }
            case REWARD_PROPOSED -> s.add(TipAction.APPROVE_REWARD);
            case REWARD_APPROVED -> s.add(TipAction.PAY_REWARD);
            case REWARD_PAID, REJECTED -> s.add(TipAction.REPLY);
            case REPLIED -> s.add(TipAction.CLOSE);
            default -> {
            }
        }
        return s;
    }

    /** Refuses an action the state does not allow or the actor may not do. */
    public void guard(TipAction action, Actor a) {
        if (action == null) {
            throw new InvalidInputException("action", "请选择操作");
        }
        if (!allowedActions().contains(action)) {
            throw new InvalidInputException("action", "举报当前状态为“" + state.label() + "”,不能" + action.label());
        }
        if (!mayAct(a)) {
            throw new AccessDeniedException(state == TipState.REWARD_PROPOSED ? "奖励须由承办人以外的人员审批"
                    : channel == TipChannel.INTERNAL ? "企业内部举报由本企业主要负责人或安全管理人员办理"
                    : "该举报由承办人办理");
        }
    }

    public void accept(Actor a, UUID sameMatterAs, String note, Instant now, TipLimits limits) {
        guard(TipAction.ACCEPT, a);
        this.handlerId = a.id();
        this.handlerName = a.name();
        this.acceptedAt = now;
        this.sameMatterAs = sameMatterAs;
        this.handlingNote = text("note", note, false, "受理意见");
        enter(TipState.ACCEPTED, now, limits);
    }

    public void reject(Actor a, RejectReason reason, UUID duplicateOf, String note, Instant now, TipLimits limits) {
        guard(TipAction.REJECT, a);
        if (reason == null) {
            throw new InvalidInputException("reason", "请选择不予受理的理由");
        }
        if (reason == RejectReason.DUPLICATE && duplicateOf == null) {
            throw new InvalidInputException("sameMatterAs", "重复举报请填写先前举报的编号");
        }
        String n = text("note", note, reason == RejectReason.OTHER, "不予受理的说明");
        this.handlerId = a.id();
        this.handlerName = a.name();
        this.rejectReason = reason;
        this.sameMatterAs = reason == RejectReason.DUPLICATE ? duplicateOf : null;
        this.handlingNote = n;
        enter(TipState.REJECTED, now, limits);
    }

    /** Outside the office's remit: handed to the sector's lead department (named by the service from the table). */
    public void transfer(Actor a, String department, String note, Instant now, TipLimits limits) {
        guard(TipAction.TRANSFER, a);
        if (department == null || department.isBlank() || department.strip().length() > 200) {
            throw new InvalidInputException("sectorCode", "请选择转办的行业领域(按牵头部门表转办)");
        }
        this.handlerId = a.id();
        this.handlerName = a.name();
        this.transferredTo = department.strip();
        this.handlingNote = text("note", note, false, "转办说明");
        enter(TipState.TRANSFERRED, now, limits);
    }

    public void startVerification(Actor a, Instant now, TipLimits limits) {
        guard(TipAction.START_VERIFICATION, a);
        enter(TipState.VERIFYING, now, limits);
    }

    public void conclude(Actor a, TipFinding f, String note, Instant now, TipLimits limits) {
        guard(TipAction.CONCLUDE, a);
        if (f == null) {
            throw new InvalidInputException("finding", "请选择核查结论");
        }
        this.finding = f;
        this.handlingNote = text("note", note, true, "核查情况");
        enter(TipState.VERIFIED, now, limits);
    }

    public void linkHazard(Actor a, UUID hazard, Instant now, TipLimits limits) {
        guard(TipAction.LINK_HAZARD, a);
        this.hazardId = hazard;
        if (state != TipState.LINKED) {
            enter(TipState.LINKED, now, limits);
        }
    }

    /** A case: the enforcement module's (id, number and fine from it) or one handled outside (number and fine typed). */
    public void linkCase(Actor a, UUID caseId, String caseNo, BigDecimal penaltyYuan, Instant now, TipLimits limits) {
        guard(TipAction.LINK_CASE, a);
        List<FieldViolation> v = new ArrayList<>();
        String no = strip(caseNo);
        if (no == null || no.length() > 64) {
            v.add(new FieldViolation("caseNo", "请填写案件编号(不超过64字)"));
        }
        if (penaltyYuan == null || penaltyYuan.signum() < 0 || penaltyYuan.compareTo(Rewards.MAX_PENALTY) > 0) {
            v.add(new FieldViolation("penaltyYuan", "请填写决定的罚款金额(元,不小于0)"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        this.caseId = caseId;
        this.caseNo = no;
        this.penaltyYuan = penaltyYuan;
        if (state != TipState.LINKED) {
            enter(TipState.LINKED, now, limits);
        }
    }

    /**
     * The reward by the rules of {@link Rewards}: the fine is the linked case's (none: 0, so the minimum); a tip that
     * is not the first accepted report of its matter is refused by the service before this.
     */
    public void proposeReward(Actor a, RewardKind kind, Integer concealedDeaths, String grade, Instant now,
            TipLimits limits) {
        guard(TipAction.PROPOSE_REWARD, a);
        if (kind == RewardKind.CONCEALED_ACCIDENT && caseNo == null) {
            throw new InvalidInputException("rewardKind", "瞒报谎报事故的奖励须先关联查处案件");
        }
        Rewards.Result r = Rewards.calculate(kind, penaltyYuan == null ? BigDecimal.ZERO : penaltyYuan,
                concealedDeaths, grade);
        this.rewardKind = kind;
        this.rewardYuan = r.amountYuan();
        this.rewardRule = r.rule();
        enter(TipState.REWARD_PROPOSED, now, limits);
    }

    public void approveReward(Actor a, Instant now, TipLimits limits) {
        guard(TipAction.APPROVE_REWARD, a);
        this.rewardApprovedBy = a.name();
        enter(TipState.REWARD_APPROVED, now, limits);
    }

    /** An anonymous reporter claims with the tracking code (the service checked it) and a sealed contact. */
    public void claim(String claimCipher) {
        if (state != TipState.REWARD_APPROVED || !anonymous) {
            throw new InvalidInputException("code", "该举报当前无需领取奖励");
        }
        if (rewardClaimed) {
            throw new InvalidInputException("code", "奖励已登记领取,请等待发放");
        }
        this.claimCipher = claimCipher;
        this.rewardClaimed = true;
    }

    public void payReward(Actor a, Instant now, TipLimits limits) {
        guard(TipAction.PAY_REWARD, a);
        if (anonymous && !rewardClaimed) {
            throw new InvalidInputException("action", "匿名举报人尚未凭查询码登记领取,暂不能发放");
        }
        this.rewardPaidAt = now;
        enter(TipState.REWARD_PAID, now, limits);
    }

    public void reply(Actor a, String text, Instant now, TipLimits limits) {
        guard(TipAction.REPLY, a);
        this.replyText = text("text", text, true, "答复内容");
        this.repliedAt = now;
        enter(TipState.REPLIED, now, limits);
    }

    public void close(Actor a, Instant now, TipLimits limits) {
        guard(TipAction.CLOSE, a);
        this.closedAt = now;
        enter(TipState.CLOSED, now, limits);
    }

    // ---------------------------------------------------------------- deadlines

    private void enter(TipState next, Instant now, TipLimits limits) {
        this.state = next;
        this.stateSince = now;
        this.dueAt = next.terminal() ? null : limits.dueFrom(next, now);
        this.remindedState = null;
    }

    public boolean overdue(Instant now) {
        return dueAt != null && now.isAfter(dueAt);
    }

    /** True once per state when the step is overdue: the reminder is sent and remembered. */
    public boolean takeReminder(Instant now) {
        if (!overdue(now) || state.name().equals(remindedState)) {
            return false;
        }
        remindedState = state.name();
        return true;
    }

    // ---------------------------------------------------------------- reading

    public List<String> photoKeys() {
        return photoKeys == null || photoKeys.isEmpty() ? List.of() : Arrays.asList(photoKeys.split(","));
    }

    /** What the audit trail keeps: never the reporter's identity, contact or claim. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("no", no);
        s.put("channel", channel.name());
        s.put("state", state.name());
        s.put("anonymous", anonymous);
        s.put("unitName", unitName);
        s.put("handler", handlerName);
        s.put("rejectReason", rejectReason == null ? null : rejectReason.name());
        s.put("sameMatterAs", sameMatterAs == null ? null : sameMatterAs.toString());
        s.put("transferredTo", transferredTo);
        s.put("finding", finding == null ? null : finding.name());
        s.put("hazardId", hazardId == null ? null : hazardId.toString());
        s.put("caseNo", caseNo);
        s.put("penaltyYuan", penaltyYuan);
        s.put("rewardYuan", rewardYuan);
        s.put("rewardClaimed", rewardClaimed);
        s.put("dueAt", dueAt == null ? null : dueAt.toString());
        return s;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(String field, String value, boolean required, String what) {
        String s = strip(value);
        if (s == null && required) {
            throw new InvalidInputException(field, "请填写" + what);
        }
        if (s != null && s.length() > MAX_TEXT) {
            throw new InvalidInputException(field, what + "不能超过2000字");
        }
        return s;
    }

    public String getNo() { return no; }
    public TipChannel getChannel() { return channel; }
    public TipState getState() { return state; }
    public boolean isAnonymous() { return anonymous; }
    public boolean isJoint() { return joint; }
    public String getTrackingHash() { return trackingHash; }
    public String getContent() { return content; }
    public String getPlace() { return place; }
    public String getUnitName() { return unitName; }
    public String getReporterCipher() { return reporterCipher; }
    public String getClaimCipher() { return claimCipher; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getEnteredByName() { return enteredByName; }
    public Instant getStateSince() { return stateSince; }
    public Instant getDueAt() { return dueAt; }
    public UUID getHandlerId() { return handlerId; }
    public String getHandlerName() { return handlerName; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public RejectReason getRejectReason() { return rejectReason; }
    public UUID getSameMatterAs() { return sameMatterAs; }
    public String getTransferredTo() { return transferredTo; }
    public String getHandlingNote() { return handlingNote; }
    public TipFinding getFinding() { return finding; }
    public UUID getHazardId() { return hazardId; }
    public UUID getCaseId() { return caseId; }
    public String getCaseNo() { return caseNo; }
    public BigDecimal getPenaltyYuan() { return penaltyYuan; }
    public RewardKind getRewardKind() { return rewardKind; }
    public BigDecimal getRewardYuan() { return rewardYuan; }
    public String getRewardRule() { return rewardRule; }
    public String getRewardApprovedBy() { return rewardApprovedBy; }
    public boolean isRewardClaimed() { return rewardClaimed; }
    public Instant getRewardPaidAt() { return rewardPaidAt; }
    public String getReplyText() { return replyText; }
    public Instant getRepliedAt() { return repliedAt; }
    public Instant getClosedAt() { return closedAt; }
}
