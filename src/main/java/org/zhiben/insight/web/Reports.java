package org.zhiben.insight.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.zhiben.common.document.DocxWriter;
import org.zhiben.common.document.TableSpec;
import org.zhiben.common.document.TableSpec.Kind;
import org.zhiben.common.document.XlsxWriter;
import org.zhiben.insight.Figures;
import org.zhiben.insight.Overview;
import org.zhiben.insight.Ranking;

/**
 * The 晾晒通报 as xlsx and docx, and the dashboard's tables (figures, trend) as xlsx, laid out for A4 by the
 * kernel's document writers.
 */
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

    /** How the rates are defined, in plain words for the reader of the printed report. */
    static final String DEFINITIONS = "整改率 = 期内发现隐患中已销号的比例;按期整改率 = 期内销号隐患中在整改期限内销号的比例;"
            + "未整改、超期为当前数。";

    /** A figure as the xlsx stores it: counts as numbers, rates as percentages, a missing rate as a dash. */
    static Object cell(Object value) {
        if (value instanceof Double d) {
            return XlsxWriter.typed(Kind.PERCENT, d);
        }
        return value == null ? XlsxWriter.typed(Kind.TEXT, "—") : value;
    }

    byte[] rankingXlsx(Ranking r) throws IOException {
        TableSpec spec = TableSpec.sheet("晾晒通报").title(title(r))
                .text(r.enterprises() ? "企业" : "区划", "代码");
        COLUMNS.forEach(c -> spec.column(c.heading(), Kind.NUMBER));
        try (XlsxWriter writer = XlsxWriter.create(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XlsxWriter.Table table = writer.table(spec);
            for (Ranking.Row row : r.rows()) {
                List<Object> values = new ArrayList<>(List.of(row.name(), row.code()));
                COLUMNS.forEach(c -> values.add(cell(c.value().apply(row.figures()))));
                table.row(values);
            }
            table.note(DEFINITIONS);
            writer.write(out);
            return out.toByteArray();
        }
    }

    byte[] rankingDocx(Ranking r) throws IOException {
        List<Column> cols = List.of(COLUMNS.get(0), COLUMNS.get(1), COLUMNS.get(5), COLUMNS.get(7),
                COLUMNS.get(8), COLUMNS.get(9), COLUMNS.get(10), COLUMNS.get(11));
        List<DocxWriter.Column> columns = new ArrayList<>();
        columns.add(DocxWriter.Column.text(r.enterprises() ? "企业" : "区划", 3));
        cols.forEach(c -> columns.add(DocxWriter.Column.number(c.heading(), 1)));
        try (DocxWriter doc = DocxWriter.landscape(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxWriter.Table table = doc.title(title(r)).table(columns);
            for (Ranking.Row row : r.rows()) {
                List<String> values = new ArrayList<>(List.of(row.name()));
                cols.forEach(c -> values.add(text(c.value().apply(row.figures()))));
                table.row(values.toArray(String[]::new));
            }
            table.end().text(DEFINITIONS).signatures("审核:________________        签发:________________");
            doc.write(out);
            return out.toByteArray();
        }
    }

    byte[] overviewXlsx(Overview o) throws IOException {
        Figures f = o.figures();
        Object[][] rows = {
                {"企业数", f.enterprises()}, {"建立风险清单的企业", f.withInventory()},
                {"双重预防建成率", f.inventoryRate()}, {"有重大风险的企业", f.withMajorRisk()},
                {"重大风险单元", f.unitsMajor()}, {"较大风险单元", f.unitsLarge()}, {"一般风险单元", f.unitsGeneral()},
                {"低风险单元", f.unitsLow()}, {"在线填报企业", f.reportingEnterprises()},
                {"在线填报率", f.onlineRate()}, {"完成的排查任务", f.tasksDone()}, {"未完成的排查任务", f.tasksMissed()},
                {"任务完成率", f.completionRate()}, {"发现隐患", f.found()}, {"其中重大隐患", f.foundMajor()},
                {"其中已销号", f.closedOfFound()}, {"整改率", f.rectificationRate()}, {"期内销号", f.closed()},
                {"其中按期", f.closedOnTime()}, {"按期整改率", f.onTimeRate()}, {"未整改一般隐患", f.openGeneral()},
                {"未整改重大隐患", f.openMajor()}, {"超期一般隐患", f.overdueGeneral()}, {"超期重大隐患", f.overdueMajor()},
                {"重大隐患存量", f.majorStock()}, {"存量未清", f.majorStockOpen()}, {"重大隐患增量", f.majorIncrement()},
                {"增量未清", f.majorIncrementOpen()}, {"期内新增重大隐患", f.majorIncrementInPeriod()}};
        String period = "统计期间:" + o.from() + " 至 " + o.to();
        try (XlsxWriter writer = XlsxWriter.create(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XlsxWriter.Table figures = writer.table(TableSpec.sheet("指标").title(o.name() + " 统计指标")
                    .period(period).onePage().column("指标", Kind.TEXT).column("数值", Kind.NUMBER));
            for (Object[] row : rows) {
                figures.row(row[0], cell(row[1]));
            }
            figures.note(DEFINITIONS);
            XlsxWriter.Table trend = writer.table(TableSpec.sheet("趋势").title(o.name() + " 隐患趋势").period(period)
                    .text("月份").column("发现隐患", Kind.NUMBER).column("销号隐患", Kind.NUMBER)
                    .column("发现重大隐患", Kind.NUMBER).column("月末未整改重大隐患", Kind.NUMBER));
            for (Overview.TrendPoint p : o.trend()) {
                trend.row(p.month().toString(), p.found(), p.closed(), p.foundMajor(), p.openMajorAtEnd());
            }
            writer.write(out);
            return out.toByteArray();
        }
    }
}
