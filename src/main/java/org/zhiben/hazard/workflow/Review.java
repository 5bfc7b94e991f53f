package org.zhiben.hazard.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.zhiben.common.Ids;

/** 县级领导审核: a county leader's review of one major hazard (逐企逐条), with the opinion. */
@Entity
@Table(name = "hazard_review")
public class Review {

    @Id
    private UUID id;
    @Column(name = "reviewer_id")
    private UUID reviewerId;
    @Column(name = "reviewer_name")
    private String reviewerName;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    private String opinion;

    protected Review() {
    }

    Review(Actor by, String opinion, Instant at) {
        this.id = Ids.newId();
        this.reviewerId = by.id();
        this.reviewerName = by.name();
        this.opinion = opinion;
        this.reviewedAt = at;
    }

    public String getReviewerName() {
        return reviewerName;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getOpinion() {
        return opinion;
    }
}
