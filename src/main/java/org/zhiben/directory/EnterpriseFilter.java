package org.zhiben.directory;

/** List filters: region code (within scope), sector code, unit type, high-risk flag, status, free text. */
public record EnterpriseFilter(String region, String sector, UnitType unitType, Boolean highRisk,
        EnterpriseStatus status, String q) {

    public static EnterpriseFilter none() {
        return new EnterpriseFilter(null, null, null, null, null, null);
    }
}
