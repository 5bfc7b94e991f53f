package org.zhiben.campaign.duty;

import java.time.LocalDate;
import java.time.YearMonth;
import org.zhiben.common.Labelled;

/**
 * How often a leader owes checks: per calendar month or per calendar quarter. Periods are whole calendar months and
 * quarters; both ends inclusive (a quarter's checks may be recorded up to 03-31, 06-30, 09-30, 12-31).
 */
public enum DutyFrequency implements Labelled {
    MONTH("每月"),
    QUARTER("每季度");

    private final String label;

    DutyFrequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The first day of the period holding {@code day}. */
    public LocalDate periodStart(LocalDate day) {
        return switch (this) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
        };
    }

    /** The last day of the period starting on {@code start}. */
    public LocalDate periodEnd(LocalDate start) {
        return YearMonth.from(start).plusMonths(this == MONTH ? 0 : 2).atEndOfMonth();
    }

    /** "2025-01" or "2025年第1季度". */
    public String periodLabel(LocalDate start) {
        return this == MONTH ? YearMonth.from(start).toString()
                : start.getYear() + "年第" + ((start.getMonthValue() - 1) / 3 + 1) + "季度";
    }
}
