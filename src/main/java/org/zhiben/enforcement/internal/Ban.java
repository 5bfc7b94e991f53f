package org.zhiben.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.common.ScopedRecord;

/** An entry of the lifetime-ban register (终身不得担任本行业生产经营单位的主要负责人), written by a decided case. */
@Entity
@Table(name = "enforcement_ban")
public class Ban extends ScopedRecord {

    @Column(name = "enterprise_name")
    private String enterpriseName;
    @Column(name = "person_name")
    private String personName;
    @Column(name = "person_role")
    private String personRole;
    @Column(name = "case_id")
    private UUID caseId;
    private String reason;
    @Column(name = "banned_on")
    private LocalDate bannedOn;

    protected Ban() {
    }

    public Ban(EnforcementCase c, Instant now) {
        super(c.getEnterpriseId(), c.getRegionCode(), c.getSectors(), now);
        this.enterpriseName = c.getEnterpriseName();
        this.personName = c.getPrincipalName();
        this.personRole = "主要负责人";
        this.caseId = c.getId();
        this.reason = c.getTitle();
        this.bannedOn = c.getDecidedOn();
    }

    public String getEnterpriseName() { return enterpriseName; }
    public String getPersonName() { return personName; }
    public String getPersonRole() { return personRole; }
    public UUID getCaseId() { return caseId; }
    public String getReason() { return reason; }
    public LocalDate getBannedOn() { return bannedOn; }
}
