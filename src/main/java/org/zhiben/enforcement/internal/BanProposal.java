package org.zhiben.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.common.ScopedRecord;
import org.zhiben.common.SectorSet;

/**
 * A proposal for the lifetime-ban register from an accident (安全生产法 第九十四条: the 主要负责人 of an enterprise
 * responsible for a 重大 or 特别重大 accident may never again head an enterprise of the trade; seed 003 adds the
 * 实际控制人). Not a ban: an official decides it through a case with the 终身行业禁入 measure.
 */
@Entity
@Table(name = "enforcement_ban_proposal")
public class BanProposal extends ScopedRecord {

    @Column(name = "enterprise_name")
    private String enterpriseName;
    @Column(name = "person_name")
    private String personName;
    @Column(name = "person_role")
    private String personRole;
    @Column(name = "accident_id")
    private UUID accidentId;
    @Column(name = "accident_grade")
    private String accidentGrade;
    private String reason;
    @Column(name = "proposed_on")
    private LocalDate proposedOn;

    protected BanProposal() {
    }

    public BanProposal(UUID enterpriseId, String regionCode, SectorSet sectors, String enterpriseName,
            String personName, String personRole, UUID accidentId, String accidentGrade, String reason,
            LocalDate proposedOn, Instant now) {
        super(enterpriseId, regionCode, sectors, now);
        this.enterpriseName = enterpriseName;
        this.personName = personName;
        this.personRole = personRole;
        this.accidentId = accidentId;
        this.accidentGrade = accidentGrade;
        this.reason = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        this.proposedOn = proposedOn;
    }

    public String getEnterpriseName() { return enterpriseName; }
    public String getPersonName() { return personName; }
    public String getPersonRole() { return personRole; }
    public UUID getAccidentId() { return accidentId; }
    public String getAccidentGrade() { return accidentGrade; }
    public String getReason() { return reason; }
    public LocalDate getProposedOn() { return proposedOn; }
}
