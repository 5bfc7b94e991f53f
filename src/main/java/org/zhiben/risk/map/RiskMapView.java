package org.zhiben.risk.map;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.zhiben.risk.RiskLevel;

/**
 * A four-colour map as of now: the plan, each unit's polygon filled with the unit's current level, and the
 * enterprise's units (for the editor's select).
 */
public record RiskMapView(SitePlanView plan, String enterpriseName, boolean editable, LocalDate date,
        List<Polygon> polygons, List<Unit> units) {

    /** {@code points} as [[x, y], …], {@code svgPoints} as {@code x,y x,y …}; {@code color}: grey when unassessed. */
    public record Polygon(UUID unitId, String unitName, RiskLevel level, String color, List<List<Double>> points,
            String svgPoints, double labelX, double labelY, long version) {
    }

    /** {@code polygonVersion} is null while the unit has no polygon on this plan. */
    public record Unit(UUID id, String name, RiskLevel level, String color, Long polygonVersion) {
    }
}
