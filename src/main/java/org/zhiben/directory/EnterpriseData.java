package org.zhiben.directory;

import java.util.Set;

/**
 * The editable facts of an enterprise, as entered on the form, the API or an import row. Liability is traced to the
 * principal, the actual controller, the beneficial owner (实际受益人) and the parent company (上级公司, seed 000).
 */
public record EnterpriseData(String uscc, String name, UnitType unitType, Set<String> sectors,
        String industryCategory, String regionCode, String address, String principalName, String principalPhone,
        String actualControllerName, String actualControllerPhone, String safetyManagerName,
        String safetyManagerPhone, EnterpriseScale scale, boolean highRisk, StandardizationGrade standardizationGrade,
        EnterpriseStatus status, String beneficialOwnerName, String parentCompanyName, String parentCompanyUscc) {

    /** Without beneficial owner and parent company. */
    public EnterpriseData(String uscc, String name, UnitType unitType, Set<String> sectors, String industryCategory,
            String regionCode, String address, String principalName, String principalPhone,
            String actualControllerName, String actualControllerPhone, String safetyManagerName,
            String safetyManagerPhone, EnterpriseScale scale, boolean highRisk,
            StandardizationGrade standardizationGrade, EnterpriseStatus status) {
        this(uscc, name, unitType, sectors, industryCategory, regionCode, address, principalName, principalPhone,
                actualControllerName, actualControllerPhone, safetyManagerName, safetyManagerPhone, scale, highRisk,
                standardizationGrade, status, null, null, null);
    }

    public EnterpriseData {
        if (sectors != null && sectors.stream().anyMatch(java.util.Objects::isNull)) {
            throw new org.zhiben.common.InvalidInputException("sectors", "行业领域代码不能为空");
        }
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
    }

    public EnterpriseData withOwnership(String beneficialOwner, String parentName, String parentUscc) {
        return new EnterpriseData(uscc, name, unitType, sectors, industryCategory, regionCode, address, principalName,
                principalPhone, actualControllerName, actualControllerPhone, safetyManagerName, safetyManagerPhone,
                scale, highRisk, standardizationGrade, status, beneficialOwner, parentName, parentUscc);
    }

    public EnterpriseData withStatus(EnterpriseStatus newStatus) {
        return new EnterpriseData(uscc, name, unitType, sectors, industryCategory, regionCode, address, principalName,
                principalPhone, actualControllerName, actualControllerPhone, safetyManagerName, safetyManagerPhone,
                scale, highRisk, standardizationGrade, newStatus, beneficialOwnerName, parentCompanyName,
                parentCompanyUscc);
    }
}
