package org.zhiben.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;
import org.zhiben.training.CertificateTerms;

/** A certificate a person holds: number, issuer, issue, expiry and last review; the reminder marker. */
@Entity
@Table(name = "training_certificate")
public class Certificate extends ScopedRecord {

    @Column(name = "person_id")
    private UUID personId;
    @Column(name = "type_code")
    private String typeCode;
    private String number;
    private String issuer;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;
    @Column(name = "reminded_due")
    private LocalDate remindedDue;
    @Column(name = "reminded_step")
    private Integer remindedStep;

    protected Certificate() {
    }

    public Certificate(Person p, CertificateType type, String number, String issuer, LocalDate issuedOn,
            LocalDate validUntil, LocalDate reviewedOn, LocalDate today, Instant now) {
        super(p.getEnterpriseId(), p.getRegionCode(), p.getSectors(), now);
        this.personId = p.getId();
        this.typeCode = type.getCode();
        set(type, number, issuer, issuedOn, validUntil, reviewedOn, today);
    }

    public void set(CertificateType type, String number, String issuer, LocalDate issuedOn, LocalDate validUntil,
            LocalDate reviewedOn, LocalDate today) {
        List<FieldViolation> errors = new ArrayList<>();
        if (number == null || number.isBlank() || number.strip().length() > 50) {
            errors.add(new FieldViolation("number", "请填写证书编号(不超过50字)"));
        }
        if (issuer == null || issuer.isBlank() || issuer.strip().length() > 100) {
            errors.add(new FieldViolation("issuer", "请填写发证机关(不超过100字)"));
        }
        if (issuedOn == null || issuedOn.isAfter(today)) {
            errors.add(new FieldViolation("issuedOn", "请填写发证日期(不能晚于今天)"));
        }
        LocalDate until = validUntil;
        if (until == null && issuedOn != null) {
            until = CertificateTerms.defaultValidUntil(issuedOn, type.getValidityYears());
        }
        if (until != null && issuedOn != null && !until.isAfter(issuedOn)) {
            errors.add(new FieldViolation("validUntil", "有效期至不能早于发证日期"));
        } else if (until != null && issuedOn != null && type.getValidityYears() > 0) {
            // a term no longer than the type's from the issue or the last review (换证): else it would never expire
            LocalDate from = reviewedOn != null && reviewedOn.isAfter(issuedOn) ? reviewedOn : issuedOn;
            if (until.isAfter(CertificateTerms.defaultValidUntil(from, type.getValidityYears()))) {
                errors.add(new FieldViolation("validUntil", "有效期至不能超过发证或复审后" + type.getValidityYears()
                        + "年"));
            }
        }
        if (reviewedOn != null && (issuedOn != null && reviewedOn.isBefore(issuedOn) || reviewedOn.isAfter(today))) {
            errors.add(new FieldViolation("reviewedOn", "复审日期应在发证日期之后、不晚于今天"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.number = number.strip();
        this.issuer = issuer.strip();
        this.issuedOn = issuedOn;
        this.validUntil = until;
        this.reviewedOn = reviewedOn;
    }

    public CertificateTerms terms(CertificateType type) {
        return new CertificateTerms(issuedOn, validUntil, reviewedOn, type.getReviewYears());
    }

    public void reminded(LocalDate due, int step) {
        this.remindedDue = due;
        this.remindedStep = step;
    }

    public UUID getPersonId() { return personId; }
    public String getTypeCode() { return typeCode; }
    public String getNumber() { return number; }
    public String getIssuer() { return issuer; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public LocalDate getReviewedOn() { return reviewedOn; }
    public LocalDate getRemindedDue() { return remindedDue; }
    public Integer getRemindedStep() { return remindedStep; }
}
