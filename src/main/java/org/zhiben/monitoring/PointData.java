package org.zhiben.monitoring;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A monitoring point as the enterprise describes it: its code (as the gateway sends it), name, the risk analysis unit
 * it watches, what it measures and in which unit, range, thresholds, dead band and the expected interval between
 * readings (10 s to 1 day); an inactive point takes no readings and never goes offline.
 */
public record PointData(String code, String name, UUID unitId, Quantity quantity, String measureUnit,
        BigDecimal rangeLow, BigDecimal rangeHigh, BigDecimal lowLow, BigDecimal low, BigDecimal high,
        BigDecimal highHigh, BigDecimal deadBand, Integer intervalSeconds, Boolean active) {

    public Thresholds thresholds() {
        return new Thresholds(rangeLow, rangeHigh, lowLow, low, high, highHigh, deadBand);
    }
}
