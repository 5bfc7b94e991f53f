package org.zhiben.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhiben.common.FieldViolation;

/**
 * A point's measuring range, its four optional thresholds and the dead band, and the band a value falls in.
 *
 * <p>A value <em>reaching</em> a threshold enters its band (高报 at {@code value >= high}, 低报 at
 * {@code value <= low}; the 高高/低低 thresholds likewise). Leaving a band needs the value to move back past the
 * threshold by more than the dead band: a point in 高报 stays there while {@code value > high - deadBand}, in 低报
 * while {@code value < low + deadBand}. So a value hovering on a line stays in one band and raises one alarm.
 */
public record Thresholds(BigDecimal rangeLow, BigDecimal rangeHigh, BigDecimal lowLow, BigDecimal low,
        BigDecimal high, BigDecimal highHigh, BigDecimal deadBand) {

    /** Figures are stored as numeric(19,4): below 10¹² in magnitude, at most four decimals. */
    static final BigDecimal LIMIT = new BigDecimal("1e12");
    static final int SCALE = 4;

    /** The rule broken by these figures, as field violations (empty when they are consistent). */
    public List<FieldViolation> problems() {
        List<FieldViolation> v = new ArrayList<>();
        String[] names = {"rangeLow", "rangeHigh", "lowLow", "low", "high", "highHigh", "deadBand"};
        BigDecimal[] figures = {rangeLow, rangeHigh, lowLow, low, high, highHigh, deadBand};
        for (int i = 0; i < figures.length; i++) {
            if (figures[i] != null && (figures[i].abs().compareTo(LIMIT) >= 0
                    || figures[i].stripTrailingZeros().scale() > SCALE)) {
                v.add(new FieldViolation(names[i], "数值过大或小数位超过" + SCALE + "位"));
            }
        }
        if (!v.isEmpty()) {
            return v;
        }
        if (rangeLow == null) {
            v.add(new FieldViolation("rangeLow", "请填写量程下限"));
        }
        if (rangeHigh == null) {
            v.add(new FieldViolation("rangeHigh", "请填写量程上限"));
        }
        if (deadBand == null || deadBand.signum() < 0) {
            v.add(new FieldViolation("deadBand", "死区不能为空或负数"));
        }
        if (!v.isEmpty()) {
            return v;
        }
        if (rangeLow.compareTo(rangeHigh) >= 0) {
            v.add(new FieldViolation("rangeHigh", "量程上限须大于下限"));
            return v;
        }
        if (deadBand.compareTo(rangeHigh.subtract(rangeLow)) >= 0) {
            v.add(new FieldViolation("deadBand", "死区须小于量程"));
        }
        BigDecimal previous = null;
        String[] fields = {"lowLow", "low", "high", "highHigh"};
        BigDecimal[] values = {lowLow, low, high, highHigh};
        for (int i = 0; i < values.length; i++) {
            BigDecimal t = values[i];
            if (t == null) {
                continue;
            }
            if (t.compareTo(rangeLow) < 0 || t.compareTo(rangeHigh) > 0) {
                v.add(new FieldViolation(fields[i], "报警值须在量程之内"));
                continue;
            }
            if (previous != null && t.compareTo(previous) <= 0) {
                v.add(new FieldViolation(fields[i], "报警值须满足 低低报 < 低报 < 高报 < 高高报"));
            }
            previous = t;
        }
        return v;
    }

    /** Whether {@code value} lies in the measuring range (bounds included). */
    public boolean inRange(double value) {
        return bands().inRange(value);
    }

    /** The band of {@code value} for a point that was in {@code previous} (NORMAL for a first reading). */
    public AlarmLevel classify(AlarmLevel previous, double value) {
        return bands().classify(previous, value);
    }

    /** The figures as doubles, for classifying many readings (an absent threshold is NaN and never matches). */
    public Bands bands() {
        return new Bands(rangeLow.doubleValue(), rangeHigh.doubleValue(), d(lowLow), d(low), d(high), d(highHigh),
                deadBand.doubleValue());
    }

    private static double d(BigDecimal v) {
        return v == null ? Double.NaN : v.doubleValue();
    }

    /**
     * {@link Thresholds} converted once: ingestion classifies every reading, and converting the BigDecimals for each
     * one cost more than the comparisons. Comparisons with NaN are false, so an absent threshold is never reached.
     */
    public record Bands(double rangeLow, double rangeHigh, double lowLow, double low, double high, double highHigh,
            double deadBand) {

        public boolean inRange(double value) {
            return value >= rangeLow && value <= rangeHigh;
        }

        public AlarmLevel classify(AlarmLevel previous, double value) {
            double db = deadBand;
            AlarmLevel prev = previous == null || previous == AlarmLevel.OFFLINE ? AlarmLevel.NORMAL : previous;
            if (value >= highHigh || prev == AlarmLevel.HIGH_HIGH && value > highHigh - db) {
                return AlarmLevel.HIGH_HIGH;
            }
            if (value >= high || (prev == AlarmLevel.HIGH || prev == AlarmLevel.HIGH_HIGH) && value > high - db) {
                return AlarmLevel.HIGH;
            }
            if (value <= lowLow || prev == AlarmLevel.LOW_LOW && value < lowLow + db) {
                return AlarmLevel.LOW_LOW;
            }
            if (value <= low || (prev == AlarmLevel.LOW || prev == AlarmLevel.LOW_LOW) && value < low + db) {
                return AlarmLevel.LOW;
            }
            return AlarmLevel.NORMAL;
        }
    }
}
