package org.zhiben.risk;

import java.util.List;

/**
 * What a position's 两单两卡 say, for other modules (training's 应知应会 manual): the position's duties, operating
 * steps and emergency steps, the risks of its analysis units as the inventory has them now (most severe first), the
 * emergency measures of those risks and the emergency numbers. Codes are already names.
 */
public record PositionKnowledge(String enterpriseName, String position, List<String> duties,
        List<String> operatingSteps, List<String> emergencySteps, String level, List<Risk> risks,
        List<String> accidentTypes, List<String> emergencyMeasures, List<Phone> phones) {

    /**
     * One risk event of a linked unit: where (object › unit), what, which accidents it leads to, its current level
     * (null when unassessed) and its control measures by category (工程技术, 维护保养, 操作行为, 应急措施).
     */
    public record Risk(String place, String event, List<String> accidentTypes, String level,
            List<String> engineering, List<String> maintenance, List<String> operation, List<String> emergency) {
    }

    /** An emergency number: 主要负责人, 安全管理人员, 火警, 急救. */
    public record Phone(String who, String number) {
    }
}
