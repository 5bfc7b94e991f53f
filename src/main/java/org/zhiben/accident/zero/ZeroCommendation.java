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

/** A unit 已认定 in a year that the city office names in the year's 通报表扬 list, with the reason. */
@Entity
@Table(name = "accident_zero_commendation")
class ZeroCommendation {

    @Id
    private UUID id;
    @Column(name = "campaign_id")
    private UUID campaignId;
    @Column(name = "commend_year")
    private int year;
    @Column(name = "unit_year_id")
    private UUID unitYearId;
    @Column(name = "unit_id")
    private UUID unitId;
    @Column(name = "commend_reason")
    private String reason;
    @Column(name = "decided_by")
    private UUID decidedBy;
    @Column(name = "decided_by_name")
    private String decidedByName;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ZeroCommendation() {
    }

    ZeroCommendation(UUID campaignId, int year, UUID unitYearId, UUID unitId, String reason, UUID by, String byName,
            Instant now) {
        this.id = Ids.newId();
        this.campaignId = campaignId;
        this.year = year;
        this.unitYearId = unitYearId;
        this.unitId = unitId;
        this.reason = reason;
        this.decidedBy = by;
        this.decidedByName = byName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("campaignId", campaignId.toString());
        s.put("year", year);
        s.put("unitYearId", unitYearId.toString());
        s.put("reason", reason);
        return s;
    }

    UUID getId() { return id; }
    UUID getCampaignId() { return campaignId; }
    int getYear() { return year; }
    UUID getUnitYearId() { return unitYearId; }
    long getVersion() { return version; }
}
