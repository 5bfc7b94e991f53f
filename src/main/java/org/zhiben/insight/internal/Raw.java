package org.zhiben.insight.internal;

import java.util.EnumMap;
import java.util.Map;
import org.zhiben.hazard.HazardState;

/** Summed counters of one area, before the metrics are derived from them. */
public final class Raw {
    public long enterprises;
    public long withInventory;
    public long withMajorRisk;
    public long unitsMajor;
    public long unitsLarge;
    public long unitsGeneral;
    public long unitsLow;
    public long reporting;
    public long tasksDone;
    public long tasksMissed;
    public long found;
    public long foundMajor;
    public long closedOfFound;
    public long closed;
    public long closedOnTime;
    public long openGeneral;
    public long openMajor;
    public long overdueGeneral;
    public long overdueMajor;
    public final Map<HazardState, Long> openByState = new EnumMap<>(HazardState.class);
    public long majorStock;
    public long majorStockOpen;
    public long majorIncrement;
    public long majorIncrementOpen;
    public long majorIncrementInPeriod;
}
