package org.zhiben.directory;

import java.util.Set;

/** The editable facts of an enterprise, as entered on the form, the API or an import row. */
public record EnterpriseData(String uscc, String name, UnitType unitType, Set<String> sectors,
        String industryCategory, String regionCode, String address, String principalName, String principalPhone,
        String actualControllerName, String actualControllerPhone, String safetyManagerName,
        String safetyManagerPhone, EnterpriseScale scale, boolean highRisk, StandardizationGrade standardizationGrade,
        EnterpriseStatus status) {

    public EnterpriseData {
        if (sectors != null && sectors.stream().anyMatch(java.util.Objects::isNull)) {
            throw new org.zhiben.common.InvalidInputException("sectors", "行业领域代码不能为空");
        }
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
    }

    public EnterpriseData withStatus(EnterpriseStatus newStatus) {
        return new EnterpriseData(uscc, name, unitType, sectors, industryCategory, regionCode, address, principalName,
                principalPhone, actualControllerName, actualControllerPhone, safetyManagerName, safetyManagerPhone,
                scale, highRisk, standardizationGrade, newStatus);
    }
}
