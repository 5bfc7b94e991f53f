package org.zhiben.accident.followup;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;
import org.zhiben.common.SectorSet;

/**
 * A 黑名单 (安全生产不良记录) entry proposed for an accident (seed 004 §(八)): the platform proposes it by
 * {@link BlacklistRule}; an official confirms it with the 联合惩戒 measures and an end date after today, or declines
 * it with a reason. Decided entries are final.
 */
@Entity
@Table(name = "accident_blacklist")
@AttributeOverride(name = "enterpriseId", column = @Column(name = "enterprise_id", updatable = false))
class BlacklistEntry extends ScopedRecord {

    static final int MAX_JOINT = 1000;
    static final int MAX_REASON = 2000;

    @Column(name = "accident_id", updatable = false)
    private UUID accidentId;
    @Column(name = "unit_name")
    private String unitName;
    private String basis;
    @Enumerated(EnumType.STRING)
    private BlacklistState state;
    @Column(name = "joint_punishment")
    private String jointPunishment;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "lifetime_ban")
    private boolean lifetimeBan;

    protected BlacklistEntry() {
    }

    private BlacklistEntry(UUID enterpriseId, String regionCode, SectorSet sectors, Instant now) {
        super(enterpriseId, regionCode, sectors, now);
    }

    private BlacklistEntry(String regionCode, SectorSet sectors, Instant now) {
        super(regionCode, sectors, now);
    }

    static BlacklistEntry propose(UUID accidentId, UUID enterpriseId, String regionCode, SectorSet sectors,
            String unitName, String basis, boolean lifetimeBan, Instant now) {
        BlacklistEntry e = enterpriseId == null ? new BlacklistEntry(regionCode, sectors, now)
                : new BlacklistEntry(enterpriseId, regionCode, sectors, now);
        e.accidentId = accidentId;
        e.unitName = unitName;
        e.basis = basis.length() > 500 ? basis.substring(0, 500) : basis;
        e.state = BlacklistState.PROPOSED;
        e.lifetimeBan = lifetimeBan;
        return e;
    }

    void confirm(String jointPunishment, LocalDate endsOn, String reason, LocalDate today, String by, Instant now) {
        requireProposed();
        List<FieldViolation> v = new ArrayList<>();
        if (jointPunishment == null || jointPunishment.isBlank()) {
            v.add(new FieldViolation("jointPunishment", "请写明联合惩戒措施"));
        } else if (jointPunishment.strip().length() > MAX_JOINT) {
            v.add(new FieldViolation("jointPunishment", "联合惩戒措施不能超过" + MAX_JOINT + "字"));
        }
        if (endsOn == null) {
            v.add(new FieldViolation("endsOn", "请填写黑名单管理期限的截止日期"));
        } else if (!endsOn.isAfter(today)) {
            v.add(new FieldViolation("endsOn", "截止日期应晚于今天"));
        }
        if (reason != null && reason.strip().length() > MAX_REASON) {
            v.add(new FieldViolation("reason", "说明不能超过" + MAX_REASON + "字"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        this.jointPunishment = jointPunishment.strip();
        this.startsOn = today;
        this.endsOn = endsOn;
        this.decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
        decided(BlacklistState.CONFIRMED, by, now);
    }

    void decline(String reason, String by, Instant now) {
        requireProposed();
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "请说明不予列入的理由");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new InvalidInputException("reason", "理由不能超过" + MAX_REASON + "字");
        }
        this.decisionReason = reason.strip();
        decided(BlacklistState.DECLINED, by, now);
    }

    private void requireProposed() {
        if (state != BlacklistState.PROPOSED) {
            throw new InvalidInputException("state", "该黑名单提议已" + state.label());
        }
    }

    private void decided(BlacklistState to, String by, Instant now) {
        this.state = to;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    /** In force on {@code day}: confirmed, from its start up to and including its end date. */
    public boolean inForce(LocalDate day) {
        return state == BlacklistState.CONFIRMED && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public UUID getAccidentId() { return accidentId; }
    public String getUnitName() { return unitName; }
    public String getBasis() { return basis; }
    public BlacklistState getState() { return state; }
    public String getJointPunishment() { return jointPunishment; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public String getDecisionReason() { return decisionReason; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public boolean isLifetimeBan() { return lifetimeBan; }
}
