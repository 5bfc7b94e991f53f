package org.zhiben.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.zhiben.training.CertificateCategory;

/** A certificate type as data (administrators add rows to training_certificate_type). */
@Entity
@Table(name = "training_certificate_type")
public class CertificateType {

    @Id
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private CertificateCategory category;
    @Column(name = "validity_years")
    private int validityYears;
    @Column(name = "review_years")
    private int reviewYears;
    @Column(name = "sort_order")
    private int sortOrder;

    protected CertificateType() {
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public CertificateCategory getCategory() { return category; }
    public int getValidityYears() { return validityYears; }
    public int getReviewYears() { return reviewYears; }
    public int getSortOrder() { return sortOrder; }
}
