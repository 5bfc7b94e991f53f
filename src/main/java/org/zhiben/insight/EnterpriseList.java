package org.zhiben.insight;

import java.time.LocalDate;
import java.util.List;
import org.zhiben.directory.EnterpriseSummary;

/**
 * One page of the enterprises a figure counts ({@link EnterpriseFigure}) in a scope and period, with the exact total,
 * and the number of all enterprises of the scope (the denominator of the rates).
 */
public record EnterpriseList(StatsScope scope, String name, EnterpriseFigure figure, LocalDate from, LocalDate to,
        List<Row> rows, int page, int size, long total, long enterprises) {

    /** An enterprise and the name of its region. */
    public record Row(EnterpriseSummary enterprise, String regionName) {
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
