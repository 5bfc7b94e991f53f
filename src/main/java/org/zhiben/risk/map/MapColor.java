package org.zhiben.risk.map;

import org.zhiben.risk.RiskLevel;

/**
 * The fill of the four-colour map: 重大 red · 较大 orange · 一般 yellow · 低 blue ({@link RiskLevel#color()}), grey
 * while a unit has no assessed event. Hex values are Bootstrap's, so map, badges and charts agree.
 */
public final class MapColor {

    public static final String UNASSESSED = "#adb5bd";

    private MapColor() {
    }

    public static String of(RiskLevel level) {
        if (level == null) {
            return UNASSESSED;
        }
        return switch (level.color()) {
            case "red" -> "#dc3545";
            case "orange" -> "#fd7e14";
            case "yellow" -> "#ffc107";
            case "blue" -> "#0d6efd";
            default -> UNASSESSED;
        };
    }
}
