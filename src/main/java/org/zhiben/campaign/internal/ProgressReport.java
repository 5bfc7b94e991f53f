package org.zhiben.campaign.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.zhiben.campaign.ReportClaim;
import org.zhiben.campaign.ReportReview;
import org.zhiben.common.Ids;

/** A responsible unit's monthly progress report on a task. */
@Entity
@Table(name = "campaign_report")
public class ProgressReport {

    @Id
    private UUID id;
    private String period;
    @Column(name = "reported_at")
    private Instant reportedAt;
    @Column(name = "reported_by")
    private UUID reportedBy;
    @Column(name = "reported_by_name")
    private String reportedByName;
    @Column(name = "unit_name")
    private String unitName;
    @Enumerated(EnumType.STRING)
    private ReportClaim claim;
    private int percent;
    private BigDecimal quantity;
    private String narrative;
    @Column(name = "milestone_id")
    private UUID milestoneId;
    @Enumerated(EnumType.STRING)
    private ReportReview review;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "reviewed_by_name")
    private String reviewedByName;
    @Column(name = "review_note")
    private String reviewNote;
    @ElementCollection
    @CollectionTable(name = "campaign_evidence", joinColumns = @JoinColumn(name = "report_id"))
    @OrderBy("seq")
    private List<Evidence> evidence = new ArrayList<>();

    protected ProgressReport() {
    }

    ProgressReport(String period, Instant at, UUID by, String byName, String unitName, ReportClaim claim, int percent,
            BigDecimal quantity, String narrative, UUID milestoneId, List<Evidence> evidence) {
        this.id = Ids.newId();
        this.period = period;
        this.reportedAt = at;
        this.reportedBy = by;
        this.reportedByName = byName;
        this.unitName = unitName;
        this.claim = claim;
        this.percent = percent;
        this.quantity = quantity;
        this.narrative = narrative;
        this.milestoneId = milestoneId;
        this.review = claim == ReportClaim.COMPLETED || milestoneId != null ? ReportReview.PENDING
                : ReportReview.RECORDED;
        this.evidence.addAll(evidence);
    }

    void reviewed(ReportReview review, String byName, String note, Instant at) {
        this.review = review;
        this.reviewedByName = byName;
        this.reviewNote = note;
        this.reviewedAt = at;
    }

    public boolean counts() {
        return review != ReportReview.RETURNED;
    }

    public UUID getId() {
        return id;
    }

    public String getPeriod() {
        return period;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public UUID getReportedBy() {
        return reportedBy;
    }

    public String getReportedByName() {
        return reportedByName;
    }

    public String getUnitName() {
        return unitName;
    }

    public ReportClaim getClaim() {
        return claim;
    }

    public int getPercent() {
        return percent;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getNarrative() {
        return narrative;
    }

    public UUID getMilestoneId() {
        return milestoneId;
    }

    public ReportReview getReview() {
        return review;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewedByName() {
        return reviewedByName;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public List<Evidence> getEvidence() {
        return evidence;
    }
}
