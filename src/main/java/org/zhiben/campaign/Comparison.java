package org.zhiben.campaign;

import java.math.BigDecimal;

/** How a measured or reported value is compared with a target: "50处以上" is AT_LEAST 50, "清零" is AT_MOST 0. */
public enum Comparison {
    AT_LEAST("≥"),
    AT_MOST("≤"),
    EQUAL("=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean holds(BigDecimal value, BigDecimal target) {
        int c = value.compareTo(target);
        return switch (this) {
            case AT_LEAST -> c >= 0;
            case AT_MOST -> c <= 0;
            case EQUAL -> c == 0;
        };
    }
}
