package org.zhiben.directory.internal;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Iterator;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the first worksheet of an xlsx file row by row with POI's event API (SAX over the sheet XML, shared
 * strings held read-only), so memory does not grow with the number of rows. Cell values arrive as text; numbers
 * as their plain digits ("140403001001", never "1.40403E+11" or "…​.0").
 */
public final class XlsxSheetReader implements Closeable {

    /** Receives each row that has at least one cell: 1-based row number as in Excel, cells by column index. */
    @FunctionalInterface
    public interface RowHandler {
        void row(int rowNumber, String[] cells);
    }

    /** The file is not a readable xlsx workbook. */
    public static final class NotXlsxException extends Exception {
        NotXlsxException(Throwable cause) {
            super(cause);
        }
    }

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final int width;

    private XlsxSheetReader(OPCPackage pkg, XSSFReader reader, int width) {
        this.pkg = pkg;
        this.reader = reader;
        this.width = width;
    }

    /** Opens the file read-only; {@code width} is the number of leading columns delivered to the handler. */
    public static XlsxSheetReader open(File file, int width) throws NotXlsxException {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file, PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            reader.getWorkbookData().close();
            return new XlsxSheetReader(pkg, reader, width);
        } catch (IOException | OpenXML4JException | RuntimeException broken) {
            // NotOfficeXmlFileException, invalid zip, missing workbook part, …
            if (pkg != null) {
                pkg.revert();
            }
            throw new NotXlsxException(broken);
        }
    }

    /**
     * Counts the rows of the first sheet that hold a value (header included), stopping once the count exceeds
     * {@code limit}. A cheap SAX pass that keeps no cell text.
     */
    public int countRows(int limit) throws NotXlsxException, IOException {
        RowCounter counter = new RowCounter(limit);
        try (InputStream sheet = firstSheet()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(counter);
            xml.parse(new InputSource(sheet));
        } catch (RowCounter.LimitReached enough) {
            // counted past the limit: that is all the caller needs to know
        } catch (SAXException | RuntimeException malformed) {
            throw new NotXlsxException(malformed);
        } catch (ParserConfigurationException impossible) {
            throw new IllegalStateException(impossible);
        }
        return counter.rows;
    }

    /** Streams the first sheet's rows to the handler; exceptions thrown by the handler propagate unchanged. */
    public void read(RowHandler handler) throws NotXlsxException, IOException {
        ReadOnlySharedStringsTable strings;
        StylesTable styles;
        try {
            strings = new ReadOnlySharedStringsTable(pkg, false);
            styles = reader.getStylesTable();
        } catch (SAXException | OpenXML4JException | RuntimeException broken) {
            throw new NotXlsxException(broken);
        }
        Rows rows = new Rows(handler, width);
        try (InputStream sheet = firstSheet()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new PlainNumbers(), false));
            xml.parse(new InputSource(sheet));
        } catch (SAXException malformed) {
            throw new NotXlsxException(malformed);
        } catch (ParserConfigurationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private InputStream firstSheet() throws NotXlsxException, IOException {
        try {
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new NotXlsxException(new IllegalStateException("workbook has no sheet"));
            }
            return sheets.next();
        } catch (OpenXML4JException | RuntimeException broken) {
            throw new NotXlsxException(broken);
        }
    }

    @Override
    public void close() {
        pkg.revert(); // read-only: close without saving
    }

    /** Collects one row's cells by column letter (or position when a generator omits the reference). */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowHandler handler;
        private final String[] cells;
        private int nextColumn;
        private boolean any;

        Rows(RowHandler handler, int width) {
            this.handler = handler;
            this.cells = new String[width];
        }

        @Override
        public void startRow(int rowNum) {
            Arrays.fill(cells, null);
            nextColumn = 0;
            any = false;
        }

        @Override
        public void endRow(int rowNum) {
            if (any) {
                handler.row(rowNum + 1, cells.clone());
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : column(reference);
            nextColumn = column + 1;
            if (column >= 0 && column < cells.length && value != null) {
                cells[column] = value;
                any = true;
            }
        }

        private static int column(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    column = column * 26 + (c - 'A' + 1);
                } else if (c >= 'a' && c <= 'z') {
                    column = column * 26 + (c - 'a' + 1);
                } else {
                    break;
                }
            }
            return column - 1;
        }
    }

    /** Numbers as their plain decimal digits whatever the cell format: codes and phones typed as numbers. */
    private static final class PlainNumbers extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return plain(value);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                boolean use1904Windowing) {
            return plain(value);
        }

        private static String plain(double value) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return String.valueOf(value);
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** Counts {@code <row>} elements containing a value ({@code <v>} or inline/rich text {@code <t>}). */
    private static final class RowCounter extends DefaultHandler {

        static final class LimitReached extends RuntimeException {
            LimitReached() {
                super(null, null, false, false);
            }
        }

        private final int limit;
        int rows;
        private boolean hasValue;

        RowCounter(int limit) {
            this.limit = limit;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> hasValue = false;
                case "v", "t" -> hasValue = true;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("row".equals(localName) && hasValue && ++rows > limit) {
                throw new LimitReached();
            }
        }
    }
}
