package org.zhiben.common;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Function;

/**
 * A figure the platform measures by itself (open major hazards, principals' training rate, monitoring coverage…),
 * offered under a stable key so that another module can bind to it without code: the campaign module binds a
 * milestone's target to a key and compares the current value. Each module contributes its own figures as beans;
 * {@link LiveMetrics} lists them.
 *
 * <p>A metric answers its <em>current</em> value over an area; whoever needs a trend keeps the values it read
 * (campaign snapshots them daily). A metric must be one set-based query over the area, never a walk over records.
 */
public interface LiveMetric {

    /** Stable key, {@code <module>.<what>}, e.g. {@code hazard.major.open}. Never renamed once published. */
    String key();

    /** Chinese label shown next to the value, e.g. 在办重大事故隐患. */
    String label();

    /** Unit of the value: 项, 家, 人, % (a percentage is 0..100). */
    String unit();

    /** Whether a smaller value is the better one (for trends and "falling" targets). */
    default boolean lowerIsBetter() {
        return false;
    }

    /** The value now over the area. */
    BigDecimal measure(Area area);

    /** A metric whose value {@code measure} computes: how a module offers a figure as a bean without a class. */
    static LiveMetric of(String key, String label, String unit, boolean lowerIsBetter,
            Function<Area, BigDecimal> measure) {
        return new Measured(key, label, unit, lowerIsBetter, measure);
    }

    /** See {@link #of}. */
    record Measured(String key, String label, String unit, boolean lowerIsBetter, Function<Area, BigDecimal> measurer)
            implements LiveMetric {

        @Override
        public BigDecimal measure(Area area) {
            return measurer.apply(area);
        }
    }

    /**
     * Where a metric is measured: the jurisdiction of a 12-digit region code (the empty string is the whole
     * platform), limited to records of any of {@code sectors} when not empty.
     */
    record Area(String regionCode, Set<String> sectors) {

        public Area {
            regionCode = regionCode == null ? "" : regionCode;
            if (!regionCode.isEmpty()) {
                RegionCode.of(regionCode);
            }
            sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        }

        public static Area region(String regionCode) {
            return new Area(regionCode, Set.of());
        }

        /** Inclusive low bound of the region range (for {@code region_code between low and high}). */
        public String low() {
            return regionCode.isEmpty() ? "000000000000" : RegionCode.of(regionCode).rangeLow();
        }

        /** Inclusive high bound of the region range. */
        public String high() {
            return regionCode.isEmpty() ? "999999999999" : RegionCode.of(regionCode).rangeHigh();
        }
    }
}
