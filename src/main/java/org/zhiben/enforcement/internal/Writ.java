package org.zhiben.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.common.ScopedRecord;
import org.zhiben.enforcement.WritKind;

/** An issued 执法文书: its kind, its number (per office, year and kind, without gaps) and the record it is filled from. */
@Entity
@Table(name = "enforcement_document")
public class Writ extends ScopedRecord {

    @Enumerated(EnumType.STRING)
    private WritKind kind;
    @Column(name = "office_code")
    private String officeCode;
    @Column(name = "doc_year")
    private int year;
    private int seq;
    @Column(name = "doc_number")
    private String number;
    @Column(name = "inspection_id")
    private UUID inspectionId;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "source_id")
    private UUID sourceId;
    @Column(name = "issued_by_name")
    private String issuedByName;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    /** 整改复查意见书 only: the re-check result of each ordered item when issued (JSON, see {@code Writs}). */
    @Column(name = "recheck_result")
    private String recheckResult;

    protected Writ() {
    }

    public Writ(WritKind kind, UUID enterpriseId, String regionCode, org.zhiben.common.SectorSet sectors,
            String officeCode, int year, int seq, String number, UUID inspectionId, UUID caseId, String issuedBy,
            LocalDate issuedOn, Instant now) {
        super(enterpriseId, regionCode, sectors, now);
        this.kind = kind;
        this.officeCode = officeCode;
        this.year = year;
        this.seq = seq;
        this.number = number;
        this.inspectionId = inspectionId;
        this.caseId = caseId;
        this.sourceId = caseId != null ? caseId : inspectionId;
        this.issuedByName = issuedBy;
        this.issuedOn = issuedOn;
    }

    public WritKind getKind() { return kind; }
    public String getOfficeCode() { return officeCode; }
    public int getYear() { return year; }
    public int getSeq() { return seq; }
    public String getNumber() { return number; }
    public UUID getInspectionId() { return inspectionId; }
    public UUID getCaseId() { return caseId; }
    public UUID getSourceId() { return sourceId; }
    public String getIssuedByName() { return issuedByName; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public String getRecheckResult() { return recheckResult; }

    /** Records, before the document is first saved, what the re-check found (a 整改复查意见书 only). */
    public void recordRecheck(String result) {
        if (kind != WritKind.RECHECK_OPINION || recheckResult != null) {
            throw new IllegalStateException("复查结果只在制作整改复查意见书时记录一次");
        }
        this.recheckResult = result;
    }
}
