package org.zhiben.directory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhiben.common.Uscc;
import org.zhiben.directory.internal.EnterpriseSheetLayout;

/**
 * Sheets in the enterprise import layout and USCCs for the xlsx tests. The tests share the demo database, so every
 * test takes its own {@link Batch} of codes: {@code 91 990102 XT} + a five-digit block + a two-digit serial. Blocks
 * count up from a random start per run, so they never collide within a run, and almost never with the records of an
 * earlier run on a database that was kept (PostgreSQL). Demo codes are {@code …MA…}, {@code ItData}'s {@code …M?…}.
 */
final class XlsxTestData {

    /** 上庄村 in 东关镇: inside the jurisdiction of the demo official town.aj. */
    static final String VILLAGE = "990101100202";
    /** 西河镇 and its 西河村: a sibling town, outside town.aj's jurisdiction. */
    static final String OTHER_TOWN = "990101101000";
    static final String OTHER_TOWN_VILLAGE = "990101101201";

    static final List<String> HEADERS = EnterpriseSheetLayout.COLUMNS.stream()
            .map(EnterpriseSheetLayout.Column::header).toList();

    private static final AtomicInteger BLOCKS = new AtomicInteger(Math.floorMod(System.nanoTime(), 90_000));

    private XlsxTestData() {
    }

    /** 100 USCCs no other test uses; {@link #prefix()} finds exactly them (the list filter {@code q} matches a USCC prefix). */
    record Batch(String prefix) {

        static Batch next() {
            return new Batch("91990102XT" + String.format("%05d", BLOCKS.getAndIncrement()));
        }

        /** A valid USCC, {@code n} in 0–99. */
        String uscc(int n) {
            String first17 = prefix + String.format("%02d", n);
            return first17 + Uscc.checkCharacter(first17);
        }

        /** A text unique to this batch, for names. */
        String tag() {
            return prefix.substring(10);
        }
    }

    static List<Object> headerRow() {
        return new ArrayList<>(HEADERS);
    }

    /** A valid row; index = column. */
    static List<Object> row(String uscc, String name, Object region) {
        return new ArrayList<>(Arrays.asList(uscc, name, "厂矿(企业)", "02", "", region, "东街1号", "张三",
                "13900000000", "", "", "李四", "", "规上", "是", "二级", "在营"));
    }

    /** A workbook of the rows: numbers as numeric cells, empty texts as missing cells. */
    static byte[] workbook(List<List<Object>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("企业");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null && !v.toString().isEmpty()) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SafeVarargs
    static byte[] xlsxOf(List<Object>... rows) {
        return workbook(Arrays.asList(rows));
    }

    /** The first sheet's cells as text, row by row (header included); missing cells as empty text. */
    static List<List<String>> cells(byte[] xlsx) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < HEADERS.size(); c++) {
                    var cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getStringCellValue());
                }
                if (!rows.isEmpty() || cells.equals(HEADERS)) { // from the header on: an export's title block left out
                    rows.add(cells);
                }
            }
            return rows;
        }
    }

    /** Column {@code column} of every data row. */
    static List<String> column(byte[] xlsx, int column) throws IOException {
        return cells(xlsx).stream().skip(1).map(r -> r.get(column)).toList();
    }
}
