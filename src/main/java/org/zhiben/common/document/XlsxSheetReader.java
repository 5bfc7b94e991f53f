package org.zhiben.common.document;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the first worksheet of an xlsx file row by row: POI's {@link XSSFReader} opens the package (read-only,
 * from a file, so parts are inflated on demand) and a SAX handler walks the sheet XML, so memory does not grow
 * with the number of rows; only the shared-string table is held, as plain strings.
 * <p>
 * The handler is a lean equivalent of POI's {@code XSSFSheetXMLHandler}, which builds an XmlBeans
 * {@code XSSFRichTextString} for every text cell (about 2 s of CPU per 100,000 rows) and formats 12-digit numbers
 * as '1.40403E+11'. Here every cell arrives as text: shared and inline strings (phonetic runs left out), numbers
 * as their plain digits ('140403001001', '13800138000', never '…E+11' or '….0'), a number in a date format (a date
 * typed in Excel or WPS) as its ISO date ('2024-03-01', with the time when it has one), booleans as TRUE/FALSE,
 * formula cells as their cached result.
 */
public final class XlsxSheetReader implements Closeable {

    /** Receives each row that has at least one non-empty cell: 1-based row number as in Excel, cells by column. */
    @FunctionalInterface
    public interface RowHandler {
        void row(int rowNumber, String[] cells);
    }

    /**
     * The file is not a readable xlsx workbook: not a zip package, a broken one, or one whose parts expand beyond
     * POI's {@link org.apache.poi.openxml4j.util.ZipSecureFile} limits (a zip bomb; see {@link #expandsTooFar()}).
     * Importers answer it with a 400.
     */
    public static final class NotXlsxException extends Exception {
        private final boolean expandsTooFar;

        NotXlsxException(Throwable cause) {
            this(cause, false);
        }

        NotXlsxException(Throwable cause, boolean expandsTooFar) {
            super(cause);
            this.expandsTooFar = expandsTooFar;
        }

        /** Whether a part would expand beyond the allowed ratio or size (a zip bomb). */
        public boolean expandsTooFar() {
            return expandsTooFar;
        }

        /** A message for the user, in Chinese. */
        public String userMessage() {
            return expandsTooFar ? "文件解压后过大(疑似压缩炸弹),已拒绝" : "不是有效的 xlsx 文件";
        }
    }

    /**
     * An I/O failure while inflating a part of the package that says the file itself is at fault — POI's zip-bomb
     * guard (ratio, entry size, file count) or a corrupt entry — as a {@link NotXlsxException}; others unchanged.
     */
    private static IOException orBroken(IOException e) throws NotXlsxException {
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (message.contains("zip bomb") || message.contains("max_entry_size") || message.contains("max entry size")
                || message.contains("max_file_count") || message.contains("exceed")) {
            throw new NotXlsxException(e, true);
        }
        if (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException) {
            throw new NotXlsxException(e);
        }
        return e;
    }

    /** The most rows a title block above a table's header may take. */
    public static final int TITLE_ROWS = 3;
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String STRICT_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final int width;

    private XlsxSheetReader(OPCPackage pkg, XSSFReader reader, int width) {
        this.pkg = pkg;
        this.reader = reader;
        this.width = width;
    }

