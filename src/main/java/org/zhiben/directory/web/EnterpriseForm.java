package org.zhiben.directory.web;

import org.zhiben.common.Uscc;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import org.zhiben.directory.EnterpriseData;
import org.zhiben.directory.EnterpriseScale;
import org.zhiben.directory.EnterpriseStatus;
import org.zhiben.directory.StandardizationGrade;
import org.zhiben.directory.UnitType;
import org.zhiben.directory.internal.Enterprise;

/** Form backing object for the enterprise create/edit page. */
public class EnterpriseForm {

    private @Size(max = 18, message = Uscc.TOO_LONG) String uscc;
    private @Size(max = 200) String name;
    private UnitType unitType;
    private Set<@Size(max = 64) String> sectors = new LinkedHashSet<>();
    private @Size(max = 1) String industryCategory;
    private @Size(max = 12) String regionCode;
    private @Size(max = 300) String address;
    private @Size(max = 50) String principalName;
    private @Size(max = 32) String principalPhone;
    private @Size(max = 50) String actualControllerName;
    private @Size(max = 32) String actualControllerPhone;
    private @Size(max = 50) String beneficialOwnerName;
    private @Size(max = 100) String parentCompanyName;
    private @Size(max = 18, message = Uscc.TOO_LONG) String parentCompanyUscc;
    private @Size(max = 50) String safetyManagerName;
    private @Size(max = 32) String safetyManagerPhone;
    private EnterpriseScale scale = EnterpriseScale.BELOW;
    private boolean highRisk;
    private StandardizationGrade standardizationGrade = StandardizationGrade.NONE;
    private EnterpriseStatus status = EnterpriseStatus.OPERATING;
    private long version;

    static EnterpriseForm of(Enterprise e) {
        EnterpriseForm f = new EnterpriseForm();
        EnterpriseData d = e.toData();
        f.uscc = d.uscc();
        f.name = d.name();
        f.unitType = d.unitType();
        f.sectors = new LinkedHashSet<>(d.sectors());
        f.industryCategory = d.industryCategory();
        f.regionCode = d.regionCode();
        f.address = d.address();
        f.principalName = d.principalName();
        f.principalPhone = d.principalPhone();
        f.actualControllerName = d.actualControllerName();
        f.actualControllerPhone = d.actualControllerPhone();
        f.beneficialOwnerName = d.beneficialOwnerName();
        f.parentCompanyName = d.parentCompanyName();
        f.parentCompanyUscc = d.parentCompanyUscc();
        f.safetyManagerName = d.safetyManagerName();
        f.safetyManagerPhone = d.safetyManagerPhone();
        f.scale = d.scale();
        f.highRisk = d.highRisk();
        f.standardizationGrade = d.standardizationGrade();
        f.status = d.status();
        f.version = e.getVersion();
        return f;
    }

    EnterpriseData toData() {
        return new EnterpriseData(trim(uscc), name, unitType, sectors, industryCategory, trim(regionCode), address,
                principalName, principalPhone, actualControllerName, actualControllerPhone, safetyManagerName,
                safetyManagerPhone, scale, highRisk, standardizationGrade, status, beneficialOwnerName,
                parentCompanyName, trim(parentCompanyUscc));
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    public String getUscc() { return uscc; }
    public void setUscc(String uscc) { this.uscc = uscc; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public UnitType getUnitType() { return unitType; }
    public void setUnitType(UnitType unitType) { this.unitType = unitType; }
    public Set<String> getSectors() { return sectors; }
    public void setSectors(Set<String> sectors) { this.sectors = sectors == null ? new LinkedHashSet<>() : sectors; }
    public String getIndustryCategory() { return industryCategory; }
    public void setIndustryCategory(String industryCategory) { this.industryCategory = industryCategory; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPrincipalName() { return principalName; }
    public void setPrincipalName(String principalName) { this.principalName = principalName; }
    public String getPrincipalPhone() { return principalPhone; }
    public void setPrincipalPhone(String principalPhone) { this.principalPhone = principalPhone; }
    public String getActualControllerName() { return actualControllerName; }
    public void setActualControllerName(String actualControllerName) { this.actualControllerName = actualControllerName; }
    public String getActualControllerPhone() { return actualControllerPhone; }
    public String getBeneficialOwnerName() { return beneficialOwnerName; }
    public void setBeneficialOwnerName(String beneficialOwnerName) { this.beneficialOwnerName = beneficialOwnerName; }
    public String getParentCompanyName() { return parentCompanyName; }
    public void setParentCompanyName(String parentCompanyName) { this.parentCompanyName = parentCompanyName; }
    public String getParentCompanyUscc() { return parentCompanyUscc; }
    public void setParentCompanyUscc(String parentCompanyUscc) { this.parentCompanyUscc = parentCompanyUscc; }
    public void setActualControllerPhone(String actualControllerPhone) { this.actualControllerPhone = actualControllerPhone; }
    public String getSafetyManagerName() { return safetyManagerName; }
    public void setSafetyManagerName(String safetyManagerName) { this.safetyManagerName = safetyManagerName; }
    public String getSafetyManagerPhone() { return safetyManagerPhone; }
    public void setSafetyManagerPhone(String safetyManagerPhone) { this.safetyManagerPhone = safetyManagerPhone; }
    public EnterpriseScale getScale() { return scale; }
    public void setScale(EnterpriseScale scale) { this.scale = scale; }
    public boolean isHighRisk() { return highRisk; }
    public void setHighRisk(boolean highRisk) { this.highRisk = highRisk; }
    public StandardizationGrade getStandardizationGrade() { return standardizationGrade; }
    public void setStandardizationGrade(StandardizationGrade standardizationGrade) { this.standardizationGrade = standardizationGrade; }
    public EnterpriseStatus getStatus() { return status; }
    public void setStatus(EnterpriseStatus status) { this.status = status; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
