package org.zhiben.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A point with its live state (last value and time, band, offline) for panels and the API. */
public record PointView(UUID id, UUID enterpriseId, String code, String name, UUID unitId, String unitName,
        boolean majorSource, Quantity quantity, String measureUnit, BigDecimal rangeLow, BigDecimal rangeHigh,
        BigDecimal lowLow, BigDecimal low, BigDecimal high, BigDecimal highHigh, BigDecimal deadBand,
        int intervalSeconds, boolean active, long version, Instant lastTs, Double lastValue, AlarmLevel band,
        boolean offline, long accepted, long rejected) {

    /** What the panel shows as the point's state: 离线 first, then the band. */
    public AlarmLevel shown() {
        return offline ? AlarmLevel.OFFLINE : band;
    }
}
