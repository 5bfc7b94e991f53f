package org.zhiben.hazard.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.zhiben.common.Zones;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardType;

/** The statistics table as xlsx and as docx for printing and the principal's handwritten signature. */
public final class StatisticsDocuments {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Zones.CHINA);

    private StatisticsDocuments() {
    }

    /** Label / value lines of the table, in print order. */
    public static List<String[]> lines(StatisticsFigures f) {
        List<String[]> l = new ArrayList<>();
        l.add(new String[] {"一、排查发现隐患(项)", ""});
        l.add(new String[] {"  一般事故隐患", String.valueOf(f.foundGeneral())});
        l.add(new String[] {"  重大事故隐患", String.valueOf(f.foundMajor())});
        l.add(new String[] {"  合计", String.valueOf(f.foundTotal())});
        l.add(new String[] {"  其中企业自查发现", String.valueOf(f.foundByEnterprise())});
        l.add(new String[] {"  其中政府渠道发现(执法检查、举报、督查、专家)", String.valueOf(f.foundByGovernment())});
        l.add(new String[] {"二、本期发现隐患中已整改销号(项)", ""});
        l.add(new String[] {"  一般事故隐患", String.valueOf(f.rectifiedGeneral())});
        l.add(new String[] {"  重大事故隐患", String.valueOf(f.rectifiedMajor())});
        l.add(new String[] {"三、整改率", ""});
        l.add(new String[] {"  一般事故隐患整改率", percent(f.rateGeneral())});
        l.add(new String[] {"  重大事故隐患整改率", percent(f.rateMajor())});
        l.add(new String[] {"  总整改率", percent(f.rateTotal())});
        l.add(new String[] {"四、本期销号隐患(含以前发现,项)", String.valueOf(f.closedInPeriodTotal())});
        l.add(new String[] {"  其中重大事故隐患", String.valueOf(f.closedInPeriodMajor())});
        l.add(new String[] {"五、期末未整改隐患(项)", String.valueOf(f.outstandingTotal())});
        l.add(new String[] {"  其中重大事故隐患", String.valueOf(f.outstandingMajor())});
        l.add(new String[] {"  其中已超过整改期限", String.valueOf(f.overdueOutstanding())});
        l.add(new String[] {"六、本期发现重大事故隐患中挂牌督办(项)", String.valueOf(f.majorSupervised())});
        l.add(new String[] {"七、治理资金(元)", ""});
        l.add(new String[] {"  本期发现隐患落实治理资金", StatisticsFigures.money(f.fundsPlanned())});
        l.add(new String[] {"  本期销号隐患实际投入", StatisticsFigures.money(f.costSpent())});
        l.add(new String[] {"八、按来源(本期发现 / 其中已整改)", ""});
        for (Map.Entry<HazardSource, Long> e : f.foundBySource().entrySet()) {
            l.add(new String[] {"  " + e.getKey().label(), e.getValue() + " / " + f.rectifiedBySource().get(e.getKey())});
        }
        l.add(new String[] {"九、按隐患类型(本期发现)", ""});
        for (Map.Entry<HazardType, Long> e : f.foundByType().entrySet()) {
            l.add(new String[] {"  " + e.getKey().label(), String.valueOf(e.getValue())});
        }
        return l;
    }

    static String percent(BigDecimal rate) {
        return rate == null ? "—" : rate.toPlainString() + "%";
    }

    static String title(StatisticsFigures f) {
        return f.period().label() + "事故隐患排查治理情况统计分析表";
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
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("统计分析表");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(title(f));
            title.getCell(0).setCellStyle(bold);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
            sheet.createRow(r++).createCell(0).setCellValue("单位名称:" + f.enterpriseName());
            sheet.createRow(r++).createCell(0).setCellValue("统计期间:" + f.period().start() + " 至 " + f.period().end()
                    + ";报送期限:" + f.period().dueDate() + "(含当日)");
            for (String[] line : lines(f)) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line[0]);
                row.createCell(1).setCellValue(line[1]);
                if (line[1].isEmpty()) {
                    row.getCell(0).setCellStyle(bold);
                }
            }
            r++;
            sheet.createRow(r).createCell(0).setCellValue(signatureLine(status));
            sheet.setColumnWidth(0, 60 * 256);
            sheet.setColumnWidth(1, 20 * 256);
            wb.write(out);
        }
    }

    public static void docx(StatisticsFigures f, PeriodStatus status, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph heading = doc.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = heading.createRun();
            run.setBold(true);
            run.setFontSize(16);
            run.setText(title(f));
            doc.createParagraph().createRun().setText("单位名称:" + f.enterpriseName());
            doc.createParagraph().createRun().setText("统计期间:" + f.period().start() + " 至 " + f.period().end()
                    + ";报送期限:" + f.period().dueDate() + "(含当日)");
            List<String[]> lines = lines(f);
            XWPFTable table = doc.createTable(lines.size() + 1, 2);
            table.setWidth("100%");
            table.getRow(0).getCell(0).setText("项目");
            table.getRow(0).getCell(1).setText("数值");
            for (int i = 0; i < lines.size(); i++) {
                table.getRow(i + 1).getCell(0).setText(lines.get(i)[0]);
                table.getRow(i + 1).getCell(1).setText(lines.get(i)[1]);
            }
            doc.createParagraph();
            doc.createParagraph().createRun().setText(signatureLine(status));
            doc.write(out);
        }
    }
}
