package org.zhiben.directory;

import java.util.Set;
import java.util.UUID;

/**
 * The registry facts a supervisor plans inspections from (enforcement's 检查对象名录库): placement, high-risk flag,
 * 安全生产标准化 grade, operating status and the persons liability is traced to.
 */
public record EnterpriseFacts(UUID id, String uscc, String name, UnitType unitType, Set<String> sectors,
        String regionCode, boolean highRisk, StandardizationGrade standardizationGrade, EnterpriseStatus status,
        String principalName, String actualControllerName) {
}
