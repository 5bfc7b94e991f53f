package org.zhiben.insight;

import org.zhiben.common.Labelled;

/**
 * The enterprise figures of the dashboards, each defined once as a condition over insight's per-enterprise rows: the
 * enterprise list behind a figure ({@code /insight/enterprises?figure=…}) selects exactly the enterprises the figure
 * counts, with the same condition ({@link org.zhiben.insight.internal.SummaryReader} counts with it below a village,
 * and the per-region counters are checked against it by the consistency check).
 */
public enum EnterpriseFigure implements Labelled {

    /** Every enterprise of the registry in the area (any status): the denominator of 建成率 and 在线填报率. */
    ENTERPRISES("企业", "1 = 1", false),
    /** Enterprises with an analysis unit of known level (双重预防机制建成): the numerator of 建成率. */
    WITH_INVENTORY("已建立风险清单(双重预防建成)的企业",
            "ie.units_major + ie.units_large + ie.units_general + ie.units_low > 0", false),
    /** Enterprises with a 重大 unit or a major hazard source. */
    WITH_MAJOR_RISK("有重大风险的企业", "(ie.units_major > 0 or ie.major_source)", false),
    /**
     * Enterprises with an inspection record (online report) dated in the period: the numerator of 在线填报率. Read from
     * {@code insight_inspection_day} (alias {@code d}), placed where the record was made.
     */
    REPORTING("期内在线填报排查记录的企业", "d.seen_on between ? and ?", true);

    private final String label;
    private final String condition;
    private final boolean ofRecords;

    EnterpriseFigure(String label, String condition, boolean ofRecords) {
        this.label = label;
        this.condition = condition;
        this.ofRecords = ofRecords;
    }

    public String label() {
        return label;
    }

    /**
     * The condition: over {@code insight_enterprise ie}, or for {@link #ofRecords()} over
     * {@code insight_inspection_day d} with the period's first and last day as its two parameters.
     */
    public String condition() {
        return condition;
    }

    /** Whether the figure is over inspection records in a period rather than over the enterprise rows. */
    public boolean ofRecords() {
        return ofRecords;
    }
}
