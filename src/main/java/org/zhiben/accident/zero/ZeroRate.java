package org.zhiben.accident.zero;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A group's 零事故 rate against its target: {@code zero} of {@code total} units, in percent rounded to two places
 * for display; whether the target is met is decided exactly ({@code zero × 100 ≥ target × total}: seed 004's
 * "达到75%" and "85%以上" both include the bound). No units: no rate, target not met.
 */
public record ZeroRate(UnitGroup group, long total, long zero, BigDecimal percent, BigDecimal target, Boolean met) {

    public static ZeroRate of(UnitGroup group, long total, long zero, BigDecimal target) {
        if (total < 0 || zero < 0 || zero > total) {
            throw new IllegalArgumentException("0 <= zero <= total");
        }
        BigDecimal percent = total == 0 ? null
                : BigDecimal.valueOf(zero).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(total), 2,
                        RoundingMode.HALF_UP);
        Boolean met = target == null ? null : total == 0 ? Boolean.FALSE
                : BigDecimal.valueOf(zero).multiply(BigDecimal.valueOf(100))
                        .compareTo(target.multiply(BigDecimal.valueOf(total))) >= 0;
        return new ZeroRate(group, total, zero, percent, target, met);
    }
}
