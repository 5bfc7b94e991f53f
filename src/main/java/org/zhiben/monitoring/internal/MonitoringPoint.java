package org.zhiben.monitoring.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;
import org.zhiben.common.SectorSet;
import org.zhiben.monitoring.PointData;
import org.zhiben.monitoring.Quantity;
import org.zhiben.monitoring.Thresholds;

/** A monitoring point of an enterprise; its rules are the figures' consistency (see {@link Thresholds}). */
@Entity
@Table(name = "monitoring_point")
public class MonitoringPoint extends ScopedRecord {

    public static final int MIN_INTERVAL = 10;
    public static final int MAX_INTERVAL = 86_400;

    private String code;
    private String name;
    @Column(name = "unit_id")
    private UUID unitId;
    @Column(name = "unit_name")
    private String unitName;
    @Column(name = "major_source")
    private boolean majorSource;
    @Enumerated(EnumType.STRING)
    private Quantity quantity;
    @Column(name = "measure_unit")
    private String measureUnit;
    @Column(name = "range_low")
    private BigDecimal rangeLow;
    @Column(name = "range_high")
    private BigDecimal rangeHigh;
    @Column(name = "low_low")
    private BigDecimal lowLow;
    private BigDecimal low;
    private BigDecimal high;
    @Column(name = "high_high")
    private BigDecimal highHigh;
    @Column(name = "dead_band")
    private BigDecimal deadBand;
    @Column(name = "interval_seconds")
    private int intervalSeconds;
    private boolean active;

    protected MonitoringPoint() {
    }

    /** The risk unit a point watches, as the risk module answered it. */
    public record Unit(UUID id, String name, boolean majorSource) {
    }

    public static MonitoringPoint create(UUID enterpriseId, String regionCode, SectorSet sectors, PointData d,
            Unit unit, Instant now) {
        MonitoringPoint p = new MonitoringPoint(enterpriseId, regionCode, sectors, now);
        p.apply(d, unit, now);
        return p;
    }

    private MonitoringPoint(UUID enterpriseId, String regionCode, SectorSet sectors, Instant now) {
        super(enterpriseId, regionCode, sectors, now);
    }

    /** Replaces the description; every rule broken is reported at once. */
    public void apply(PointData d, Unit unit, Instant now) {
        List<FieldViolation> v = new ArrayList<>(validate(d));
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        this.code = d.code().strip();
        this.name = d.name().strip();
        this.unitId = unit.id();
        this.unitName = unit.name();
        this.majorSource = unit.majorSource();
        this.quantity = d.quantity();
        this.measureUnit = d.measureUnit() == null ? "" : d.measureUnit().strip();
        this.rangeLow = d.rangeLow();
        this.rangeHigh = d.rangeHigh();
        this.lowLow = d.lowLow();
        this.low = d.low();
        this.high = d.high();
        this.highHigh = d.highHigh();
        this.deadBand = d.deadBand();
        this.intervalSeconds = d.intervalSeconds();
        this.active = d.active() == null || d.active();
        touch(now);
    }

    /** The rules a point's description must meet (code, name, quantity, figures, interval). */
    public static List<FieldViolation> validate(PointData d) {
        List<FieldViolation> v = new ArrayList<>();
        if (d.code() == null || !d.code().strip().matches("[A-Za-z0-9._-]{1,64}")) {
            v.add(new FieldViolation("code", "位号须为1至64位字母、数字、点、下划线或连字符"));
        }
        if (d.name() == null || d.name().isBlank() || d.name().strip().length() > 100) {
            v.add(new FieldViolation("name", "请填写监测点名称(不超过100字)"));
        }
        if (d.quantity() == null) {
            v.add(new FieldViolation("quantity", "请选择监测参数"));
        }
        if (d.measureUnit() != null && d.measureUnit().strip().length() > 16) {
            v.add(new FieldViolation("measureUnit", "计量单位不超过16字"));
        }
        v.addAll(d.thresholds().problems());
        if (d.intervalSeconds() == null || d.intervalSeconds() < MIN_INTERVAL || d.intervalSeconds() > MAX_INTERVAL) {
            v.add(new FieldViolation("intervalSeconds", "上报周期须在10秒至86400秒之间"));
        }
        return v;
    }

    public Thresholds thresholds() {
        return new Thresholds(rangeLow, rangeHigh, lowLow, low, high, highHigh, deadBand);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("unit", unitName);
        m.put("quantity", quantity == null ? null : quantity.name());
        m.put("measureUnit", measureUnit);
        m.put("range", rangeLow + ".." + rangeHigh);
        m.put("thresholds", lowLow + "/" + low + "/" + high + "/" + highHigh);
        m.put("deadBand", deadBand);
        m.put("intervalSeconds", intervalSeconds);
        m.put("active", active);
        return m;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public boolean isMajorSource() {
        return majorSource;
    }

    public Quantity getQuantity() {
        return quantity;
    }

    public String getMeasureUnit() {
        return measureUnit;
    }

    public BigDecimal getRangeLow() {
        return rangeLow;
    }

    public BigDecimal getRangeHigh() {
        return rangeHigh;
    }

    public BigDecimal getLowLow() {
        return lowLow;
    }

    public BigDecimal getLow() {
        return low;
    }

    public BigDecimal getHigh() {
        return high;
    }

    public BigDecimal getHighHigh() {
        return highHigh;
    }

    public BigDecimal getDeadBand() {
        return deadBand;
    }

    public int getIntervalSeconds() {
        return intervalSeconds;
    }

    public boolean isActive() {
        return active;
    }
}
