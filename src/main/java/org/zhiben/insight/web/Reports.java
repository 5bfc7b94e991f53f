package org.zhiben.insight.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;
import org.zhiben.insight.Figures;
import org.zhiben.insight.Overview;
import org.zhiben.insight.Ranking;

/** The 晾晒通报 as xlsx and docx, and the dashboard's tables (figures, trend) as xlsx. */
@Component
class Reports {

    /** One column of the ranking: heading and value (a Long count or a Double rate). */
    record Column(String heading, Function<Figures, Object> value) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("企业数", Figures::enterprises),
            new Column("双重预防建成率", Figures::inventoryRate),
            new Column("重大风险企业", Figures::withMajorRisk),
            new Column("在线填报率", Figures::onlineRate),
            new Column("任务完成率", Figures::completionRate),
            new Column("发现隐患", Figures::found),
            new Column("其中重大", Figures::foundMajor),
            new Column("整改率", Figures::rectificationRate),
            new Column("按期整改率", Figures::onTimeRate),
            new Column("未整改隐患", Figures::open),
            new Column("超期未整改", Figures::overdue),
            new Column("未整改重大隐患", Figures::openMajor),
            new Column("重大隐患存量未清", Figures::majorStockOpen),
            new Column("重大隐患增量", Figures::majorIncrementInPeriod));

    static String title(Ranking r) {
        return r.name() + (r.enterprises() ? "企业" : "下级区划") + "隐患排查治理晾晒通报(" + r.from() + " 至 " + r.to()
                + ")";
    }

    static String text(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Double d) {
            return String.format("%.1f%%", d * 100);
        }
        return value.toString();
    }

    byte[] rankingXlsx(Ranking r) throws IOException {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("晾晒通报");
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            sheet.createRow(0).createCell(0).setCellValue(title(r));
            Row head = sheet.createRow(1);
            head.createCell(0).setCellValue(r.enterprises() ? "企业" : "区划");
            head.createCell(1).setCellValue("代码");
            for (int i = 0; i < COLUMNS.size(); i++) {
                head.createCell(i + 2).setCellValue(COLUMNS.get(i).heading());
            }
            int n = 2;
            for (Ranking.Row row : r.rows()) {
                Row x = sheet.createRow(n++);
                x.createCell(0).setCellValue(row.name());
                x.createCell(1).setCellValue(row.code());
                for (int i = 0; i < COLUMNS.size(); i++) {
                    Object v = COLUMNS.get(i).value().apply(row.figures());
                    if (v instanceof Double d) {
                        x.createCell(i + 2).setCellValue(d);
                        x.getCell(i + 2).setCellStyle(percent);
                    } else if (v instanceof Long l) {
                        x.createCell(i + 2).setCellValue(l);
                    } else {
                        x.createCell(i + 2).setCellValue("—");
                    }
                }
            }
            sheet.setColumnWidth(0, 24 * 256);
            sheet.setColumnWidth(1, 38 * 256);
            wb.write(out);
            return out.toByteArray();
        }
    }

    byte[] rankingDocx(Ranking r) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph p = doc.createParagraph();
            XWPFRun run = p.createRun();
            run.setBold(true);
            run.setFontSize(16);
            run.setText(title(r));
            List<Column> cols = List.of(COLUMNS.get(0), COLUMNS.get(1), COLUMNS.get(5), COLUMNS.get(7),
                    COLUMNS.get(8), COLUMNS.get(9), COLUMNS.get(10), COLUMNS.get(11));
            XWPFTable table = doc.createTable(r.rows().size() + 1, cols.size() + 1);
            XWPFTableRow head = table.getRow(0);
            head.getCell(0).setText(r.enterprises() ? "企业" : "区划");
            for (int i = 0; i < cols.size(); i++) {
                head.getCell(i + 1).setText(cols.get(i).heading());
            }
            for (int j = 0; j < r.rows().size(); j++) {
                Ranking.Row row = r.rows().get(j);
                XWPFTableRow x = table.getRow(j + 1);
                x.getCell(0).setText(row.name());
                for (int i = 0; i < cols.size(); i++) {
                    x.getCell(i + 1).setText(text(cols.get(i).value().apply(row.figures())));
                }
            }
            doc.createParagraph().createRun().setText("整改率 = 期内发现隐患中已销号的比例;按期整改率 = 期内销号隐患中在整改期限内销号的比例;"
                    + "未整改、超期为当前数。口径见平台文档 docs/metrics.md。");
            doc.write(out);
            return out.toByteArray();
        }
    }

    byte[] overviewXlsx(Overview o) throws IOException {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("指标");
            sheet.createRow(0).createCell(0).setCellValue(o.name() + " 统计指标(" + o.from() + " 至 " + o.to() + ")");
            Figures f = o.figures();
            Object[][] rows = {
                    {"企业数", f.enterprises()}, {"建立风险清单的企业", f.withInventory()},
                    {"双重预防建成率", text(f.inventoryRate())}, {"有重大风险的企业", f.withMajorRisk()},
                    {"重大风险单元", f.unitsMajor()}, {"较大风险单元", f.unitsLarge()}, {"一般风险单元", f.unitsGeneral()},
                    {"低风险单元", f.unitsLow()}, {"在线填报企业", f.reportingEnterprises()},
                    {"在线填报率", text(f.onlineRate())}, {"完成的排查任务", f.tasksDone()}, {"未完成的排查任务", f.tasksMissed()},
                    {"任务完成率", text(f.completionRate())}, {"发现隐患", f.found()}, {"其中重大隐患", f.foundMajor()},
                    {"其中已销号", f.closedOfFound()}, {"整改率", text(f.rectificationRate())}, {"期内销号", f.closed()},
                    {"其中按期", f.closedOnTime()}, {"按期整改率", text(f.onTimeRate())}, {"未整改一般隐患", f.openGeneral()},
                    {"未整改重大隐患", f.openMajor()}, {"超期一般隐患", f.overdueGeneral()}, {"超期重大隐患", f.overdueMajor()},
                    {"重大隐患存量", f.majorStock()}, {"存量未清", f.majorStockOpen()}, {"重大隐患增量", f.majorIncrement()},
                    {"增量未清", f.majorIncrementOpen()}, {"期内新增重大隐患", f.majorIncrementInPeriod()}};
            int n = 1;
            for (Object[] row : rows) {
                Row x = sheet.createRow(n++);
                x.createCell(0).setCellValue((String) row[0]);
                if (row[1] instanceof Long l) {
                    x.createCell(1).setCellValue(l);
                } else {
                    x.createCell(1).setCellValue(String.valueOf(row[1]));
                }
            }
            Sheet trend = wb.createSheet("趋势");
            Row head = trend.createRow(0);
            String[] heads = {"月份", "发现隐患", "销号隐患", "发现重大隐患", "月末未整改重大隐患"};
            for (int i = 0; i < heads.length; i++) {
                head.createCell(i).setCellValue(heads[i]);
            }
            int t = 1;
            for (Overview.TrendPoint p : o.trend()) {
                Row x = trend.createRow(t++);
                x.createCell(0).setCellValue(p.month().toString());
                x.createCell(1).setCellValue(p.found());
                x.createCell(2).setCellValue(p.closed());
                x.createCell(3).setCellValue(p.foundMajor());
                x.createCell(4).setCellValue(p.openMajorAtEnd());
            }
            sheet.setColumnWidth(0, 24 * 256);
            wb.write(out);
            return out.toByteArray();
        }
    }
}
