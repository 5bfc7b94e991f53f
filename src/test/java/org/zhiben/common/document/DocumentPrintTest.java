package org.zhiben.common.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.zhiben.common.document.TableSpec.Kind;

class DocumentPrintTest {

    static final String[] WIDE = {"序号", "企业名称", "区划代码", "隐患描述", "隐患部位", "隐患等级", "隐患类型", "隐患来源",
            "发现渠道", "状态", "发现日期", "存量/增量", "整改期限", "是否超期", "整改责任人", "治理资金(元)", "销号日期",
            "挂牌督办", "隐患编号"};

    @Test
    void aWideTablePrintsLandscapeOnA4WithItsHeaderOnEveryPage() throws Exception {
        byte[] xlsx = wide(300);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("测试台账");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("企业名称");
            assertThat(sheet.getRow(4).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(4).getCell(15).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
        }
        PrintedPages pages = PrintedPages.print(xlsx, "xlsx");
        assertThat(pages.count()).isGreaterThan(1);
        pages.allA4(true).headersOnEveryPage("序号", "企业名称", "隐患描述", "挂牌督办", "隐患编号");
        assertThat(pages.page(1)).contains("测试台账").contains("第1页,共" + pages.count() + "页");
        // nineteen columns fitted to the page width still print legibly: the text columns wrap instead
        assertThat(pages.medianPoints()).isGreaterThanOrEqualTo(7f);
    }

    @Test
    void aWordTablesNarrowColumnsKeepTheirHeaderOnOneLine() {
        List<DocxWriter.Column> columns = List.of(DocxWriter.Column.number("序号", 1), DocxWriter.Column.text("事项", 20),
                DocxWriter.Column.text("状态", 1), DocxWriter.Column.text("佐证材料", 20));
        int[] widths = DocxWriter.widths(columns, 9000, 10.5);
        assertThat(widths[0]).isGreaterThanOrEqualTo(2 * 210 + 240); // two characters of 10.5 pt and the margins
        assertThat(widths[2]).isGreaterThanOrEqualTo(2 * 210 + 240);
        assertThat(widths[1]).isLessThan(9000 * 20 / 42).isGreaterThan(3000); // the wide ones give up what is needed
        assertThat(widths[3]).isLessThan(9000 * 20 / 42).isGreaterThan(3000);
        assertThat(java.util.Arrays.stream(widths).sum()).isBetween(9000 - 4, 9000);
    }

    @Test
    void theTextColumnsOfATableTooWideForThePageWrapNarrower() {
        List<TableSpec.Column> columns = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            columns.add(new TableSpec.Column("说明" + i, Kind.TEXT, 0));
        }
        columns.add(new TableSpec.Column("金额", Kind.MONEY, 0));
        int[] caps = XlsxWriter.caps(columns);
        assertThat(java.util.Arrays.stream(caps).sum()).isLessThanOrEqualTo(XlsxWriter.PRINT_BUDGET + 8);
        assertThat(caps[12]).isEqualTo(18); // a number keeps its width, or it would print as ####
        // a table that fits keeps the usual caps
        assertThat(XlsxWriter.caps(columns.subList(0, 3))).containsOnly(40);
    }

    @Test
    void aNarrowFormPrintsPortraitOnOnePage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter writer = XlsxWriter.create()) {
            XlsxWriter.Table form = writer.table(TableSpec.sheet("表").title("统计分析表").scope("单位名称:测试公司")
                    .period("统计期间:2024-04-01 至 2024-06-30").onePage()
                    .column("项目", Kind.TEXT, 60).column("数值", Kind.NUMBER));
            for (int i = 0; i < 40; i++) {
                form.section("第" + i + "部分").row("  其中项目" + i + "的很长很长很长很长很长很长很长很长很长很长很长的说明", i);
            }
            form.row("整改率", XlsxWriter.typed(Kind.PERCENT, 0.5)).note("主要负责人(签字):________________");
            writer.write(out);
        }
        PrintedPages pages = PrintedPages.print(out.toByteArray(), "xlsx");
        assertThat(pages.count()).isEqualTo(1);
        pages.allA4(false);
        assertThat(pages.text()).contains("其中项目39").contains("50.0%").contains("主要负责人(签字)");
    }

    @Test
    void aDocxIsA4WithPageNumbersAndRepeatedHeaders() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DocxWriter doc = DocxWriter.portrait()) {
            DocxWriter.Table table = doc.title("测试通报").text("统计期间:2024-01-01 至 2024-03-31")
                    .table(List.of(DocxWriter.Column.text("区划", 3), DocxWriter.Column.number("发现隐患", 1),
                            DocxWriter.Column.number("整改率", 1)));
            for (int i = 0; i < 120; i++) {
                table.row("测试乡镇" + i, String.valueOf(i), "50.0%");
            }
            table.end().signatures("审核人:____________", "签发人:____________");
            doc.write(out);
        }
        PrintedPages pages = PrintedPages.print(out.toByteArray(), "docx");
        assertThat(pages.count()).isGreaterThan(1);
        pages.allA4(false).headersOnEveryPageWith("测试乡镇", "区划", "发现隐患", "整改率");
        assertThat(pages.page(1)).contains("第1页共" + pages.count() + "页");
        assertThat(pages.page(pages.count())).contains("签发人");
    }

    @Test
    void theStreamingReaderSkipsTheTitleBlock() throws Exception {
        File file = Files.createTempFile("wide", ".xlsx").toFile();
        try {
            Files.write(file.toPath(), wide(3));
            List<String[]> rows = new ArrayList<>();
            List<Integer> titles = new ArrayList<>();
            try (XlsxSheetReader reader = XlsxSheetReader.open(file, WIDE.length)) {
                reader.read((n, cells) -> {
                    if (rows.isEmpty() && XlsxSheetReader.titleRow(n, cells)) {
                        titles.add(n);
                    } else {
                        rows.add(cells);
                    }
                });
            }
            assertThat(titles).containsExactly(1, 2, 3);
            assertThat(rows.get(0)).containsExactly(WIDE);
            assertThat(rows.get(1)[0]).isEqualTo("1");
            assertThat(rows.get(1)[15]).isEqualTo("1234.5");
        } finally {
            file.delete();
        }
    }

    private static byte[] wide(int rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter writer = XlsxWriter.create()) {
            TableSpec spec = TableSpec.sheet("台账").title("测试台账").scope("范围:测试县").period("发现日期:2024年");
            for (String header : WIDE) {
                spec.column(header, header.equals("序号") ? Kind.NUMBER
                        : header.equals("治理资金(元)") ? Kind.MONEY
                        : header.endsWith("日期") || header.equals("整改期限") ? Kind.DATE : Kind.TEXT);
            }
            XlsxWriter.Table table = writer.table(spec);
            for (int i = 1; i <= rows; i++) {
                List<Object> row = new ArrayList<>();
                for (String header : WIDE) {
                    row.add(switch (header) {
                        case "序号" -> i;
                        case "治理资金(元)" -> 1234.5;
                        case "发现日期", "整改期限", "销号日期" -> LocalDate.of(2024, 5, 1);
                        case "隐患描述" -> "配电室门口堆放杂物,灭火器压力不足,疏散通道被占用" + i;
                        default -> header + i;
                    });
                }
                table.row(row);
            }
            writer.write(out);
        }
        return out.toByteArray();
    }
}
