package org.zhiben.common.document;

import java.util.ArrayList;
import java.util.List;

/**
 * What a printed table is: its sheet name, a title block (title; scope, period and generation time) and its
 * columns. {@link XlsxWriter#table(TableSpec)} lays it out; the caller streams the rows.
 */
public final class TableSpec {

    /** How a column's values are stored and shown. */
    public enum Kind {
        /** Text, wrapped when longer than the column. */
        TEXT,
        /** A number as it is (counts, scores): stored as a number, shown without a fixed number of decimals. */
        NUMBER,
        /** An amount of money: stored as a number, shown with thousands separators and two decimals. */
        MONEY,
        /** A fraction (0.5 for 50 %): stored as a number, shown as a percentage with one decimal. */
        PERCENT,
        /** A {@link java.time.LocalDate}, stored as a date. */
        DATE,
        /** An {@link java.time.Instant} or {@link java.time.LocalDateTime}, stored as a date and time (China time). */
        DATETIME
    }

    /** A column: header text, kind, and the widest it may grow in characters (0: the default cap). */
    public record Column(String header, Kind kind, int maxWidth) {
    }

    private final String sheetName;
    private final List<Column> columns = new ArrayList<>();
    private String title;
    private String scope;
    private String period;
    private boolean onePage;

    private TableSpec(String sheetName) {
        this.sheetName = sheetName;
    }

    /** A table on a sheet of this name; without a title the sheet name is the title. */
    public static TableSpec sheet(String sheetName) {
        return new TableSpec(sheetName);
    }

    public TableSpec title(String title) {
        this.title = title;
        return this;
    }

    /** Whose records these are (an enterprise, a region, a filter), printed under the title. */
    public TableSpec scope(String scope) {
        this.scope = scope;
        return this;
    }

    /** The period the figures cover, printed under the title. */
    public TableSpec period(String period) {
        this.period = period;
        return this;
    }

    public TableSpec column(String header, Kind kind) {
        return column(header, kind, 0);
    }

    public TableSpec column(String header, Kind kind, int maxWidth) {
        columns.add(new Column(header, kind, maxWidth));
        return this;
    }

    public TableSpec text(String... headers) {
        for (String header : headers) {
            column(header, Kind.TEXT);
        }
        return this;
    }

    /** Scales a short form (a label / value table) onto one page, height included. */
    public TableSpec onePage() {
        this.onePage = true;
        return this;
    }

    String sheetName() {
        return sheetName;
    }

    String title() {
        return title == null ? sheetName : title;
    }

    String scope() {
        return scope;
    }

    String period() {
        return period;
    }

    boolean isOnePage() {
        return onePage;
    }

    List<Column> columns() {
        return List.copyOf(columns);
    }
}
