package org.zhiben.monitoring.web;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.monitoring.PointData;
import org.zhiben.monitoring.PointView;
import org.zhiben.monitoring.Quantity;

/** The monitoring point form; numbers are read from text so a typo gets a message beside its field. */
public class PointForm {

    private Long version;
    private @Size(max = 64) String idempotencyKey;
    private @Size(max = 64) String code;
    private @Size(max = 100) String name;
    private @Size(max = 64) String unitId;
    private @Size(max = 24) String quantity;
    private @Size(max = 16) String measureUnit;
    private @Size(max = 64) String rangeLow;
    private @Size(max = 64) String rangeHigh;
    private @Size(max = 32) String lowLow;
    private @Size(max = 32) String low;
    private @Size(max = 32) String high;
    private @Size(max = 32) String highHigh;
    private @Size(max = 32) String deadBand = "0";
    private @Size(max = 32) String intervalSeconds = "60";
    private boolean active = true;

    static PointForm of(PointView p) {
        PointForm f = new PointForm();
        f.version = p.version();
        f.code = p.code();
        f.name = p.name();
        f.unitId = p.unitId().toString();
        f.quantity = p.quantity().name();
        f.measureUnit = p.measureUnit();
        f.rangeLow = text(p.rangeLow());
        f.rangeHigh = text(p.rangeHigh());
        f.lowLow = text(p.lowLow());
        f.low = text(p.low());
        f.high = text(p.high());
        f.highHigh = text(p.highHigh());
        f.deadBand = text(p.deadBand());
        f.intervalSeconds = String.valueOf(p.intervalSeconds());
        f.active = p.active();
        return f;
    }

    private static String text(BigDecimal b) {
        return b == null ? "" : b.stripTrailingZeros().toPlainString();
    }

    PointData toData() {
        List<FieldViolation> v = new ArrayList<>();
        UUID unit = null;
        if (unitId != null && !unitId.isBlank()) {
            try {
                unit = UUID.fromString(unitId.strip());
            } catch (IllegalArgumentException e) {
                v.add(new FieldViolation("unitId", "请选择风险分析单元"));
            }
        }
        Quantity q = null;
        if (quantity != null && !quantity.isBlank()) {
            try {
                q = Quantity.valueOf(quantity);
            } catch (IllegalArgumentException e) {
                v.add(new FieldViolation("quantity", "请选择监测参数"));
            }
        }
        BigDecimal rl = number("rangeLow", rangeLow, v);
        BigDecimal rh = number("rangeHigh", rangeHigh, v);
        BigDecimal ll = number("lowLow", lowLow, v);
        BigDecimal l = number("low", low, v);
        BigDecimal h = number("high", high, v);
        BigDecimal hh = number("highHigh", highHigh, v);
        BigDecimal db = number("deadBand", deadBand, v);
        Integer interval = null;
        if (intervalSeconds != null && !intervalSeconds.isBlank()) {
            try {
                interval = Integer.valueOf(intervalSeconds.strip());
            } catch (NumberFormatException e) {
                v.add(new FieldViolation("intervalSeconds", "请填写整数秒"));
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return new PointData(code, name, unit, q, measureUnit, rl, rh, ll, l, h, hh, db, interval, active);
    }

    private static BigDecimal number(String field, String text, List<FieldViolation> v) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip()); // its size and decimals: Thresholds.problems
        } catch (NumberFormatException e) {
            v.add(new FieldViolation(field, "请填写数字"));
            return null;
        }
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnitId() {
        return unitId;
    }

    public void setUnitId(String unitId) {
        this.unitId = unitId;
    }

    public String getQuantity() {
        return quantity;
    }

    public void setQuantity(String quantity) {
        this.quantity = quantity;
    }

    public String getMeasureUnit() {
        return measureUnit;
    }

    public void setMeasureUnit(String measureUnit) {
        this.measureUnit = measureUnit;
    }

    public String getRangeLow() {
        return rangeLow;
    }

    public void setRangeLow(String rangeLow) {
        this.rangeLow = rangeLow;
    }

    public String getRangeHigh() {
        return rangeHigh;
    }

    public void setRangeHigh(String rangeHigh) {
        this.rangeHigh = rangeHigh;
    }

    public String getLowLow() {
        return lowLow;
    }

    public void setLowLow(String lowLow) {
        this.lowLow = lowLow;
    }

    public String getLow() {
        return low;
    }

    public void setLow(String low) {
        this.low = low;
    }

    public String getHigh() {
        return high;
    }

    public void setHigh(String high) {
        this.high = high;
    }

    public String getHighHigh() {
        return highHigh;
    }

    public void setHighHigh(String highHigh) {
        this.highHigh = highHigh;
    }

    public String getDeadBand() {
        return deadBand;
    }

    public void setDeadBand(String deadBand) {
        this.deadBand = deadBand;
    }

    public String getIntervalSeconds() {
        return intervalSeconds;
    }

    public void setIntervalSeconds(String intervalSeconds) {
        this.intervalSeconds = intervalSeconds;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
