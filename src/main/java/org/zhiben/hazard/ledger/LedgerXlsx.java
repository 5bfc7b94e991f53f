package org.zhiben.hazard.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The 隐患台账 sheet, written row by row through a SXSSF window of {@value #WINDOW} rows (older rows go to a
 * compressed temporary file). A sheet holds at most {@value #ROWS_PER_SHEET} data rows; longer ledgers continue on
 * 台账(2), 台账(3)…
 */
final class LedgerXlsx implements AutoCloseable {

    static final int WINDOW = 100;
    static final int ROWS_PER_SHEET = 1_000_000;
    static final String[] HEADERS = {"序号", "企业名称", "区划代码", "隐患描述", "隐患部位", "隐患等级", "隐患类型",
            "隐患来源", "发现渠道", "状态", "发现日期", "存量/增量", "整改期限", "是否超期", "整改责任人", "治理资金(元)",
            "销号日期", "挂牌督办", "隐患编号"};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final CellStyle headerStyle;
    private Sheet sheet;
    private int rowInSheet;
    private long rows;

    LedgerXlsx() {
        workbook.setCompressTempFiles(true);
        headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        newSheet();
    }

    private void newSheet() {
        int n = workbook.getNumberOfSheets();
        sheet = workbook.createSheet(n == 0 ? "隐患台账" : "隐患台账(" + (n + 1) + ")");
        Row header = sheet.createRow(0);
        for (int i = 0; i < HEADERS.length; i++) {
            header.createCell(i).setCellValue(HEADERS[i]);
            header.getCell(i).setCellStyle(headerStyle);
        }
        ((SXSSFSheet) sheet).createFreezePane(0, 1);
        rowInSheet = 0;
    }

    void add(HazardRow h) {
        if (rowInSheet == ROWS_PER_SHEET) {
            newSheet();
        }
        rowInSheet++;
        rows++;
        Row row = sheet.createRow(rowInSheet);
        int c = 0;
        row.createCell(c++).setCellValue(rows);
        row.createCell(c++).setCellValue(h.enterpriseName());
        row.createCell(c++).setCellValue(h.regionCode());
        row.createCell(c++).setCellValue(h.description());
        text(row, c++, h.location());
        row.createCell(c++).setCellValue(h.level().label());
        row.createCell(c++).setCellValue(h.type().label());
        row.createCell(c++).setCellValue(h.source().label());
        row.createCell(c++).setCellValue(h.government() ? "政府渠道" : "企业自查");
        row.createCell(c++).setCellValue(h.state().label());
        row.createCell(c++).setCellValue(h.foundOn().format(DATE));
        row.createCell(c++).setCellValue(h.stock() ? "存量" : "增量");
        text(row, c++, h.deadline() == null ? null : h.deadline().format(DATE));
        row.createCell(c++).setCellValue(h.overdue() ? "是" : "否");
        text(row, c++, h.responsibleName());
        if (h.funds() != null) {
            row.createCell(c).setCellValue(h.funds().doubleValue());
        }
        c++;
        text(row, c++, h.closedOn() == null ? null : h.closedOn().format(DATE));
        row.createCell(c++).setCellValue(h.supervised() ? "是" : "否");
        row.createCell(c).setCellValue(h.id().toString());
    }

    private static void text(Row row, int c, String value) {
        if (value != null) {
            row.createCell(c).setCellValue(value);
        }
    }

    long rows() {
        return rows;
    }

    void write(OutputStream out) throws IOException {
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
}
