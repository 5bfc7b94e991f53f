package org.zhiben.accident.zero;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.common.RegionCode;
import org.zhiben.common.RegionLevel;
import org.zhiben.common.ScopedRecord;
import org.zhiben.common.SectorSet;
import org.zhiben.directory.UnitType;

/**
 * A 创建单位 of a campaign, once ({@code unit_key}): a unit of the registry (its enterprise id, region and sectors) or
 * a village / community of the region tree (no enterprise; its region code). {@code cityDirect} marks a 市直单位,
 * recognised by the city sector department rather than the county.
 */
@Entity
@Table(name = "accident_zero_unit")
@AttributeOverride(name = "enterpriseId", column = @Column(name = "enterprise_id", updatable = false))
class ZeroUnit extends ScopedRecord {

    @Column(name = "campaign_id")
    private UUID campaignId;
    @Column(name = "unit_key")
    private String unitKey;
    @Column(name = "county_code")
    private String countyCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type")
    private UnitType unitType;
    private String name;
    @Column(name = "city_direct")
    private boolean cityDirect;
    private LocalDate since;

    protected ZeroUnit() {
    }

    private ZeroUnit(UUID campaignId, UUID enterpriseId, String regionCode, SectorSet sectors, Instant now) {
        super(enterpriseId, regionCode, sectors, now);
        this.campaignId = campaignId;
    }

    private ZeroUnit(UUID campaignId, String regionCode, Instant now) {
        super(regionCode, SectorSet.EMPTY, now);
        this.campaignId = campaignId;
    }

    static ZeroUnit enterprise(UUID campaignId, UUID enterpriseId, String name, UnitType type, String regionCode,
            java.util.Set<String> sectors, boolean cityDirect, LocalDate since, Instant now) {
        ZeroUnit u = new ZeroUnit(campaignId, enterpriseId, regionCode, SectorSet.of(sectors), now);
        u.fill(key(enterpriseId, null), name, type, regionCode, cityDirect, since);
        return u;
    }

    static ZeroUnit village(UUID campaignId, String villageCode, String name, LocalDate since, Instant now) {
        ZeroUnit u = new ZeroUnit(campaignId, villageCode, now);
        u.fill(key(null, villageCode), name, UnitType.VILLAGE, villageCode, false, since);
        return u;
    }

    static String key(UUID enterpriseId, String villageCode) {
        return enterpriseId != null ? enterpriseId.toString() : "R:" + villageCode;
    }

    private void fill(String key, String name, UnitType type, String regionCode, boolean cityDirect, LocalDate since) {
        this.unitKey = key;
        this.name = name;
        this.unitType = type;
        this.countyCode = countyOf(regionCode);
        this.cityDirect = cityDirect;
        this.since = since;
    }

    /** The 县(市区) a region code lies in (the code itself for a city-level unit, which then counts as 市直). */
    static String countyOf(String regionCode) {
        RegionCode c = RegionCode.of(regionCode);
        if (c.level().depth() < RegionLevel.COUNTY.depth()) {
            return c.value();
        }
        return (c.value().substring(0, RegionLevel.COUNTY.prefixLength()) + "000000");
    }

    UUID getCampaignId() { return campaignId; }
    String getUnitKey() { return unitKey; }
    String getCountyCode() { return countyCode; }
    UnitType getUnitType() { return unitType; }
    String getName() { return name; }
    boolean isCityDirect() { return cityDirect; }
    LocalDate getSince() { return since; }
}
