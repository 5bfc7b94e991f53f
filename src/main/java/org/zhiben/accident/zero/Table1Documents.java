package org.zhiben.accident.zero;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.zhiben.common.document.DocxWriter;
import org.zhiben.common.document.TableSpec;
import org.zhiben.common.document.TableSpec.Kind;
import org.zhiben.common.document.XlsxWriter;
import org.zhiben.directory.UnitType;

/**
 * 附表1 as the seed prints it, on the kernel's toolkit: one row per 县(市区), for each of the eleven types 总数量 and
 * 零事故数量, the 合计 row, the notes, and beside them the rates per group against the year's target.
 */
final class Table1Documents {

    private Table1Documents() {
    }

    static String fileName(ZeroAccidents.Table1 t) {
        return "附表1 " + t.unitName() + "“零事故”统计表 " + t.date();
    }

    static void xlsx(ZeroAccidents.Table1 t, OutputStream out) throws IOException {
        TableSpec spec = TableSpec.sheet("附表1").title(t.title()).scope("单位:" + t.unitName())
                .period("统计日期:" + ZeroAccidents.chineseDate(t.date())).column("县(市区)", Kind.TEXT, 16);
        for (UnitType type : UnitType.values()) {
            spec = spec.column(type.label() + " 总数量", Kind.NUMBER).column(type.label() + " 零事故数量", Kind.NUMBER);
        }
        try (XlsxWriter writer = XlsxWriter.create()) {
            XlsxWriter.Table table = writer.table(spec);
            for (ZeroAccidents.Row r : t.rows()) {
                table.row(values(r));
            }
            table.row(values(t.total()));
            for (String line : lines(t)) {
                table.note(line);
            }
            writer.write(out);
        }
    }

    static void docx(ZeroAccidents.Table1 t, OutputStream out) throws IOException {
        try (DocxWriter doc = DocxWriter.landscape()) {
            List<DocxWriter.Column> columns = new ArrayList<>();
            columns.add(DocxWriter.Column.text("县(市区)", 3));
            for (UnitType type : UnitType.values()) {
                columns.add(DocxWriter.Column.number(type.label() + "总数量", 1));
                columns.add(DocxWriter.Column.number(type.label() + "零事故数量", 1));
            }
            DocxWriter.Table table = doc.title(t.title()).text("单位:" + t.unitName() + "        "
                    + ZeroAccidents.chineseDate(t.date())).table(columns);
            for (ZeroAccidents.Row r : t.rows()) {
                table.row(strings(r));
            }
            table.row(strings(t.total()));
            DocxWriter d = table.end();
            for (String line : lines(t)) {
                d.text(line);
            }
            doc.write(out);
        }
    }

    /** The notes of the seed and the rates against the target, as lines under the table. */
    static List<String> lines(ZeroAccidents.Table1 t) {
        List<String> lines = new ArrayList<>(t.notes());
        for (ZeroRate r : t.rates()) {
            lines.add(r.group().label() + ":共" + r.total() + "个,零事故" + r.zero() + "个,比例"
                    + (r.percent() == null ? "—" : r.percent().toPlainString() + "%") + ";" + t.year() + "年目标"
                    + (r.target() == null ? "未设定" : r.target().stripTrailingZeros().toPlainString() + "%"
                            + (Boolean.TRUE.equals(r.met()) ? ",已达到" : ",未达到")));
        }
        return lines;
    }

    private static Object[] values(ZeroAccidents.Row r) {
        Object[] v = new Object[1 + 2 * r.cells().size()];
        v[0] = r.countyName();
        for (int i = 0; i < r.cells().size(); i++) {
            v[1 + 2 * i] = r.cells().get(i).total();
            v[2 + 2 * i] = r.cells().get(i).zero();
        }
        return v;
    }

    private static String[] strings(ZeroAccidents.Row r) {
        Object[] v = values(r);
        String[] s = new String[v.length];
        for (int i = 0; i < v.length; i++) {
            s[i] = String.valueOf(v[i]);
        }
        return s;
    }
}
