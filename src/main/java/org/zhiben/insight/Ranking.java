package org.zhiben.insight;

import java.time.LocalDate;
import java.util.List;

/** The 晾晒通报: the figures of each sub-region (or each enterprise of a village) of a scope for a period. */
public record Ranking(StatsScope scope, String name, LocalDate from, LocalDate to, boolean enterprises,
        List<Row> rows) {

    /** {@code code}: a region code, or an enterprise id when {@code enterprises}. */
    public record Row(String code, String name, Figures figures) {
    }
}
