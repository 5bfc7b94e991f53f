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

/** A line of 附表2: the 分管负责人 or 具体责任人 of a county / development zone or a lead department. */
@Entity
@Table(name = "accident_zero_contact")
class ZeroContact {

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
    private String duty;
    @Column(name = "person_name")
    private String personName;
    private String position;
    private String phone;
    @Version
    private long version;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ZeroContact() {
    }

    ZeroContact(UUID campaignId, String orgKind, String orgCode, String duty) {
        this.id = Ids.newId();
        this.campaignId = campaignId;
        this.orgKind = orgKind;
        this.orgCode = orgCode;
        this.duty = duty;
    }

    void set(String orgName, String personName, String position, String phone, Instant now) {
        this.orgName = orgName;
        this.personName = personName;
        this.position = position;
        this.phone = phone;
        this.updatedAt = now;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("org", orgKind + ":" + orgCode + " " + orgName);
        s.put("duty", duty);
        s.put("name", personName);
        s.put("position", position);
        s.put("phone", phone);
        return s;
    }

    UUID getId() { return id; }
    UUID getCampaignId() { return campaignId; }
    String getOrgKind() { return orgKind; }
    String getOrgCode() { return orgCode; }
    String getOrgName() { return orgName; }
    String getDuty() { return duty; }
    String getPersonName() { return personName; }
    String getPosition() { return position; }
    String getPhone() { return phone; }
    long getVersion() { return version; }
}
