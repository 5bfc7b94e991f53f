package org.zhiben.common.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxSheetReaderTest {

    @TempDir
    Path dir;

    /** A date typed into Excel or WPS is a number in a date format: it arrives as the ISO date a form would take. */
    @Test
    void aDateTypedInExcelArrivesAsItsIsoDateAndANumberAsItsDigits() throws Exception {
        Path file = dir.resolve("dates.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle chinese = book.createCellStyle();
            chinese.setDataFormat(book.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            CellStyle builtin = book.createCellStyle();
            builtin.setDataFormat((short) BuiltinFormats.getBuiltinFormat("m/d/yy"));
            CellStyle withTime = book.createCellStyle();
            withTime.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            XSSFSheet sheet = book.createSheet();
            XSSFRow row = sheet.createRow(0);
            row.createCell(0).setCellValue(LocalDate.of(2024, 3, 1));
            row.getCell(0).setCellStyle(chinese);
            row.createCell(1).setCellValue(LocalDate.of(1999, 12, 31));
            row.getCell(1).setCellStyle(builtin);
            row.createCell(2).setCellValue(LocalDateTime.of(2026, 12, 7, 8, 30));
            row.getCell(2).setCellStyle(withTime);
            row.createCell(3).setCellValue(45383);
            row.createCell(4).setCellValue("2024-03-01");
            book.write(out);
        }
        List<String[]> rows = new ArrayList<>();
        try (XlsxSheetReader reader = XlsxSheetReader.open(file.toFile(), 5)) {
            reader.read((n, cells) -> rows.add(cells));
        }
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsExactly("2024-03-01", "1999-12-31", "2026-12-07T08:30", "45383", "2024-03-01");
    }
}
