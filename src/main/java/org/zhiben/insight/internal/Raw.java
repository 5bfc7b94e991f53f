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

    /** Adds {@code n} to the enterprise figure number {@code index} of {@link EnterpriseStats#FIGURES}. */
    void addEnterpriseFigure(int index, long n) {
        switch (index) {
            case 0 -> enterprises += n;
            case 1 -> withInventory += n;
            case 2 -> withMajorRisk += n;
            case 3 -> unitsMajor += n;
            case 4 -> unitsLarge += n;
            case 5 -> unitsGeneral += n;
            case 6 -> unitsLow += n;
            default -> throw new IllegalArgumentException("enterprise figure " + index);
        }
    }
}
