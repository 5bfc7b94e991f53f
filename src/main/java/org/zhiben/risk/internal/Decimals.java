package org.zhiben.risk.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Decimal helpers shared by the tables: one canonical form, and the limits of the numeric(14,4) columns. */
final class Decimals {

    private static final BigDecimal COLUMN_LIMIT = new BigDecimal("1E10");

    private Decimals() {
    }

    /**
     * Without trailing zeros and never in exponent form, so that 10, 10.0000 (as read from the database) and 1E+1
     * are the same value for {@code equals} and print as {@code 10}.
     */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A message when {@code value} does not fit a numeric(14,4) column, else null. */
    static String unstorable(BigDecimal value) {
        if (value.scale() > 4) {
            return "最多保留4位小数";
        }
        if (value.abs().compareTo(COLUMN_LIMIT) >= 0) {
            return "数值过大";
        }
        return null;
    }

    /** A message when {@code value} is missing, not positive or unstorable, else null. */
    static String notPositive(BigDecimal value) {
        if (value == null) {
            return "请填写数值";
        }
        if (value.signum() <= 0) {
            return "须大于0";
        }
        return unstorable(value);
    }

    static String join(List<BigDecimal> values) {
        return values.stream().map(BigDecimal::toPlainString).collect(Collectors.joining("、"));
    }
}
