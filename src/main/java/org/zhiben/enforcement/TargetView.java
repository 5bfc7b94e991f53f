package org.zhiben.enforcement;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * An entry of the 检查对象名录库: the enterprise, its supervision category (derived from the registry: 重点 for
 * high-risk units, 一般 otherwise, 激励 for 标准化一级 and 二级, whose inspections are reduced), its 标准化 grade, the
 * high-risk flag and the day it was last inspected by enforcement.
 */
public record TargetView(UUID id, String uscc, String name, String regionCode, Set<String> sectors,
        SupervisionCategory category, String gradeLabel, boolean highRisk, String statusLabel, LocalDate lastInspected) {
}
