package org.zhiben.common.document;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.zhiben.common.Zones;
import org.zhiben.common.document.TableSpec.Column;
import org.zhiben.common.document.TableSpec.Kind;

/**
 * Writes xlsx workbooks of printable tables, streaming (SXSSF: a window of {@value #WINDOW} rows in memory, older
 * rows in a compressed temporary file), so a million rows need no more memory than ten.
 * <p>
 * Every table sheet gets the same layout: a title block (title; scope; period and generation time), a bold
 * bordered header row that is frozen and repeated on every printed page, bordered cells, columns as wide as their
 * content (up to a cap; longer text wraps), numbers stored as numbers with their format, the 宋体 font, A4 paper
 * fitted to the page width (landscape when the table is wide) and page numbers in the footer. A table longer than
 * a sheet can hold continues on a sheet named with (2), (3)…
 */
public final class XlsxWriter implements Closeable {

    static final int WINDOW = 100;
    static final String FONT = "宋体";
    /** Total column width (in characters) above which a table prints landscape. */
    static final int PORTRAIT_WIDTH = 100;
    private static final int TEXT_CAP = 40;
    private static final int NUMBER_CAP = 18;
    /**
     * The widest a table may be (in characters of the body font) and still print at about 8 pt on A4 landscape once
     * fitted to the page width (about 110 such characters fit at 11 pt); a wider table's text columns wrap at
     * narrower caps, down to {@link #TEXT_MIN_CAP}.
     */
    static final int PRINT_BUDGET = 150;
    private static final int TEXT_MIN_CAP = 8;
    private static final int TEXT_POINTS = 11;
    private static final int TITLE_POINTS = 16;
    /** Height of one line of 11 pt 宋体. */
    private static final float LINE_POINTS = 15f;
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final Map<Kind, CellStyle> cellStyles = new EnumMap<>(Kind.class);
    private final CellStyle headerStyle;
    private final CellStyle sectionStyle;
    private final CellStyle titleStyle;
    private final CellStyle infoStyle;
    private final List<Table> tables = new ArrayList<>();
    private Instant generatedAt = Instant.now();

    private XlsxWriter() {
        workbook.setCompressTempFiles(true);
        // POI's default (zip64 always) trips older readers; zip64 only when needed keeps the file readable everywhere.
        workbook.setZip64Mode(Zip64Mode.AsNeeded);
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("治本安全生产信息平台");
        XSSFFont base = workbook.getXSSFWorkbook().getFontAt(0);
        base.setFontName(FONT);
        base.setScheme(org.apache.poi.ss.usermodel.FontScheme.NONE); // else Excel shows the theme font
        Font plain = font(false, TEXT_POINTS);
        Font bold = font(true, TEXT_POINTS);
        for (Kind kind : Kind.values()) {
            CellStyle style = bordered(plain);
            switch (kind) {
                case TEXT -> style.setWrapText(true);
                case NUMBER -> style.setAlignment(HorizontalAlignment.RIGHT);
                case MONEY -> style.setDataFormat(format("#,##0.00"));
                case PERCENT -> style.setDataFormat(format("0.0%"));
                case DATE -> style.setDataFormat(format("yyyy-mm-dd"));
                case DATETIME -> style.setDataFormat(format("yyyy-mm-dd hh:mm"));
            }
            cellStyles.put(kind, style);
        }
        headerStyle = bordered(bold);
        headerStyle.setAlignment(HorizontalAlignment.CENTER);
        headerStyle.setWrapText(true);
        headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        sectionStyle = bordered(bold);
        sectionStyle.setWrapText(true);
        titleStyle = workbook.createCellStyle();
        titleStyle.setFont(font(true, TITLE_POINTS));
        titleStyle.setAlignment(HorizontalAlignment.CENTER);
        titleStyle.setVerticalAlignment(VerticalAlignment.CENTER);
        titleStyle.setWrapText(true);
        infoStyle = workbook.createCellStyle();
        infoStyle.setFont(plain);
        infoStyle.setVerticalAlignment(VerticalAlignment.CENTER);
        infoStyle.setWrapText(true);
    }

    /** A new workbook; close it (it holds temporary files) once written. */
    public static XlsxWriter create() {
        return new XlsxWriter();
    }

    /** The time printed as 生成时间 (default: now). */
    public XlsxWriter generatedAt(Instant at) {
        this.generatedAt = at;
        return this;
    }

    /** Starts a table on a new sheet: writes its title block and header; then add rows in order. */
    public Table table(TableSpec spec) {
        Table table = new Table(spec);
        tables.add(table);
        return table;
    }

