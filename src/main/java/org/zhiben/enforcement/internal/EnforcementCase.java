package org.zhiben.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;
import org.zhiben.enforcement.CaseAction;
import org.zhiben.enforcement.CaseMeasure;
import org.zhiben.enforcement.CaseState;

/**
 * An administrative case (行政处罚案件) as a state machine: 立案 → 调查取证 → 告知 (陈述申辩, 听证) → 决定 → 执行 → 结案.
 *
 * <p>Rules (行政处罚法 2021): the party is told the proposed measures and may state and defend within {@link
 * #STATEMENT_DAYS} days, or request a hearing within {@link #HEARING_DAYS} days where the measure allows one (停产停业,
 * 关闭, or a fine on the unit of at least {@link #HEARING_FINE_UNIT} 元 or on a person of at least {@link
 * #HEARING_FINE_PERSON} 元 — the common provincial 较大数额, configurable by changing these defaults); the decision
 * comes after that period ends (the day after the due day) or once the party has stated its case, and after the
 * hearing if one was requested; the decision may lighten but never add to what was notified (第45条: 不得因当事人陈述、
 * 申辩而给予更重的处罚); a fine is due within {@link #PAYMENT_DAYS} days of the decision (第67条); the case is closed
 * only when a fine is paid and a suspension has been lifted or the enterprise closed.
 */
@Entity
@Table(name = "enforcement_case")
public class EnforcementCase extends ScopedRecord {

    public static final int STATEMENT_DAYS = 3;
    public static final int HEARING_DAYS = 5;
    public static final int PAYMENT_DAYS = 15;
    public static final BigDecimal HEARING_FINE_UNIT = new BigDecimal("50000");
    public static final BigDecimal HEARING_FINE_PERSON = new BigDecimal("10000");
    static final BigDecimal MAX_FINE = new BigDecimal("100000000");

    @Column(name = "enterprise_name")
    private String enterpriseName;
    @Column(name = "office_code")
    private String officeCode;
    @Column(name = "office_name")
    private String officeName;
    @Column(name = "inspection_id")
    private UUID inspectionId;
    private String title;
    private String facts;
    @Enumerated(EnumType.STRING)
    private CaseState state;
    @Column(name = "filed_on")
    private LocalDate filedOn;
    @Column(name = "filed_year")
    private int filedYear;
    @Column(name = "investigated_on")
    private LocalDate investigatedOn;
    private String evidence;
    @Column(name = "notified_on")
    private LocalDate notifiedOn;
    @Column(name = "reply_due")
    private LocalDate replyDue;
    @Column(name = "hearing_requested")
    private boolean hearingRequested;
    private String statement;
    @Column(name = "hearing_held_on")
    private LocalDate hearingHeldOn;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    private String measures;
    @Column(name = "fine_unit_yuan")
    private BigDecimal fineUnitYuan;
    @Column(name = "principal_name")
    private String principalName;
    @Column(name = "fine_principal_yuan")
    private BigDecimal finePrincipalYuan;
    @Column(name = "rectify_due")
    private LocalDate rectifyDue;
    @Column(name = "transfer_to")
    private String transferTo;
    @Column(name = "decision_text")
    private String decisionText;
    @Column(name = "payment_due")
    private LocalDate paymentDue;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    @Column(name = "executed_on")
    private LocalDate executedOn;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    /** Set by RESUME: the suspension was lifted (复产验收). Not stored separately: the measure stays on the record. */
    @jakarta.persistence.Transient
    private boolean resumedNow;

    /** The proposed (告知) or decided measures. */
    public record Proposal(Set<CaseMeasure> measures, BigDecimal fineUnitYuan, String principalName,
            BigDecimal finePrincipalYuan, LocalDate rectifyDue, String transferTo) {

        public Proposal {
            measures = measures == null || measures.isEmpty() ? Set.of() : Set.copyOf(measures);
            fineUnitYuan = fineUnitYuan == null ? BigDecimal.ZERO : fineUnitYuan;
            finePrincipalYuan = finePrincipalYuan == null ? BigDecimal.ZERO : finePrincipalYuan;
        }
    }

    protected EnforcementCase() {
    }

    private EnforcementCase(Inspection.Target t, Instant now) {
        super(t.id(), t.regionCode(), t.sectors(), now);
    }

