package org.zhiben.risk;

import org.zhiben.common.Labelled;

/**
 * The four risk levels with their data-exchange codes (0 重大 · 1 较大 · 2 一般 · 3 低) and the colours of the
 * four-colour map. Declared from the most to the least severe.
 */
public enum RiskLevel implements Labelled {
    MAJOR("重大", "red", 0), LARGE("较大", "orange", 1), GENERAL("一般", "yellow", 2), LOW("低", "blue", 3);

    private final String label;
    private final String color;
    private final int exchangeCode;

    RiskLevel(String label, String color, int exchangeCode) {
        this.label = label;
        this.color = color;
        this.exchangeCode = exchangeCode;
    }

    public String label() {
        return label;
    }

    public String color() {
        return color;
    }

    public int exchangeCode() {
        return exchangeCode;
    }

    /** The more severe of two levels (null counts as no level). */
    public static RiskLevel highest(RiskLevel a, RiskLevel b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
