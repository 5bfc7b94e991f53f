package org.zhiben.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The figures of a scope and period, with the monthly trend (found, closed, open 重大 hazards at month end). */
public record Overview(StatsScope scope, String name, LocalDate from, LocalDate to, LocalDate baseline,
        Figures figures, List<TrendPoint> trend) {

    public record TrendPoint(YearMonth month, long found, long closed, long foundMajor, long openMajorAtEnd) {
    }
}
