package org.zhiben.campaign.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.campaign.PlanLevel;
import org.zhiben.common.Ids;

/** An implementation plan of the three-year campaign, issued by a government or office of one jurisdiction. */
@Entity
@Table(name = "campaign_plan")
public class Plan {

    @Id
    private UUID id;
    @Column(name = "region_code")
    private String regionCode;
    @Enumerated(EnumType.STRING)
    private PlanLevel level;
    private String title;
    private String issuer;
    @Column(name = "doc_no")
    private String docNo;
    @Column(name = "parent_id")
    private UUID parentId;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    @OrderBy("seq")
    private List<PlanAction> actions = new ArrayList<>();

    protected Plan() {
    }

    public Plan(String regionCode, PlanLevel level, String title, String issuer, String docNo, UUID parentId,
            LocalDate startDate, LocalDate endDate, LocalDate issuedOn, Instant now) {
        this.id = Ids.newId();
        this.regionCode = regionCode;
        this.level = level;
        this.title = title;
        this.issuer = issuer;
        this.docNo = docNo;
        this.parentId = parentId;
        this.startDate = startDate;
        this.endDate = endDate;
        this.issuedOn = issuedOn;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public PlanAction addAction(String title) {
        PlanAction a = new PlanAction(actions.size() + 1, title);
        actions.add(a);
        return a;
    }

    public Optional<PlanAction> action(int seq) {
        return actions.stream().filter(a -> a.getSeq() == seq).findFirst();
    }

    public Optional<PlanAction> action(UUID actionId) {
        return actions.stream().filter(a -> a.getId().equals(actionId)).findFirst();
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public PlanLevel getLevel() {
        return level;
    }

    public String getTitle() {
        return title;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getDocNo() {
        return docNo;
    }

    public UUID getParentId() {
        return parentId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<PlanAction> getActions() {
        return actions;
    }
}