    public static EnforcementCase file(Inspection.Target target, String officeCode, String officeName,
            UUID inspectionId, String title, String facts, LocalDate today, Instant now) {
        List<FieldViolation> v = new ArrayList<>();
        text(v, "title", title, 200, true, "请填写案由(不超过200字)");
        text(v, "facts", facts, 4000, true, "请填写违法事实(不超过4000字)");
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        EnforcementCase c = new EnforcementCase(target, now);
        c.enterpriseName = target.name();
        c.officeCode = officeCode;
        c.officeName = officeName;
        c.inspectionId = inspectionId;
        c.title = title.strip();
        c.facts = facts.strip();
        c.state = CaseState.FILED;
        c.filedOn = today;
        c.filedYear = today.getYear();
        c.measures = "";
        c.fineUnitYuan = BigDecimal.ZERO;
        c.finePrincipalYuan = BigDecimal.ZERO;
        return c;
    }

    /** The actions the case allows in its state. */
    public List<CaseAction> allowedActions() {
        return switch (state) {
            case FILED -> List.of(CaseAction.INVESTIGATE);
            case INVESTIGATING -> List.of(CaseAction.NOTIFY);
            case NOTIFIED -> {
                List<CaseAction> a = new ArrayList<>(List.of(CaseAction.STATEMENT));
                if (hearingRequested && hearingHeldOn == null) {
                    a.add(CaseAction.HEARING);
                }
                a.add(CaseAction.DECIDE);
                yield a;
            }
            case DECIDED -> List.of(CaseAction.EXECUTE, CaseAction.PAY);
            case EXECUTING -> {
                List<CaseAction> a = new ArrayList<>();
                if (fined() && paidOn == null) {
                    a.add(CaseAction.PAY);
                }
                if (suspended()) {
                    a.add(CaseAction.RESUME);
                }
                a.add(CaseAction.CLOSE);
                yield a;
            }
            case CLOSED -> List.of();
        };
    }

    private void require(CaseAction action) {
        if (!allowedActions().contains(action)) {
            throw new InvalidInputException("action", "案件" + state.label() + ",不能" + action.label());
        }
    }

    public void investigate(String evidence, LocalDate today) {
        require(CaseAction.INVESTIGATE);
        List<FieldViolation> v = new ArrayList<>();
        text(v, "evidence", evidence, 4000, true, "请填写调查取证情况(不超过4000字)");
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        this.evidence = evidence.strip();
        this.investigatedOn = today;
        this.state = CaseState.INVESTIGATING;
    }

    /** 告知: the proposed measures; the reply period runs from today. */
    public void notifyParty(Proposal p, LocalDate today) {
        require(CaseAction.NOTIFY);
        validate(p, today);
        apply(p);
        this.notifiedOn = today;
        this.replyDue = today.plusDays(hearingRight() ? HEARING_DAYS : STATEMENT_DAYS);
        this.state = CaseState.NOTIFIED;
    }

    /** Whether the notified measures give the party a right to a hearing (行政处罚法 第63条). */
    public boolean hearingRight() {
        Set<CaseMeasure> m = measureSet();
        return m.contains(CaseMeasure.SUSPEND) || m.contains(CaseMeasure.CLOSE_DOWN)
                || fineUnitYuan.compareTo(HEARING_FINE_UNIT) >= 0 || finePrincipalYuan.compareTo(HEARING_FINE_PERSON) >= 0;
    }

