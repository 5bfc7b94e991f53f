package org.zhiben.directory.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.zhiben.common.Ids;
import org.zhiben.directory.EnterpriseData;
import org.zhiben.directory.EnterpriseScale;
import org.zhiben.directory.EnterpriseStatus;
import org.zhiben.directory.StandardizationGrade;
import org.zhiben.directory.UnitType;

/** One enterprise or unit of the registry (一企一档), identified by its USCC. */
@Entity
@Table(name = "directory_enterprise")
public class Enterprise {

    @Id
    private UUID id;
    @Column(updatable = false)
    private String uscc;
    private String name;
    @Enumerated(EnumType.STRING)
    private UnitType unitType;
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "directory_enterprise_sector", joinColumns = @JoinColumn(name = "enterprise_id"))
    @Column(name = "sector_code")
    private Set<String> sectors = new TreeSet<>();
    private String industryCategory;
    private String regionCode;
    private String address;
    private String principalName;
    private String principalPhone;
    private String actualControllerName;
    private String actualControllerPhone;
    private String beneficialOwnerName;
    private String parentCompanyName;
    private String parentCompanyUscc;
    private String safetyManagerName;
    private String safetyManagerPhone;
    @Enumerated(EnumType.STRING)
    private EnterpriseScale scale;
    private boolean highRisk;
    @Enumerated(EnumType.STRING)
    private StandardizationGrade standardizationGrade;
    @Enumerated(EnumType.STRING)
    private EnterpriseStatus status;
    @Column(updatable = false)
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    protected Enterprise() {
    }

    /** A new registry entry; the data must have passed {@link EnterpriseValidator}. */
    public static Enterprise register(EnterpriseData data, Instant now) {
        Enterprise e = new Enterprise();
        e.id = Ids.newId();
        e.uscc = data.uscc();
        e.createdAt = now;
        e.apply(data, now);
        return e;
    }

    /** Changes everything but the USCC, which identifies the enterprise for life. */
    /** The grade the standardization module's announcement, revocation or expiry gives. */
    public void recordStandardizationGrade(StandardizationGrade grade, Instant now) {
        standardizationGrade = grade;
        updatedAt = now;
    }

    public void apply(EnterpriseData data, Instant now) {
        if (!uscc.equals(data.uscc())) {
            throw new IllegalArgumentException("统一社会信用代码不可修改");
        }
        name = data.name().strip();
        unitType = data.unitType();
        sectors.clear();
        sectors.addAll(data.sectors());
        industryCategory = blankToNull(data.industryCategory());
        regionCode = data.regionCode();
        address = blankToNull(data.address());
        principalName = blankToNull(data.principalName());
        principalPhone = blankToNull(data.principalPhone());
        actualControllerName = blankToNull(data.actualControllerName());
        actualControllerPhone = blankToNull(data.actualControllerPhone());
        beneficialOwnerName = blankToNull(data.beneficialOwnerName());
        parentCompanyName = blankToNull(data.parentCompanyName());
        parentCompanyUscc = blankToNull(data.parentCompanyUscc());
        safetyManagerName = blankToNull(data.safetyManagerName());
        safetyManagerPhone = blankToNull(data.safetyManagerPhone());
        scale = data.scale();
        highRisk = data.highRisk();
        standardizationGrade = data.standardizationGrade();
        status = data.status();
        updatedAt = now;
    }

    public boolean sameAs(EnterpriseData data) {
        return toData().equals(new EnterpriseData(data.uscc(), data.name().strip(), data.unitType(), data.sectors(),
                blankToNull(data.industryCategory()), data.regionCode(), blankToNull(data.address()),
                blankToNull(data.principalName()), blankToNull(data.principalPhone()),
                blankToNull(data.actualControllerName()), blankToNull(data.actualControllerPhone()),
                blankToNull(data.safetyManagerName()), blankToNull(data.safetyManagerPhone()), data.scale(),
                data.highRisk(), data.standardizationGrade(), data.status(), blankToNull(data.beneficialOwnerName()),
                blankToNull(data.parentCompanyName()), blankToNull(data.parentCompanyUscc())));
    }

    public EnterpriseData toData() {
        return new EnterpriseData(uscc, name, unitType, Set.copyOf(sectors), industryCategory, regionCode, address,
                principalName, principalPhone, actualControllerName, actualControllerPhone, safetyManagerName,
                safetyManagerPhone, scale, highRisk, standardizationGrade, status, beneficialOwnerName,
                parentCompanyName, parentCompanyUscc);
    }

    /** The audited view: every field, sectors sorted. */
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uscc", uscc);
        m.put("name", name);
        m.put("unitType", unitType);
        m.put("sectors", new TreeSet<>(sectors));
        m.put("industryCategory", industryCategory);
        m.put("regionCode", regionCode);
        m.put("address", address);
        m.put("principalName", principalName);
        m.put("principalPhone", principalPhone);
        m.put("actualControllerName", actualControllerName);
        m.put("actualControllerPhone", actualControllerPhone);
        m.put("beneficialOwnerName", beneficialOwnerName);
        m.put("parentCompanyName", parentCompanyName);
        m.put("parentCompanyUscc", parentCompanyUscc);
        m.put("safetyManagerName", safetyManagerName);
        m.put("safetyManagerPhone", safetyManagerPhone);
        m.put("scale", scale);
        m.put("highRisk", highRisk);
        m.put("standardizationGrade", standardizationGrade);
        m.put("status", status);
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID getId() { return id; }
    public String getUscc() { return uscc; }
    public String getName() { return name; }
    public UnitType getUnitType() { return unitType; }
    public Set<String> getSectors() { return sectors; }
    public String getIndustryCategory() { return industryCategory; }
    public String getRegionCode() { return regionCode; }
    public String getAddress() { return address; }
    public String getPrincipalName() { return principalName; }
    public String getPrincipalPhone() { return principalPhone; }
    public String getActualControllerName() { return actualControllerName; }
    public String getActualControllerPhone() { return actualControllerPhone; }
    public String getBeneficialOwnerName() { return beneficialOwnerName; }
    public String getParentCompanyName() { return parentCompanyName; }
    public String getParentCompanyUscc() { return parentCompanyUscc; }
    public String getSafetyManagerName() { return safetyManagerName; }
    public String getSafetyManagerPhone() { return safetyManagerPhone; }
    public EnterpriseScale getScale() { return scale; }
    public boolean isHighRisk() { return highRisk; }
    public StandardizationGrade getStandardizationGrade() { return standardizationGrade; }
    public EnterpriseStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Long getVersion() { return version; }
}
