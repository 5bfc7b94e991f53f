package org.zhiben.hazard.ledger;

import java.io.IOException;
import java.io.OutputStream;
import org.zhiben.common.document.TableSpec;
import org.zhiben.common.document.TableSpec.Kind;
import org.zhiben.common.document.XlsxWriter;

/**
 * The 隐患台账 sheet, streamed row by row through the kernel's {@link XlsxWriter} (older rows go to a compressed
 * temporary file); a ledger longer than a sheet holds continues on 隐患台账(2), 隐患台账(3)…
 */
final class LedgerXlsx implements AutoCloseable {

    static final String[] HEADERS = {"序号", "企业名称", "区划代码", "隐患描述", "隐患部位", "隐患等级", "隐患类型",
            "隐患来源", "发现渠道", "状态", "发现日期", "存量/增量", "整改期限", "是否超期", "整改责任人", "治理资金(元)",
            "销号日期", "挂牌督办", "隐患编号"};

    private final XlsxWriter writer = XlsxWriter.create();
    private final XlsxWriter.Table table;

    /** {@code scope} and {@code period} describe the filter, printed under the title. */
    LedgerXlsx(String scope, String period) {
        TableSpec spec = TableSpec.sheet("隐患台账").title("事故隐患排查治理台账").scope(scope).period(period);
        for (String header : HEADERS) {
            spec.column(header, switch (header) {
                case "序号" -> Kind.NUMBER;
                case "治理资金(元)" -> Kind.MONEY;
                case "发现日期", "整改期限", "销号日期" -> Kind.DATE;
                default -> Kind.TEXT;
            });
        }
        table = writer.table(spec);
    }

    void add(HazardRow h) {
        table.row(table.rows() + 1, h.enterpriseName(), h.regionCode(), h.description(), h.location(),
                h.level().label(), h.type().label(), h.source().label(), h.government() ? "政府渠道" : "企业自查",
                h.state().label(), h.foundOn(), h.stock() ? "存量" : "增量", h.deadline(), h.overdue() ? "是" : "否",
                h.responsibleName(), h.funds(), h.closedOn(), h.supervised() ? "是" : "否", h.id().toString());
    }

    long rows() {
        return table.rows();
    }

    void write(OutputStream out) throws IOException {
        writer.write(out);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