    /** The party's statement (陈述申辩), and whether it asks for a hearing (only within the period, if it has the right). */
    public void statement(String text, boolean requestHearing, LocalDate today) {
        require(CaseAction.STATEMENT);
        List<FieldViolation> v = new ArrayList<>();
        text(v, "text", text, 4000, true, "请填写当事人的陈述申辩意见(不超过4000字)");
        if (requestHearing && !hearingRight()) {
            v.add(new FieldViolation("hearing", "告知的处罚不属于听证范围"));
        } else if (requestHearing && today.isAfter(replyDue)) {
            v.add(new FieldViolation("hearing", "听证申请已超过告知后" + HEARING_DAYS + "日的期限"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        this.statement = text.strip();
        this.hearingRequested = hearingRequested || requestHearing;
    }

    public void hearing(LocalDate heldOn, LocalDate today) {
        require(CaseAction.HEARING);
        if (heldOn == null || heldOn.isAfter(today) || heldOn.isBefore(notifiedOn)) {
            throw new InvalidInputException("date", "听证日期应在告知之后且不晚于今天");
        }
        this.hearingHeldOn = heldOn;
    }

    /** The decision: after the reply period or the party's statement, after the hearing; never heavier than notified. */
    public void decide(Proposal p, String text, LocalDate today) {
        require(CaseAction.DECIDE);
        List<FieldViolation> v = new ArrayList<>();
        if (statement == null && !today.isAfter(replyDue)) {
            v.add(new FieldViolation("action", "陈述申辩期限至" + replyDue + ",期满或当事人陈述申辩后方可作出决定"));
        }
        if (hearingRequested && hearingHeldOn == null) {
            v.add(new FieldViolation("action", "当事人已申请听证,听证后方可作出决定"));
        }
        if (!measureSet().containsAll(p.measures())) {
            v.add(new FieldViolation("measures", "决定的处罚不得超出告知的范围(不得因陈述申辩加重处罚)"));
        }
        if (p.fineUnitYuan().compareTo(fineUnitYuan) > 0) {
            v.add(new FieldViolation("fineUnitYuan", "对单位的罚款不得高于告知的" + fineUnitYuan.toPlainString() + "元"));
        }
        if (p.finePrincipalYuan().compareTo(finePrincipalYuan) > 0) {
            v.add(new FieldViolation("finePrincipalYuan", "对主要负责人的罚款不得高于告知的" + finePrincipalYuan.toPlainString() + "元"));
        }
        text(v, "text", text, 4000, true, "请填写决定内容(不超过4000字)");
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        validate(p, today);
        apply(p);
        this.decisionText = text.strip();
        this.decidedOn = today;
        this.paymentDue = fined() ? today.plusDays(PAYMENT_DAYS) : null;
        this.state = CaseState.DECIDED;
    }

    public void execute(LocalDate today) {
        require(CaseAction.EXECUTE);
        this.executedOn = today;
        this.state = CaseState.EXECUTING;
    }

    public void pay(LocalDate paid, LocalDate today) {
        require(CaseAction.PAY);
        if (!fined()) {
            throw new InvalidInputException("action", "本案没有罚款");
        }
        if (paid == null || paid.isAfter(today) || paid.isBefore(decidedOn)) {
            throw new InvalidInputException("date", "缴纳日期应在决定之后且不晚于今天");
        }
        this.paidOn = paid;
    }

    /** 复产验收通过: the suspension is lifted (the registry's status goes back to 在营). */
    public void resume() {
        require(CaseAction.RESUME);
        this.resumedNow = true;
    }

    public void close(LocalDate today, boolean enterpriseStillSuspended) {
        require(CaseAction.CLOSE);
        if (fined() && paidOn == null) {
            throw new InvalidInputException("action", "罚款尚未缴纳,不能结案");
        }
        if (suspended() && enterpriseStillSuspended) {
            throw new InvalidInputException("action", "停产停业整顿尚未通过复产验收,不能结案");
        }
        this.closedOn = today;
        this.state = CaseState.CLOSED;
    }

    private void validate(Proposal p, LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        Set<CaseMeasure> m = p.measures();
        if (m.isEmpty()) {
            v.add(new FieldViolation("measures", "请选择处罚或处理措施"));
        }
        if (p.fineUnitYuan().signum() < 0 || p.fineUnitYuan().compareTo(MAX_FINE) > 0 || p.fineUnitYuan().scale() > 2) {
            v.add(new FieldViolation("fineUnitYuan", "罚款金额应为0至1亿元,最多两位小数"));
        }
        if (p.finePrincipalYuan().signum() < 0 || p.finePrincipalYuan().compareTo(MAX_FINE) > 0
                || p.finePrincipalYuan().scale() > 2) {
            v.add(new FieldViolation("finePrincipalYuan", "罚款金额应为0至1亿元,最多两位小数"));
        }
        if (m.contains(CaseMeasure.FINE) != (p.fineUnitYuan().signum() > 0)) {
            v.add(new FieldViolation("fineUnitYuan", "选择罚款时须填写对单位的罚款金额;未选择罚款时金额应为0"));
        }
        if (m.contains(CaseMeasure.DUAL_FINE) != (p.finePrincipalYuan().signum() > 0)) {
            v.add(new FieldViolation("finePrincipalYuan", "一案双罚须填写对主要负责人的罚款金额;未选择时金额应为0"));
        }
        if (m.contains(CaseMeasure.DUAL_FINE) && !m.contains(CaseMeasure.FINE)) {
            v.add(new FieldViolation("measures", "一案双罚须同时对单位罚款"));
        }
        boolean person = m.contains(CaseMeasure.DUAL_FINE) || m.contains(CaseMeasure.LIFETIME_BAN);
        if (person && (p.principalName() == null || p.principalName().isBlank() || p.principalName().strip().length() > 100)) {
            v.add(new FieldViolation("principalName", "请填写主要负责人姓名(不超过100字)"));
        }
        if (m.contains(CaseMeasure.RECTIFY) && (p.rectifyDue() == null || !p.rectifyDue().isAfter(today))) {
            v.add(new FieldViolation("rectifyDue", "限期整改须填写晚于今天的整改期限"));
        }
        if (m.contains(CaseMeasure.TRANSFER) && (p.transferTo() == null || p.transferTo().isBlank()
                || p.transferTo().strip().length() > 200)) {
            v.add(new FieldViolation("transferTo", "移送须填写接收机关(不超过200字)"));
        }
        if (m.contains(CaseMeasure.SUSPEND) && m.contains(CaseMeasure.CLOSE_DOWN)) {
            v.add(new FieldViolation("measures", "停产停业整顿与关闭取缔不能同时选择"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    private void apply(Proposal p) {
        this.measures = p.measures().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.fineUnitYuan = p.fineUnitYuan();
        this.finePrincipalYuan = p.finePrincipalYuan();
        boolean person = p.measures().contains(CaseMeasure.DUAL_FINE) || p.measures().contains(CaseMeasure.LIFETIME_BAN);
        this.principalName = person ? p.principalName().strip() : null;
        this.rectifyDue = p.measures().contains(CaseMeasure.RECTIFY) ? p.rectifyDue() : null;
        this.transferTo = p.measures().contains(CaseMeasure.TRANSFER) ? p.transferTo().strip() : null;
    }

    public boolean fined() {
        return fineUnitYuan.signum() > 0 || finePrincipalYuan.signum() > 0;
    }

    public boolean suspended() {
        return measureSet().contains(CaseMeasure.SUSPEND);
    }

    public boolean resumedNow() {
        return resumedNow;
    }

    public boolean decided() {
        return decidedOn != null;
    }

    public Set<CaseMeasure> measureSet() {
        if (measures == null || measures.isEmpty()) {
            return Set.of();
        }
        EnumSet<CaseMeasure> s = EnumSet.noneOf(CaseMeasure.class);
        Arrays.stream(measures.split(",")).map(CaseMeasure::valueOf).forEach(s::add);
        return s;
    }

    public BigDecimal totalFine() {
        return fineUnitYuan.add(finePrincipalYuan);
    }

    private static void text(List<FieldViolation> v, String field, String value, int max, boolean required,
            String message) {
        boolean blank = value == null || value.isBlank();
        if (required && blank || !blank && value.strip().length() > max) {
            v.add(new FieldViolation(field, message));
        }
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("enterprise", enterpriseName);
        s.put("title", title);
        s.put("state", state.name());
        s.put("measures", measures);
        s.put("fineUnitYuan", fineUnitYuan.toPlainString());
        s.put("finePrincipalYuan", finePrincipalYuan.toPlainString());
        s.put("principalName", principalName);
        s.put("replyDue", String.valueOf(replyDue));
        s.put("hearingRequested", hearingRequested);
        s.put("decidedOn", String.valueOf(decidedOn));
        s.put("paidOn", String.valueOf(paidOn));
        s.put("closedOn", String.valueOf(closedOn));
        return s;
    }

    public String getEnterpriseName() { return enterpriseName; }
    public String getOfficeCode() { return officeCode; }
    public String getOfficeName() { return officeName; }
    public UUID getInspectionId() { return inspectionId; }
    public String getTitle() { return title; }
    public String getFacts() { return facts; }
    public CaseState getState() { return state; }
    public LocalDate getFiledOn() { return filedOn; }
    public LocalDate getInvestigatedOn() { return investigatedOn; }
    public String getEvidence() { return evidence; }
    public LocalDate getNotifiedOn() { return notifiedOn; }
    public LocalDate getReplyDue() { return replyDue; }
    public boolean isHearingRequested() { return hearingRequested; }
    public String getStatement() { return statement; }
    public LocalDate getHearingHeldOn() { return hearingHeldOn; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public BigDecimal getFineUnitYuan() { return fineUnitYuan; }
    public String getPrincipalName() { return principalName; }
    public BigDecimal getFinePrincipalYuan() { return finePrincipalYuan; }
    public LocalDate getRectifyDue() { return rectifyDue; }
    public String getTransferTo() { return transferTo; }
    public String getDecisionText() { return decisionText; }
    public LocalDate getPaymentDue() { return paymentDue; }
    public LocalDate getPaidOn() { return paidOn; }
    public LocalDate getExecutedOn() { return executedOn; }
    public LocalDate getClosedOn() { return closedOn; }
}
