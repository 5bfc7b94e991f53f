package org.zhiben.standardization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;
import org.zhiben.common.SectorSet;
import org.zhiben.directory.StandardizationGrade;
import org.zhiben.standardization.GradingState;

/**
 * One grading of one enterprise at one level, a state machine: 自评 (scores per element, the total at least the
 * level's pass mark: 一级 90, 二级 80, 三级 70) → 申请 → 受理 → 评审 (by an expert of the pool, the review score at
 * least the pass mark, else 未通过) → 审核 → 公告 with a certificate valid three years (to the day before the third
 * anniversary) → 撤销 or 过期. A major hazard or an accident while the certificate is valid flags it for review.
 */
@Entity
@Table(name = "standardization_grading")
public class Grading extends ScopedRecord {

    /** The validity of a certificate (定级办法: 3 years). */
    public static final Period VALIDITY = Period.ofYears(3);

    private String enterpriseName;
    @Enumerated(EnumType.STRING)
    private StandardizationGrade level;
    @Enumerated(EnumType.STRING)
    private GradingState state;
    private String selfScores;
    private int selfScore;
    private Instant appliedAt;
    private Instant acceptedAt;
    private UUID reviewAssignmentId;
    private Integer reviewScore;
    private String reviewOpinion;
    private Instant reviewedAt;
    private Instant approvedAt;
    private Instant announcedAt;
    private String certificateNo;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private String closedReason;
    private Instant closedAt;
    private boolean reviewFlagged;
    private String flagReason;

    protected Grading() {
    }

    public record Enterprise(UUID id, String name, String regionCode, SectorSet sectors) {
    }

    /** The pass mark of a level. */
    public static int passMark(StandardizationGrade level) {
        return switch (level) {
            case GRADE_1 -> 90;
            case GRADE_2 -> 80;
            case GRADE_3 -> 70;
            case NONE -> throw new InvalidInputException("level", "请选择申请的等级(一级、二级或三级)");
        };
    }

    /**
     * The self-assessment: {@code scores} by element code, each within 0..the element's maximum ({@code max}); every
     * element scored.
     */
    public static Grading selfAssess(Enterprise e, StandardizationGrade level, Map<String, Integer> scores,
            Map<String, Integer> max, Instant now) {
        if (level == null) {
            throw new InvalidInputException("level", "请选择申请的等级(一级、二级或三级)");
        }
        passMark(level);
        if (scores == null || !scores.keySet().equals(max.keySet())) {
            throw new InvalidInputException("scores", "请为每个要素打分");
        }
        int total = 0;
        for (Map.Entry<String, Integer> s : scores.entrySet()) {
            Integer v = s.getValue();
            if (v == null || v < 0 || v > max.get(s.getKey())) {
                throw new InvalidInputException("scores." + s.getKey(), "得分应在0至" + max.get(s.getKey()) + "之间");
            }
            total += v;
        }
        Grading g = new Grading(e, now);
        g.enterpriseName = e.name();
        g.level = level;
        g.state = GradingState.SELF_ASSESSED;
        g.selfScores = new java.util.TreeMap<>(scores).entrySet().stream().map(x -> x.getKey() + "=" + x.getValue())
                .collect(Collectors.joining("\n"));
        g.selfScore = total;
        return g;
    }

    /**
     * A certificate issued before the platform (entered from the paper record): certified from {@code validFrom},
     * which lies in the last three years and not in the future.
     */
    public static Grading registerIssued(Enterprise e, StandardizationGrade level, String certificateNo,
            LocalDate validFrom, LocalDate today, Instant now) {
        if (level == null || level == StandardizationGrade.NONE) {
            throw new InvalidInputException("level", "请选择证书等级(一级、二级或三级)");
        }
        String no = certificateNo == null ? "" : certificateNo.strip();
        if (no.isEmpty() || no.length() > 40) {
            throw new InvalidInputException("certificateNo", "请填写证书编号(不超过40字)");
        }
        if (validFrom == null || validFrom.isAfter(today)) {
            throw new InvalidInputException("validFrom", "请填写发证日期(不晚于今天)");
        }
        if (validFrom.plus(VALIDITY).minusDays(1).isBefore(today)) {
            throw new InvalidInputException("validFrom", "该证书已过有效期,无需登记");
        }
        Grading g = new Grading(e, now);
        g.enterpriseName = e.name();
        g.level = level;
        g.state = GradingState.CERTIFIED;
        g.selfScores = "";
        g.certificateNo = no;
        g.validFrom = validFrom;
        g.validUntil = validFrom.plus(VALIDITY).minusDays(1);
        g.announcedAt = now;
        return g;
    }

    private Grading(Enterprise e, Instant now) {
        super(e.id(), e.regionCode(), e.sectors(), now);
    }

    public void apply(Instant now) {
        require(GradingState.SELF_ASSESSED, "申请");
        if (selfScore < passMark(level)) {
            throw new InvalidInputException("level", "自评得分" + selfScore + "分,未达到" + level.label() + "的"
                    + passMark(level) + "分,不能申请");
        }
        state = GradingState.APPLIED;
        appliedAt = now;
    }

    public void accept(Instant now) {
        require(GradingState.APPLIED, "受理");
        state = GradingState.ACCEPTED;
        acceptedAt = now;
    }

    /** The review expert's assignment (drawn from the pool); again only once the previous one was withdrawn. */
    public void reviewerAssigned(UUID assignmentId, boolean previousWithdrawn) {
        require(GradingState.ACCEPTED, "安排评审");
        if (reviewAssignmentId != null && !previousWithdrawn) {
            throw new InvalidInputException("state", "已安排评审专家");
        }
        reviewAssignmentId = assignmentId;
    }

