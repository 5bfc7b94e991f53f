package org.zhiben.hazard.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhiben.common.Zones;
import org.zhiben.common.document.DocxWriter;
import org.zhiben.common.document.TableSpec;
import org.zhiben.common.document.TableSpec.Kind;
import org.zhiben.common.document.XlsxWriter;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardType;

/**
 * The statistics table as xlsx and as docx for printing and the principal's handwritten signature: one A4 page,
 * each label beside its figure.
 */
public final class StatisticsDocuments {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Zones.CHINA);

    private StatisticsDocuments() {
    }

    /** One line of the table: a section heading (no value) or a label with its figure. */
    record Line(String label, Kind kind, Object value) {

        static Line section(String label) {
            return new Line(label, null, null);
        }

        static Line count(String label, long value) {
            return new Line(label, Kind.NUMBER, value);
        }

        boolean isSection() {
            return kind == null;
        }

        /** The figure as the page and the docx show it. */
        String text() {
            if (isSection()) {
                return "";
            }
            return switch (kind) {
                case PERCENT -> value == null ? "—" : ((BigDecimal) value).toPlainString() + "%";
                case MONEY -> StatisticsFigures.money((BigDecimal) value);
                default -> String.valueOf(value);
            };
        }

        /** The figure as the xlsx stores it: numbers as numbers, a missing rate as a dash. */
        Object cell() {
            if (value == null) {
                return kind == Kind.MONEY ? XlsxWriter.typed(kind, BigDecimal.ZERO) : XlsxWriter.typed(Kind.TEXT, "—");
            }
            // a rate is kept in percent (50.0); a percentage cell holds the fraction (0.500)
            return XlsxWriter.typed(kind, kind == Kind.PERCENT ? ((BigDecimal) value).movePointLeft(2) : value);
        }
    }

    /** Label / value lines of the table, in print order, as the page shows them. */
    public static List<String[]> lines(StatisticsFigures f) {
        return typedLines(f).stream().map(l -> new String[] {l.label(), l.text()}).toList();
    }

    static List<Line> typedLines(StatisticsFigures f) {
        List<Line> l = new ArrayList<>();
        l.add(Line.section("一、排查发现隐患(项)"));
        l.add(Line.count("  一般事故隐患", f.foundGeneral()));
        l.add(Line.count("  重大事故隐患", f.foundMajor()));
        l.add(Line.count("  合计", f.foundTotal()));
        l.add(Line.count("  其中企业自查发现", f.foundByEnterprise()));
        l.add(Line.count("  其中政府渠道发现(执法检查、举报、督查、专家)", f.foundByGovernment()));
        l.add(Line.section("二、本期发现隐患中已整改销号(项)"));
        l.add(Line.count("  一般事故隐患", f.rectifiedGeneral()));
        l.add(Line.count("  重大事故隐患", f.rectifiedMajor()));
        l.add(Line.section("三、整改率"));
        l.add(percent("  一般事故隐患整改率", f.rateGeneral()));
        l.add(percent("  重大事故隐患整改率", f.rateMajor()));
        l.add(percent("  总整改率", f.rateTotal()));
        l.add(Line.count("四、本期销号隐患(含以前发现,项)", f.closedInPeriodTotal()));
        l.add(Line.count("  其中重大事故隐患", f.closedInPeriodMajor()));
        l.add(Line.count("五、期末未整改隐患(项)", f.outstandingTotal()));
        l.add(Line.count("  其中重大事故隐患", f.outstandingMajor()));
        l.add(Line.count("  其中已超过整改期限", f.overdueOutstanding()));
        l.add(Line.count("六、本期发现重大事故隐患中挂牌督办(项)", f.majorSupervised()));
        l.add(Line.section("七、治理资金(元)"));
        l.add(new Line("  本期发现隐患落实治理资金", Kind.MONEY, f.fundsPlanned()));
        l.add(new Line("  本期销号隐患实际投入", Kind.MONEY, f.costSpent()));
        l.add(Line.section("八、按来源(本期发现 / 其中已整改)"));
        for (Map.Entry<HazardSource, Long> e : f.foundBySource().entrySet()) {
            l.add(new Line("  " + e.getKey().label(), Kind.TEXT,
                    e.getValue() + " / " + f.rectifiedBySource().get(e.getKey())));
        }
        l.add(Line.section("九、按隐患类型(本期发现)"));
        for (Map.Entry<HazardType, Long> e : f.foundByType().entrySet()) {
            l.add(Line.count("  " + e.getKey().label(), e.getValue()));
        }
        return l;
    }

    private static Line percent(String label, BigDecimal rate) {
        return new Line(label, Kind.PERCENT, rate);
    }

    static String title(StatisticsFigures f) {
        return f.period().label() + "事故隐患排查治理情况统计分析表";
    }

    private static String unit(StatisticsFigures f) {
        return "单位名称:" + f.enterpriseName();
    }

    private static String period(StatisticsFigures f) {
        return "统计期间:" + f.period().start() + " 至 " + f.period().end() + ";报送期限:" + f.period().dueDate()
                + "(含当日)";
    }

    static String signatureLine(PeriodStatus status) {
        Signoff s = status == null ? null : status.latest();
        if (s == null) {
            return "主要负责人(签字):________________    日期:____年__月__日";
        }
        return "主要负责人:" + s.signedByName() + " 于 " + TIME.format(s.signedAt()) + " 电子签字;数据摘要 "
                + s.hashAlgorithm() + ":" + s.figuresHash();
    }

    public static void xlsx(StatisticsFigures f, PeriodStatus status, OutputStream out) throws IOException {
        try (XlsxWriter writer = XlsxWriter.create()) {
            XlsxWriter.Table table = writer.table(TableSpec.sheet("统计分析表").title(title(f)).scope(unit(f))
                    .period(period(f)).onePage().column("项目", Kind.TEXT, 50).column("数值", Kind.NUMBER, 16));
            for (Line line : typedLines(f)) {
                if (line.isSection()) {
                    table.section(line.label());
                } else {
                    table.row(line.label(), line.cell());
                }
            }
            table.note(signatureLine(status));
            writer.write(out);
        }
    }

    public static void docx(StatisticsFigures f, PeriodStatus status, OutputStream out) throws IOException {
        try (DocxWriter doc = DocxWriter.portrait().compact()) {
            DocxWriter.Table table = doc.title(title(f)).text(unit(f)).text(period(f))
                    .table(List.of(DocxWriter.Column.text("项目", 4), DocxWriter.Column.number("数值", 1)));
            for (Line line : typedLines(f)) {
                if (line.isSection()) {
                    table.section(line.label());
                } else {
                    table.row(line.label(), line.text());
                }
            }
            table.end().signatures(signatureLine(status));
            doc.write(out);
        }
    }
}