    /**
     * Whether a row read before the header is part of a title block written by {@link XlsxWriter} (title, scope
     * and period lines): only its first cell holds text, and it lies within the first {@value #TITLE_ROWS} rows.
     * Importers skip such rows, so a file exported with its title block re-imports unchanged.
     */
    public static boolean titleRow(int rowNumber, String[] cells) {
        if (rowNumber > TITLE_ROWS || cells.length == 0 || cells[0] == null) {
            return false;
        }
        for (int i = 1; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isBlank()) {
                return false;
            }
        }
        return true;
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
            // NotOfficeXmlFileException, invalid or truncated zip, missing workbook part, …
            if (pkg != null) {
                pkg.revert();
            }
            throw new NotXlsxException(broken);
        }
    }

    /**
     * The number of rows the sheet's {@code <dimension>} spans (an upper bound of the rows holding values), or -1
     * when the sheet does not declare it. Reads only the head of the sheet XML.
     */
    public int declaredRowSpan() throws NotXlsxException, IOException {
        DimensionReader dimension = new DimensionReader();
        parse(dimension);
        return dimension.span;
    }

    /**
     * Counts the rows of the first sheet that hold a value (header included), stopping once the count exceeds
     * {@code limit}: a SAX pass that keeps no cell text.
     */
    public int countRows(int limit) throws NotXlsxException, IOException {
        RowCounter counter = new RowCounter(limit);
        parse(counter);
        return counter.rows;
    }

    /** Streams the first sheet's rows to the handler; exceptions thrown by the handler propagate unchanged. */
    public void read(RowHandler handler) throws NotXlsxException, IOException {
        parse(new SheetHandler(sharedStrings(), dateStyles(), handler, width));
    }

    /** Which cell styles (by index) show a number as a date. */
    private boolean[] dateStyles() throws NotXlsxException {
        try {
            StylesTable styles = reader.getStylesTable();
            if (styles == null) {
                return new boolean[0];
            }
            boolean[] date = new boolean[styles.getNumCellStyles()];
            for (int i = 0; i < date.length; i++) {
                XSSFCellStyle style = styles.getStyleAt(i);
                date[i] = style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
            }
            return date;
        } catch (IOException | InvalidFormatException | RuntimeException broken) {
            throw new NotXlsxException(broken);
        }
    }

    private void parse(ContentHandler contentHandler) throws NotXlsxException, IOException {
        try (InputStream sheet = firstSheet()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(contentHandler);
            xml.parse(new InputSource(sheet));
        } catch (StopParsing enough) {
            // the handler has what it needs
        } catch (IOException e) {
            throw orBroken(e);
        } catch (SAXException malformed) {
            throw new NotXlsxException(malformed);
        } catch (ParserConfigurationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private List<String> sharedStrings() throws NotXlsxException, IOException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return List.of();
        }
        SharedStrings strings = new SharedStrings();
        try (InputStream in = parts.get(0).getInputStream()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(strings);
            xml.parse(new InputSource(in));
        } catch (TooManySharedStrings tooMany) {
            throw new NotXlsxException(tooMany, true);
        } catch (IOException e) {
            throw orBroken(e);
        } catch (SAXException malformed) {
            throw new NotXlsxException(malformed);
        } catch (ParserConfigurationException impossible) {
            throw new IllegalStateException(impossible);
        }
        return strings.strings;
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
        pkg.revert(); // opened read-only: close without saving
    }

    /**
     * The most characters of shared strings held in memory (about 128 MB): an import of 100,000 enterprises needs a
     * tenth of it; a file that inflates within POI's ratio limit but past this is refused as a zip bomb.
     */
    static final long MAX_SHARED_CHARS = 64L << 20;

    private static final class TooManySharedStrings extends RuntimeException {
        TooManySharedStrings() {
            super("shared strings exceed " + MAX_SHARED_CHARS + " characters", null, false, false);
        }
    }

    /** Ends a SAX pass early. */
    private static final class StopParsing extends RuntimeException {
        StopParsing() {
            super(null, null, false, false);
        }
    }

    private static boolean main(String uri) {
        return uri == null || uri.isEmpty() || MAIN_NS.equals(uri) || STRICT_NS.equals(uri);
    }

    /** 0-based column of a reference like 'AB12', or -1. */
    static int column(String reference) {
        int column = 0;
        int i = 0;
        for (; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
        }
        return i == 0 ? -1 : column - 1;
    }

    /** 1-based row of a reference like 'AB12', or -1. */
    static int row(String reference) {
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            i++;
        }
        try {
            return Integer.parseInt(reference.substring(i));
        } catch (NumberFormatException none) {
            return -1;
        }
    }

    /**
     * A date cell's serial number (days since 1899-12-30, the fraction the time of day) as an ISO date, with the time
     * when it has one; a number no calendar holds stays as its digits.
     */
    static String isoDate(String stored) {
        try {
            double serial = Double.parseDouble(stored.strip());
            if (!DateUtil.isValidExcelDate(serial)) {
                return plainNumber(stored);
            }
            LocalDateTime at = DateUtil.getLocalDateTime(serial, false, true);
            return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.toString();
        } catch (NumberFormatException notANumber) {
            return plainNumber(stored);
        }
    }

    /** The plain decimal digits of a number as stored in the sheet ('1.40403001001E11' → '140403001001'). */
    static String plainNumber(String stored) {
        String s = stored.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(s).stripTrailingZeros();
            return value.scale() <= 0 ? value.toBigInteger().toString() : value.toPlainString();
        } catch (NumberFormatException notANumber) {
            return s;
        }
    }

    /** The cells of each row; a cell's text is collected from {@code <v>} or from {@code <is><t>}. */
    private static final class SheetHandler extends DefaultHandler {

        private final List<String> strings;
        private final boolean[] dateStyles;
        private final RowHandler handler;
        private final String[] cells;
        private final StringBuilder text = new StringBuilder(64);
        private int rowNumber;
        private int nextRowNumber = 1;
        private boolean any;
        private int column;
        private int nextColumn;
        private String type;
        private boolean date;
        private boolean inValue;
        private boolean inInline;
        private boolean inText;
        private boolean inPhonetic;

        SheetHandler(List<String> strings, boolean[] dateStyles, RowHandler handler, int width) {
            this.strings = strings;
            this.dateStyles = dateStyles;
            this.handler = handler;
            this.cells = new String[width];
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!main(uri)) {
                return;
            }
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    int n = r == null ? -1 : parseInt(r);
                    rowNumber = n > 0 ? n : nextRowNumber;
                    Arrays.fill(cells, null);
                    any = false;
                    nextColumn = 0;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    int c = r == null ? -1 : column(r);
                    column = c >= 0 ? c : nextColumn;
                    type = attributes.getValue("t");
                    int style = attributes.getValue("s") == null ? 0 : parseInt(attributes.getValue("s"));
                    date = style >= 0 && style < dateStyles.length && dateStyles[style];
                    text.setLength(0);
                }
                case "v" -> inValue = true;
                case "is" -> inInline = true;
                case "t" -> inText = inInline;
                case "rPh" -> inPhonetic = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || (inText && !inPhonetic)) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (!main(uri)) {
                return;
            }
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                case "is" -> inInline = false;
                case "c" -> {
                    String value = value();
                    if (value != null && !value.isEmpty() && column < cells.length) {
                        cells[column] = value;
                        any = true;
                    }
                    nextColumn = column + 1;
                }
                case "row" -> {
                    if (any) {
                        handler.row(rowNumber, cells.clone());
                    }
                    nextRowNumber = rowNumber + 1;
                }
                default -> {
                }
            }
        }

        private String value() {
            if (text.length() == 0) {
                return null;
            }
            String raw = text.toString();
            if (type == null || type.equals("n")) {
                return date ? isoDate(raw) : plainNumber(raw);
            }
            return switch (type) {
                case "s" -> {
                    int index = parseInt(raw.strip());
                    yield index >= 0 && index < strings.size() ? strings.get(index) : null;
                }
                case "b" -> "1".equals(raw.strip()) ? "TRUE" : "FALSE";
                default -> raw; // inlineStr, str (formula text), e (error such as #N/A), d (ISO date)
            };
        }

        private static int parseInt(String s) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException bad) {
                return -1;
            }
        }
    }

    /** The shared-string table as plain strings: each {@code <si>}'s text runs, phonetic runs left out. */
    private static final class SharedStrings extends DefaultHandler {

        final List<String> strings = new ArrayList<>();
        private final StringBuilder text = new StringBuilder(64);
        private long chars;
        private boolean inText;
        private boolean inPhonetic;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!main(uri)) {
                return;
            }
            switch (localName) {
                case "si" -> text.setLength(0);
                case "t" -> inText = true;
                case "rPh" -> inPhonetic = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText && !inPhonetic) {
                text.append(ch, start, length);
                chars += length;
                if (chars > MAX_SHARED_CHARS) {
                    throw new TooManySharedStrings();
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (!main(uri)) {
                return;
            }
            switch (localName) {
                case "si" -> strings.add(text.toString());
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                default -> {
                }
            }
        }
    }

    /** Reads {@code <dimension ref='A1:Q100001'/>} and stops at the sheet data. */
    private static final class DimensionReader extends DefaultHandler {

        int span = -1;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!main(uri)) {
                return;
            }
            if (localName.equals("dimension")) {
                String ref = attributes.getValue("ref");
                if (ref != null) {
                    String[] ends = ref.split(":");
                    int first = row(ends[0]);
                    int last = row(ends[ends.length - 1]);
                    if (first > 0 && last >= first) {
                        span = last - first + 1;
                    }
                }
                throw new StopParsing();
            }
            if (localName.equals("sheetData")) {
                throw new StopParsing();
            }
        }
    }

    /** Counts {@code <row>} elements holding a value ({@code <v>} or inline text {@code <t>}). */
    private static final class RowCounter extends DefaultHandler {

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
                throw new StopParsing();
            }
        }
    }
}