    public void write(OutputStream out) throws IOException {
        tables.forEach(Table::finishSheet);
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.dispose();
        } finally {
            workbook.close();
        }
    }

    /** One table, on one sheet or (past the sheet's row limit) several. */
    public final class Table {

        private final TableSpec spec;
        private final List<Column> columns;
        private final int[] widths;
        /** Per column, the widest it may grow: the column's own cap, text columns narrowed to fit the page. */
        private final int[] caps;
        private final int rowLimit;
        private SXSSFSheet sheet;
        private int sheets;
        private int nextRow;
        private int headerRow;
        private long rows;

        private Table(TableSpec spec) {
            this.spec = spec;
            this.columns = spec.columns();
            this.widths = new int[columns.size()];
            this.caps = caps(columns);
            this.rowLimit = SpreadsheetVersion.EXCEL2007.getMaxRows() - XlsxSheetReader.TITLE_ROWS - 3; // header and notes
            newSheet();
        }

        /** Adds a data row; values are Strings, Numbers, LocalDates, Instants or null (an empty cell). */
        public Table row(Object... values) {
            return row(Arrays.asList(values));
        }

        public Table row(List<?> values) {
            Row row = nextDataRow();
            int lines = 1;
            for (int i = 0; i < columns.size(); i++) {
                Object value = i < values.size() ? values.get(i) : null;
                Kind kind = columns.get(i).kind();
                if (value instanceof Typed typed) {
                    kind = typed.kind();
                    value = typed.value();
                }
                Cell cell = row.createCell(i);
                cell.setCellStyle(cellStyles.get(kind));
                set(cell, value);
                int width = displayWidth(kind, value);
                widths[i] = Math.max(widths[i], width);
                lines = Math.max(lines, wrappedLines(i, width));
            }
            fitHeight(row, lines);
            rows++;
            return this;
        }

        /** A bold row naming the group of rows below it (its label in the first column). */
        public Table section(String label) {
            Row row = nextDataRow();
            for (int i = 0; i < columns.size(); i++) {
                row.createCell(i).setCellStyle(sectionStyle);
            }
            row.getCell(0).setCellValue(label);
            widths[0] = Math.max(widths[0], textWidth(label));
            fitHeight(row, wrappedLines(0, textWidth(label)));
            return this;
        }

        /** A line of text under the table (a signature line, a definition), across its width. */
        public Table note(String text) {
            nextRow++; // one empty row between the table and its notes
            textRow(nextRow++, text, infoStyle, TEXT_POINTS, finalWidth());
            return this;
        }

        /** Data rows written so far, over all sheets. */
        public long rows() {
            return rows;
        }

        private Row nextDataRow() {
            if (nextRow - headerRow > rowLimit) {
                finishSheet();
                newSheet();
            }
            return sheet.createRow(nextRow++);
        }

        private void newSheet() {
            sheets++;
            sheet = workbook.createSheet(sheets == 1 ? spec.sheetName() : spec.sheetName() + "(" + sheets + ")");
            nextRow = 0;
            int estimate = 0;
            for (int i = 0; i < columns.size(); i++) {
                estimate += cap(i, textWidth(columns.get(i).header()) + 2);
            }
            textRow(nextRow++, spec.title(), titleStyle, TITLE_POINTS, estimate);
            if (spec.scope() != null) {
                textRow(nextRow++, spec.scope(), infoStyle, TEXT_POINTS, estimate);
            }
            String period = spec.period() == null ? "" : spec.period() + "    ";
            textRow(nextRow++, period + "生成时间:" + GENERATED.format(generatedAt.atZone(Zones.CHINA)), infoStyle,
                    TEXT_POINTS, estimate);
            headerRow = nextRow++;
            Row header = sheet.createRow(headerRow);
            int lines = 1;
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns.get(i).header());
                cell.setCellStyle(headerStyle);
                int width = textWidth(columns.get(i).header());
                widths[i] = Math.max(widths[i], width);
                int cap = cap(i, Integer.MAX_VALUE) - 2;
                lines = Math.max(lines, (width + cap - 1) / cap);
            }
            fitHeight(header, lines);
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }

        /** A row whose first cell holds the text, merged across the table, tall enough for the wrapped text. */
        private void textRow(int index, String text, CellStyle style, int points, int tableWidth) {
            Row row = sheet.createRow(index);
            Cell cell = row.createCell(0);
            cell.setCellValue(text);
            cell.setCellStyle(style);
            if (columns.size() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(index, index, 0, columns.size() - 1));
            }
            int width = textWidth(text) * points / TEXT_POINTS; // in characters of the body font
            int lines = Math.max(1, (width + tableWidth - 1) / Math.max(1, tableWidth));
            row.setHeightInPoints(lines * LINE_POINTS * points / TEXT_POINTS + 4);
        }

        private int finalWidth() {
            int total = 0;
            for (int i = 0; i < columns.size(); i++) {
                total += cap(i, widths[i] + 2);
            }
            return total;
        }

        private void finishSheet() {
            for (int i = 0; i < columns.size(); i++) {
                sheet.setColumnWidth(i, cap(i, widths[i] + 2) * 256);
            }
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(finalWidth() > PORTRAIT_WIDTH);
            sheet.setFitToPage(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) (spec.isOnePage() ? 1 : 0));
            sheet.setHorizontallyCenter(true);
            sheet.setMargin(Sheet.LeftMargin, 0.6);
            sheet.setMargin(Sheet.RightMargin, 0.6);
            sheet.setMargin(Sheet.TopMargin, 0.7);
            sheet.setMargin(Sheet.BottomMargin, 0.7);
            sheet.getFooter().setCenter("第 &P 页,共 &N 页");
        }

        /**
         * The lines a value of this width takes once wrapped. Spreadsheet programs do not grow a streamed row to fit
         * its wrapped text, so the height is set here. A value narrower than its column's cap never wraps (the column
         * ends at least as wide as it); a wider one wraps at the cap.
         */
        private int wrappedLines(int i, int width) {
            int cap = cap(i, Integer.MAX_VALUE) - 2;
            return columns.get(i).kind() == Kind.TEXT && width > cap ? (width + cap - 1) / cap : 1;
        }

        private int cap(int i, int width) {
            return Math.max(6, Math.min(caps[i], width));
        }
    }

    /** A value whose kind differs from its column's (a form's value column holding counts, rates and money). */
    public record Typed(Kind kind, Object value) {
    }

    public static Typed typed(Kind kind, Object value) {
        return new Typed(kind, value);
    }

    private static void set(Cell cell, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
        } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
        } else if (value instanceof Instant i) {
            cell.setCellValue(LocalDateTime.ofInstant(i, Zones.CHINA));
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /**
     * The caps of a table's columns. Rows are streamed, so the caps are fixed before the first row: when the text
     * columns at their caps and the other columns at an estimate (their header, at least 10) would be wider than
     * {@link #PRINT_BUDGET}, the text columns' caps shrink in proportion, none below {@link #TEXT_MIN_CAP}. Numbers
     * and dates keep theirs: a cell narrower than its number shows ####.
     */
    static int[] caps(List<Column> columns) {
        int[] caps = new int[columns.size()];
        int fixed = 0;
        int text = 0;
        for (int i = 0; i < caps.length; i++) {
            Column c = columns.get(i);
            caps[i] = c.maxWidth() > 0 ? c.maxWidth() : c.kind() == Kind.TEXT ? TEXT_CAP : NUMBER_CAP;
            if (c.kind() == Kind.TEXT) {
                text += caps[i];
            } else {
                fixed += Math.min(caps[i], Math.max(10, textWidth(c.header()) + 2));
            }
        }
        int room = PRINT_BUDGET - fixed;
        if (text > room) {
            for (int i = 0; i < caps.length; i++) {
                if (columns.get(i).kind() == Kind.TEXT) {
                    caps[i] = Math.min(caps[i], Math.max(TEXT_MIN_CAP, caps[i] * Math.max(room, 0) / text));
                }
            }
        }
        return caps;
    }

    private static void fitHeight(Row row, int lines) {
        if (lines > 1) {
            row.setHeightInPoints(lines * LINE_POINTS + 2);
        }
    }

    private static int displayWidth(Kind kind, Object value) {
        if (value == null) {
            return 0;
        }
        return switch (kind) {
            case DATE -> 10;
            case DATETIME -> 16;
            case PERCENT -> 7;
            case MONEY -> value instanceof Number n ? String.format("%,.2f", n.doubleValue()).length() : 8;
            case NUMBER -> value instanceof BigDecimal b ? b.toPlainString().length() : value.toString().length();
            case TEXT -> textWidth(value.toString());
        };
    }

    /** Width in characters of the default font's digit: CJK and full-width characters take two. */
    static int textWidth(String text) {
        int width = 0;
        int widest = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                widest = Math.max(widest, width);
                width = 0;
            } else {
                width += c < 0x1100 ? 1 : 2;
            }
        }
        return Math.max(widest, width);
    }

    private Font font(boolean bold, int points) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        return font;
    }

    private CellStyle bordered(Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    private short format(String pattern) {
        return workbook.createDataFormat().getFormat(pattern);
    }
}
