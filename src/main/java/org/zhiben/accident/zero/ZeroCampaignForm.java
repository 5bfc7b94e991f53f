package org.zhiben.accident.zero;

import jakarta.validation.constraints.Size;

/** The page form of a new campaign: years and dates as typed, the targets per group as a list of percents, one per year. */
public class ZeroCampaignForm {

    private @Size(max = 64) String idempotencyKey;
    private @Size(max = 12) String regionCode;
    private @Size(max = 200) String issuer;
    private @Size(max = 200) String title;
    private @Size(max = 100) String documentNo;
    private @Size(max = 10) String baseDate;
    private @Size(max = 24) String definition = "NO_SAFETY_ACCIDENT";
    private @Size(max = 4) String firstYear;
    private @Size(max = 4) String lastYear;
    private @Size(max = 200) String villageTargets;
    private @Size(max = 200) String unitTargets;

    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDocumentNo() { return documentNo; }
    public void setDocumentNo(String documentNo) { this.documentNo = documentNo; }
    public String getBaseDate() { return baseDate; }
    public void setBaseDate(String baseDate) { this.baseDate = baseDate; }
    public String getDefinition() { return definition; }
    public void setDefinition(String definition) { this.definition = definition; }
    public String getFirstYear() { return firstYear; }
    public void setFirstYear(String firstYear) { this.firstYear = firstYear; }
    public String getLastYear() { return lastYear; }
    public void setLastYear(String lastYear) { this.lastYear = lastYear; }
    public String getVillageTargets() { return villageTargets; }
    public void setVillageTargets(String villageTargets) { this.villageTargets = villageTargets; }
    public String getUnitTargets() { return unitTargets; }
    public void setUnitTargets(String unitTargets) { this.unitTargets = unitTargets; }
}
