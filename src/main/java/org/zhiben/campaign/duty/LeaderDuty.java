package org.zhiben.campaign.duty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.common.Ids;
import org.zhiben.common.InvalidInputException;

/**
 * A leader's duty on a plan: a party or government leader of the plan's jurisdiction, paired (领导包联) with an
 * enterprise or leading its 三三查 there, owing {@code visitsRequired} checks every month or quarter from
 * {@code startDate} to {@code endDate}, in service of one of the plan's tasks. The checks themselves are 监管检查 of the
 * inspection engine ({@code campaign_duty_visit} links them).
 */
@Entity
@Table(name = "campaign_duty")
public class LeaderDuty {

    @Id
    private UUID id;
    @Column(name = "plan_id")
    private UUID planId;
    @Column(name = "task_id")
    private UUID taskId;
    @Enumerated(EnumType.STRING)
    private DutyKind kind;
    @Column(name = "leader_user_id")
    private UUID leaderUserId;
    @Column(name = "leader_name")
    private String leaderName;
    @Column(name = "leader_post")
    private String leaderPost;
    @Column(name = "enterprise_id")
    private UUID enterpriseId;
    @Column(name = "enterprise_name")
    private String enterpriseName;
    @Column(name = "region_code")
    private String regionCode;
    @Enumerated(EnumType.STRING)
    private DutyFrequency frequency;
    @Column(name = "visits_required")
    private int visitsRequired;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected LeaderDuty() {
    }

    LeaderDuty(UUID planId, UUID taskId, DutyKind kind, UUID leaderUserId, String leaderName, String leaderPost,
            UUID enterpriseId, String enterpriseName, String regionCode, DutyFrequency frequency, int visitsRequired,
            LocalDate startDate, LocalDate endDate, Instant now) {
        this.id = Ids.newId();
        this.planId = planId;
        this.taskId = taskId;
        this.kind = kind;
        this.leaderUserId = leaderUserId;
        this.leaderName = leaderName;
        this.leaderPost = leaderPost;
        this.enterpriseId = enterpriseId;
        this.enterpriseName = enterpriseName;
        this.regionCode = regionCode;
        this.frequency = frequency;
        this.visitsRequired = visitsRequired;
        this.startDate = startDate;
        this.endDate = endDate;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Ends the duty early (a leader moved on): no period after {@code day} is owed. */
    void endOn(LocalDate day, Instant now) {
        if (day == null) {
            throw new InvalidInputException("endDate", "请选择结束日期");
        }
        if (day.isBefore(startDate) || day.isAfter(endDate)) {
            throw new InvalidInputException("endDate", "结束日期须在 " + startDate + " 至 " + endDate + " 之间");
        }
        this.endDate = day;
        this.updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPlanId() {
        return planId;
    }

    public UUID getTaskId() {
        return taskId;
    }

    public DutyKind getKind() {
        return kind;
    }

    public UUID getLeaderUserId() {
        return leaderUserId;
    }

    public String getLeaderName() {
        return leaderName;
    }

    public String getLeaderPost() {
        return leaderPost;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public DutyFrequency getFrequency() {
        return frequency;
    }

    public int getVisitsRequired() {
        return visitsRequired;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public long getVersion() {
        return version;
    }
}
