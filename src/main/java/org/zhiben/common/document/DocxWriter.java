package org.zhiben.common.document;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a docx for printing and signing: A4 (portrait, or landscape for wide tables) with the margins of
 * Chinese official documents, a centred 宋体 title, 仿宋 text, bordered 宋体 tables whose header row repeats on
 * every page and whose rows never break across pages, signature lines, and 第 n 页 共 m 页 in the footer.
 */
public final class DocxWriter implements Closeable {

    /** A4 in twips (1/1440 inch): 210 × 297 mm. */
    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;
    private static final String TITLE_FONT = "宋体";
    private static final String TEXT_FONT = "仿宋";
    private static final String TABLE_FONT = "宋体";

    /** A table column: header, relative width, and whether it holds numbers (right-aligned). */
    public record Column(String header, int weight, boolean number) {

        public static Column text(String header, int weight) {
            return new Column(header, weight, false);
        }

        public static Column number(String header, int weight) {
            return new Column(header, weight, true);
        }
    }

    private final XWPFDocument doc = new XWPFDocument();
    private final CTPageMar margins;
    private final int textWidth;
    private double tableFontSize = 10.5;

    private DocxWriter(boolean landscape) {
        doc.getProperties().getCoreProperties().setCreator("治本安全生产信息平台");
        CTBody body = doc.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        margins = section.addNewPgMar();
        int left;
        int right;
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
            size.setW(BigInteger.valueOf(A4_LONG));
            size.setH(BigInteger.valueOf(A4_SHORT));
            left = 1134; // 20 mm all round
            right = 1134;
            margins.setTop(BigInteger.valueOf(1134));
            margins.setBottom(BigInteger.valueOf(1134));
        } else {
            size.setW(BigInteger.valueOf(A4_SHORT));
            size.setH(BigInteger.valueOf(A4_LONG));
            left = 1587; // GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm
            right = 1474;
            margins.setTop(BigInteger.valueOf(2098));
            margins.setBottom(BigInteger.valueOf(1984));
        }
        margins.setLeft(BigInteger.valueOf(left));
        margins.setRight(BigInteger.valueOf(right));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(851));
        textWidth = (landscape ? A4_LONG : A4_SHORT) - left - right;
        pageNumbers();
    }

    public static DocxWriter portrait() {
        return new DocxWriter(false);
    }

    /**
     * For a one-page form of many short lines (a statistics table): 20 mm top and bottom margins, 9 pt table text
     * at exact 12 pt lines, so about 50 rows fit on the page.
     */
    public DocxWriter compact() {
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        tableFontSize = 9;
        return this;
    }

    /** For tables too wide for a portrait page. */
    public static DocxWriter landscape() {
        return new DocxWriter(true);
    }

    public DocxWriter title(String title) {
        XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, 240);
        run(p, title, TITLE_FONT, 16, true);
        return this;
    }

    /** A line of text (unit, period, remarks). */
    public DocxWriter text(String text) {
        run(paragraph(ParagraphAlignment.LEFT, 60), text, TEXT_FONT, 12, false);
        return this;
    }

    /** Signature lines under the content, each on its own line with room to sign above it. */
    public DocxWriter signatures(String... lines) {
        for (String line : lines) {
            XWPFParagraph p = paragraph(ParagraphAlignment.LEFT, 0);
            p.setSpacingBefore(360);
            run(p, line, TEXT_FONT, 12, false);
        }
        return this;
    }

    /** Starts a table across the text width; add rows in order. */
    public Table table(List<Column> columns) {
        return new Table(columns);
    }

    public void write(OutputStream out) throws IOException {
        doc.write(out);
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    /**
     * Column widths in twips: by weight across {@code textWidth}, but none narrower than its header's first four
     * characters (a 编号 or 状态 column otherwise wraps one character per line); what the narrow ones need is taken
     * from the wider ones in proportion to what they have beyond their own minimum.
     */
    static int[] widths(List<Column> columns, int textWidth, double points) {
        int n = columns.size();
        int total = Math.max(1, columns.stream().mapToInt(Column::weight).sum());
        int[] widths = new int[n];
        int[] least = new int[n];
        for (int i = 0; i < n; i++) {
            widths[i] = textWidth * columns.get(i).weight() / total;
            int chars = 0;
            for (char c : columns.get(i).header().toCharArray()) {
                chars += c < 0x1100 ? 1 : 2;
            }
            // half-width characters at half an em; 240 twips for the cell's margins and border
            least[i] = (int) (Math.min(chars, 8) * points * 10) + 240;
        }
        if (Arrays.stream(least).sum() > textWidth) {
            return widths; // too many columns for any minimum: the weights decide
        }
        int missing = 0;
        int spare = 0;
        for (int i = 0; i < n; i++) {
            missing += Math.max(0, least[i] - widths[i]);
            spare += Math.max(0, widths[i] - least[i]);
        }
        if (missing == 0) {
            return widths;
        }
        int[] adjusted = new int[n];
        for (int i = 0; i < n; i++) {
            adjusted[i] = widths[i] < least[i] ? least[i]
                    : widths[i] - (int) ((long) (widths[i] - least[i]) * missing / spare);
        }
        return adjusted;
    }

    /** A bordered table whose header row repeats on every page. */
    public final class Table {

        private final List<Column> columns;
        private final XWPFTable table;
        private final int[] widths;

        private Table(List<Column> columns) {
            this.columns = columns;
            this.table = doc.createTable(1, columns.size());
            widths = widths(columns, textWidth, tableFontSize);
            CTTblPr properties = table.getCTTbl().getTblPr();
            CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
            width.setType(STTblWidth.DXA);
            width.setW(BigInteger.valueOf(Arrays.stream(widths).sum()));
            (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                    .setType(STTblLayoutType.FIXED);
            CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                    : table.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int w : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(w));
            }
            XWPFBorderType single = XWPFBorderType.SINGLE;
            table.setTopBorder(single, 4, 0, "000000");
            table.setBottomBorder(single, 4, 0, "000000");
            table.setLeftBorder(single, 4, 0, "000000");
            table.setRightBorder(single, 4, 0, "000000");
            table.setInsideHBorder(single, 4, 0, "000000");
            table.setInsideVBorder(single, 4, 0, "000000");
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            header.setCantSplitRow(true);
            for (int i = 0; i < columns.size(); i++) {
                XWPFTableCell cell = header.getCell(i);
                cell.setColor("D9D9D9");
                fill(cell, i, columns.get(i).header(), ParagraphAlignment.CENTER, true);
            }
        }

        public Table row(String... values) {
            XWPFTableRow row = table.createRow();
            row.setCantSplitRow(true);
            for (int i = 0; i < columns.size(); i++) {
                String value = i < values.length && values[i] != null ? values[i] : "";
                fill(row.getCell(i), i, value,
                        columns.get(i).number() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT, false);
            }
            return this;
        }

        /** A bold row naming the group of rows below it. */
        public Table section(String label) {
            XWPFTableRow row = table.createRow();
            row.setCantSplitRow(true);
            for (int i = 0; i < columns.size(); i++) {
                fill(row.getCell(i), i, i == 0 ? label : "", ParagraphAlignment.LEFT, true);
            }
            return this;
        }

        /** Back to the document, for what follows the table. */
        public DocxWriter end() {
            return DocxWriter.this;
        }

        private void fill(XWPFTableCell cell, int column, String text, ParagraphAlignment align, boolean bold) {
            cell.setWidth(String.valueOf(widths[column]));
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(align);
            p.setSpacingAfter(0);
            p.setSpacingBefore(0);
            // exact line height: rows as tall as their text, so the page count is predictable
            p.setSpacingBetween(Math.ceil(tableFontSize * 1.3), LineSpacingRule.EXACT);
            run(p, text, TABLE_FONT, tableFontSize, bold);
        }
    }

    private XWPFParagraph paragraph(ParagraphAlignment align, int spacingAfter) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(spacingAfter);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, double size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setFontFamily(font);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
        return run;
    }

    /** 第 n 页 共 m 页, centred in the footer of every page. */
    private void pageNumbers() {
        XWPFParagraph p = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "第 ", TABLE_FONT, 10.5, false);
        field(p, "PAGE");
        run(p, " 页 共 ", TABLE_FONT, 10.5, false);
        field(p, "NUMPAGES");
        run(p, " 页", TABLE_FONT, 10.5, false);
    }

    private static void field(XWPFParagraph p, String instruction) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "1", TABLE_FONT, 10.5, false);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
