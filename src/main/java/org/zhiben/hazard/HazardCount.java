package org.zhiben.hazard;

import org.zhiben.common.Labelled;

/**
 * What a hazard figure counts, defined once as a condition over {@code hazard_hazard h}: the hazard list filters by
 * it ({@code /hazards?figure=…}, with {@code from}/{@code to} bounding {@link #periodColumn()}), and the ledger's
 * recount ({@link HazardRecounts}), which insight's consistency check compares with every summary row, is built from
 * the same conditions. A dashboard figure therefore opens a list of exactly as many rows as it shows
 * (docs/metrics.md).
 */
public enum HazardCount implements Labelled {

    /** Hazards found (not rejected: 驳回 means "not a hazard"); the period bounds the day found. */
    FOUND("发现隐患(不含已驳回)", "found_on", Sql.NOT_REJECTED),
    /** Of the hazards found in the period, those closed (销号) by now: the numerator of 整改率. */
    FOUND_CLOSED("发现且已销号的隐患", "found_on", Sql.CLOSED),
    /** Hazards closed (销号); the period bounds the day closed, whenever found. */
    CLOSED("销号隐患", "closed_on", Sql.CLOSED),
    /** Of the closed hazards, those closed by their deadline (no deadline, 即查即改: on time). */
    CLOSED_ON_TIME("按期销号隐患", "closed_on", Sql.CLOSED + " and " + Sql.ON_TIME),
    /** Hazards open now: neither closed nor rejected. */
    OPEN("未整改隐患(未销号、未驳回)", "found_on", Sql.OPEN),
    /** Of the open hazards, those the hazard module marked overdue. */
    OVERDUE("超期未整改隐患", "found_on", Sql.OPEN + " and h.overdue = true");

    private final String label;
    private final String periodColumn;
    private final String condition;

    HazardCount(String label, String periodColumn, String condition) {
        this.label = label;
        this.periodColumn = periodColumn;
        this.condition = condition;
    }

    /** How the list names what it shows (口径). */
    public String label() {
        return label;
    }

    /** The column of {@code h} that a period ({@code from}/{@code to}) bounds. */
    public String periodColumn() {
        return "h." + periodColumn;
    }

    /** The condition over {@code hazard_hazard h}, without parameters. */
    public String condition() {
        return "(" + condition + ")";
    }

    /** A closed hazard closed on or before its deadline, as a condition over {@code h}. */
    public static String onTime() {
        return "(" + Sql.ON_TIME + ")";
    }

    private static final class Sql {
        static final String NOT_REJECTED = "h.state <> 'REJECTED'";
        static final String CLOSED = "h.state = 'CLOSED' and h.closed_on is not null";
        static final String ON_TIME = "h.deadline is null or h.closed_on <= h.deadline";
        static final String OPEN = "h.state not in ('CLOSED', 'REJECTED')";
    }
}
