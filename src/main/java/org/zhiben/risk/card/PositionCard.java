package org.zhiben.risk.card;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.zhiben.risk.AccidentType;
import org.zhiben.risk.MeasureCategory;
import org.zhiben.risk.RiskLevel;

/**
 * Everything the 两单两卡 and the 岗位风险告知卡 of one position show: the position's own texts, and the risks of its
 * analysis units as the inventory has them now (events, hazard factor, accident types, current level, measures).
 */
public record PositionCard(UUID enterpriseId, String enterpriseName, UUID positionId, String name, long version,
        List<String> duties, List<String> operatingSteps, List<String> emergencySteps, RiskLevel level,
        List<String> unitNames, List<Risk> risks, Set<AccidentType> accidentTypes, List<String> emergencyMeasures,
        List<Phone> phones) {

    /** One risk event of a linked unit. */
    public record Risk(String objectName, String unitName, String event, String hazardFactorCode, String hazardFactorCategory,
            Set<AccidentType> accidentTypes, RiskLevel level, Map<MeasureCategory, List<String>> measures) {

        public List<String> measuresOf(MeasureCategory category) {
            return measures.getOrDefault(category, List.of());
        }

        /** Engineering, maintenance and operation measures: what the operator keeps in place. */
        public List<String> preventive() {
            return java.util.stream.Stream.of(MeasureCategory.ENGINEERING, MeasureCategory.MAINTENANCE,
                    MeasureCategory.OPERATION).flatMap(c -> measuresOf(c).stream()).toList();
        }
    }

    /** An emergency number: the enterprise's principal and safety manager, then 119 and 120. */
    public record Phone(String role, String name, String number) {
    }

    /** Risks at 较大 or above: the key risks of the operation card. */
    public List<Risk> keyRisks() {
        List<Risk> key = risks.stream().filter(r -> r.level() == RiskLevel.MAJOR || r.level() == RiskLevel.LARGE)
                .toList();
        return key.isEmpty() ? risks : key;
    }
}
