package org.zhiben.risk.map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.zhiben.risk.inventory.InventoryRecord;

/** The outline of one analysis unit on one site plan; saving again replaces the points. */
@Entity
@Table(name = "risk_map_polygon")
class MapPolygon extends InventoryRecord {

    @Column(updatable = false)
    private UUID planId;
    @Column(updatable = false)
    private UUID unitId;
    private String points;

    protected MapPolygon() {
    }

    public MapPolygon(SitePlan plan, UUID unitId, PolygonPoints points, Instant now) {
        super(plan.getEnterpriseId(), plan.getRegionCode(), now);
        this.planId = plan.getId();
        this.unitId = unitId;
        this.points = points.format();
    }

    public void redraw(PolygonPoints points, Instant now) {
        this.points = points.format();
        touch(now);
    }

    public PolygonPoints points() {
        return PolygonPoints.parse(points);
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("planId", planId);
        m.put("unitId", unitId);
        m.put("points", points);
        return m;
    }

    public UUID getPlanId() {
        return planId;
    }

    public UUID getUnitId() {
        return unitId;
    }
}
