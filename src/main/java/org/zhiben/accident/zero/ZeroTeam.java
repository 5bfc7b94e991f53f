package org.zhiben.accident.zero;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.zhiben.common.Ids;

/**
 * A 创建工作专班 of a campaign: of a county / development zone (org kind REGION, its region code) or of a lead
 * department (DEPARTMENT, the department's id; region the campaign's). The organisations of 附表2.
 */
@Entity
@Table(name = "accident_zero_team")
class ZeroTeam {

    @Id
    private UUID id;
    @Column(name = "campaign_id")
    private UUID campaignId;
    @Column(name = "org_kind")
    private String orgKind;
    @Column(name = "org_code")
    private String orgCode;
    @Column(name = "org_name")
    private String orgName;
    @Column(name = "region_code")
    private String regionCode;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ZeroTeam() {
    }

    ZeroTeam(UUID campaignId, ZeroReports.OrgKind kind, String orgCode, String orgName, String regionCode,
            Instant now) {
        this.id = Ids.newId();
        this.campaignId = campaignId;
        this.orgKind = kind.name();
        this.orgCode = orgCode;
        this.orgName = orgName;
        this.regionCode = regionCode;
        this.createdAt = now;
        this.updatedAt = now;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("campaignId", campaignId.toString());
        s.put("org", orgKind + ":" + orgCode);
        s.put("name", orgName);
        return s;
    }

    UUID getId() { return id; }
    UUID getCampaignId() { return campaignId; }
    ZeroReports.OrgKind getOrgKind() { return ZeroReports.OrgKind.valueOf(orgKind); }
    String getOrgCode() { return orgCode; }
    String getOrgName() { return orgName; }
    String getRegionCode() { return regionCode; }
    long getVersion() { return version; }
}
