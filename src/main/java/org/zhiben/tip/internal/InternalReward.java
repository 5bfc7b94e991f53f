package org.zhiben.tip.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.common.Ids;
import org.zhiben.common.InvalidInputException;
import org.zhiben.tip.InternalRewardKind;

/** One line of an enterprise's internal reward ledger: a material (物质, an amount) or honorary (精神) reward. */
@Entity
@Table(name = "tip_internal_reward")
public class InternalReward {

    @Id
    private UUID id;
    @Column(name = "enterprise_id")
    private UUID enterpriseId;
    @Column(name = "tip_id")
    private UUID tipId;
    @Column(name = "tip_no")
    private String tipNo;
    @Enumerated(EnumType.STRING)
    private InternalRewardKind kind;
    @Column(name = "amount_yuan")
    private BigDecimal amountYuan;
    private String description;
    @Column(name = "granted_on")
    private LocalDate grantedOn;
    @Column(name = "granted_by_name")
    private String grantedByName;
    @Column(name = "created_at")
    private Instant createdAt;

    protected InternalReward() {
    }

    public static InternalReward grant(Tip tip, InternalRewardKind kind, BigDecimal amount, String description, LocalDate on,
            String by, Instant now) {
        if (kind == null) {
            throw new InvalidInputException("kind", "请选择奖励类型");
        }
        if (kind == InternalRewardKind.MATERIAL && (amount == null || amount.signum() <= 0
                || amount.compareTo(new BigDecimal("10000000")) > 0)) {
            throw new InvalidInputException("amountYuan", "物质奖励请填写金额(元,大于0)");
        }
        if (description == null || description.isBlank() || description.strip().length() > 500) {
            throw new InvalidInputException("description", "请填写奖励内容(不超过500字)");
        }
        if (on == null || on.isAfter(LocalDate.ofInstant(now, org.zhiben.common.Zones.CHINA))) {
            throw new InvalidInputException("grantedOn", "请填写奖励日期(不晚于今天)");
        }
        InternalReward r = new InternalReward();
        r.id = Ids.newId();
        r.enterpriseId = tip.getEnterpriseId();
        r.tipId = tip.getId();
        r.tipNo = tip.getNo();
        r.kind = kind;
        r.amountYuan = kind == InternalRewardKind.MATERIAL ? amount : null;
        r.description = description.strip();
        r.grantedOn = on;
        r.grantedByName = by;
        r.createdAt = now;
        return r;
    }

    public UUID getId() { return id; }
    public UUID getEnterpriseId() { return enterpriseId; }
    public UUID getTipId() { return tipId; }
    public String getTipNo() { return tipNo; }
    public InternalRewardKind getKind() { return kind; }
    public BigDecimal getAmountYuan() { return amountYuan; }
    public String getDescription() { return description; }
    public LocalDate getGrantedOn() { return grantedOn; }
    public String getGrantedByName() { return grantedByName; }
    public Instant getCreatedAt() { return createdAt; }
}