    /** The review's score and opinion (once the expert reported): below the pass mark the grading fails. */
    public void review(Integer score, String opinion, boolean expertReported, Instant now) {
        require(GradingState.ACCEPTED, "录入评审结果");
        if (reviewAssignmentId == null) {
            throw new InvalidInputException("state", "请先抽取评审专家");
        }
        if (!expertReported) {
            throw new InvalidInputException("state", "评审专家尚未提交报告");
        }
        if (score == null || score < 0 || score > 100) {
            throw new InvalidInputException("score", "评审得分应在0至100之间");
        }
        String text = opinion == null ? "" : opinion.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new InvalidInputException("opinion", "请填写评审意见(不超过2000字)");
        }
        reviewScore = score;
        reviewOpinion = text;
        reviewedAt = now;
        if (score < passMark(level)) {
            close(GradingState.REJECTED, "评审得分" + score + "分,未达到" + level.label() + "的" + passMark(level) + "分", now);
        } else {
            state = GradingState.REVIEWED;
        }
    }

    public void approve(Instant now) {
        require(GradingState.REVIEWED, "审核");
        state = GradingState.APPROVED;
        approvedAt = now;
    }

    /** 公告 and certificate: valid from {@code today} for three years (the last day the day before the anniversary). */
    public void announce(LocalDate today, Instant now) {
        require(GradingState.APPROVED, "公告");
        state = GradingState.CERTIFIED;
        announcedAt = now;
        validFrom = today;
        validUntil = today.plus(VALIDITY).minusDays(1);
        certificateNo = "AQBZH" + level.name().charAt(6) + "-" + today.getYear() + "-"
                + getId().toString().substring(0, 8).toUpperCase();
    }

    public void reject(String reason, Instant now) {
        if (state != GradingState.APPLIED && state != GradingState.ACCEPTED && state != GradingState.REVIEWED) {
            throw new InvalidInputException("state", "当前状态(" + state.label() + ")不能作出不通过决定");
        }
        close(GradingState.REJECTED, reason(reason), now);
    }

    public void revoke(String reason, Instant now) {
        require(GradingState.CERTIFIED, "撤销");
        close(GradingState.REVOKED, reason(reason), now);
    }

    /** A certificate past its last day expires (a system change). */
    public boolean expireIfDue(LocalDate today, Instant now) {
        if (state == GradingState.CERTIFIED && today.isAfter(validUntil)) {
            close(GradingState.EXPIRED, "证书有效期满(" + validUntil + ")", now);
            return true;
        }
        return false;
    }

    /** Flags a valid certificate for review when {@code day} (a major hazard found, an accident) lies in its validity. */
    public boolean flagIfValidOn(LocalDate day, String why) {
        if (state != GradingState.CERTIFIED || day == null || day.isBefore(validFrom) || day.isAfter(validUntil)) {
            return false;
        }
        reviewFlagged = true;
        String line = day + " " + why;
        flagReason = flagReason == null ? line : (flagReason + "\n" + line);
        if (flagReason.length() > 2000) {
            flagReason = flagReason.substring(flagReason.length() - 2000);
        }
        return true;
    }

    public void clearFlag(String note) {
        if (!reviewFlagged) {
            throw new InvalidInputException("state", "该等级未被标记复核");
        }
        String text = reason(note);
        reviewFlagged = false;
        flagReason = (flagReason == null ? "" : flagReason + "\n") + "复核:" + text;
    }

    /** Whether re-grading is due on {@code today}: certified and within {@code notice} of the last day. */
    public boolean regradingDue(LocalDate today, Period notice) {
        return state == GradingState.CERTIFIED && !today.isBefore(validUntil.minus(notice));
    }

    private static String reason(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > 1000) {
            throw new InvalidInputException("reason", "请填写原因(不超过1000字)");
        }
        return text;
    }

    private void close(GradingState to, String reason, Instant now) {
        state = to;
        closedReason = reason;
        closedAt = now;
    }

    private void require(GradingState from, String what) {
        if (state != from) {
            throw new InvalidInputException("state", "当前状态(" + state.label() + ")不能" + what);
        }
    }

    public Map<String, Integer> scores() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String line : selfScores.isEmpty() ? new String[0] : selfScores.split("\n")) {
            String[] p = line.split("=");
            m.put(p[0], Integer.valueOf(p[1]));
        }
        return m;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enterprise", enterpriseName);
        m.put("level", level);
        m.put("state", state);
        m.put("selfScore", selfScore);
        m.put("reviewAssignmentId", reviewAssignmentId);
        m.put("reviewScore", reviewScore);
        m.put("certificateNo", certificateNo);
        m.put("validFrom", String.valueOf(validFrom));
        m.put("validUntil", String.valueOf(validUntil));
        m.put("closedReason", closedReason);
        m.put("reviewFlagged", reviewFlagged);
        return m;
    }

    public String getEnterpriseName() { return enterpriseName; }
    public StandardizationGrade getLevel() { return level; }
    public GradingState getState() { return state; }
    public int getSelfScore() { return selfScore; }
    public Instant getAppliedAt() { return appliedAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public UUID getReviewAssignmentId() { return reviewAssignmentId; }
    public Integer getReviewScore() { return reviewScore; }
    public String getReviewOpinion() { return reviewOpinion; }
    public Instant getReviewedAt() { return reviewedAt; }
    public Instant getApprovedAt() { return approvedAt; }
    public Instant getAnnouncedAt() { return announcedAt; }
    public String getCertificateNo() { return certificateNo; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidUntil() { return validUntil; }
    public String getClosedReason() { return closedReason; }
    public Instant getClosedAt() { return closedAt; }
    public boolean isReviewFlagged() { return reviewFlagged; }
    public String getFlagReason() { return flagReason; }
}
