package org.zhiben.insight;

import java.util.Map;
import org.zhiben.hazard.HazardState;

/**
 * The metrics of docs/metrics.md for one area (a scope, a sub-region of a ranking, an enterprise) and period. Rates
 * are fractions 0..1, null when their denominator is zero.
 */
public record Figures(
        long enterprises, long withInventory, Double inventoryRate, long withMajorRisk,
        long unitsMajor, long unitsLarge, long unitsGeneral, long unitsLow,
        long reportingEnterprises, Double onlineRate, long tasksDone, long tasksMissed, Double completionRate,
        long found, long foundMajor, long closedOfFound, Double rectificationRate,
        long closed, long closedOnTime, Double onTimeRate,
        long openGeneral, long openMajor, long overdueGeneral, long overdueMajor, Map<HazardState, Long> openByState,
        long majorStock, long majorStockOpen, long majorIncrement, long majorIncrementOpen,
        long majorIncrementInPeriod) {

    public long open() {
        return openGeneral + openMajor;
    }

    public long overdue() {
        return overdueGeneral + overdueMajor;
    }

    public long majorStockClosed() {
        return majorStock - majorStockOpen;
    }

    static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
