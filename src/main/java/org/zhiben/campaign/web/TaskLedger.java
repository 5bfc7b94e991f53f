package org.zhiben.campaign.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.zhiben.campaign.Campaigns;
import org.zhiben.campaign.UnitRole;
import org.zhiben.campaign.internal.CampaignTask;
import org.zhiben.campaign.internal.Plan;
import org.zhiben.campaign.internal.ProgressReport;
import org.zhiben.campaign.internal.TaskUnit;
import org.zhiben.common.document.DocxWriter;
import org.zhiben.common.document.TableSpec;
import org.zhiben.common.document.TableSpec.Kind;
import org.zhiben.common.document.XlsxWriter;

/** The task ledger (编号, 行动, 任务, 责任单位, 配合单位, 时限, 进度, 状态, 佐证) of one plan, as xlsx and docx on A4. */
final class TaskLedger {

    static final List<String> HEADERS = List.of("编号", "行动", "任务", "责任单位", "配合单位", "时限", "进度", "状态", "佐证");

    private TaskLedger() {
    }

    static String title(Plan plan) {
        return plan.getTitle() + " 任务台账";
    }

    static void xlsx(Plan plan, List<CampaignTask> tasks, Campaigns campaigns, OutputStream out) throws IOException {
        TableSpec spec = TableSpec.sheet("任务台账").title(title(plan))
                .scope("印发机关:" + plan.getIssuer() + (plan.getDocNo() == null ? "" : "(" + plan.getDocNo() + ")"))
                .period("实施期:" + plan.getStartDate() + " 至 " + plan.getEndDate())
                .column("编号", Kind.TEXT, 6).column("行动", Kind.TEXT, 16).column("任务", Kind.TEXT, 40)
                .column("责任单位", Kind.TEXT, 14).column("配合单位", Kind.TEXT, 14).column("时限", Kind.DATE)
                .column("进度", Kind.PERCENT).column("状态", Kind.TEXT).column("佐证", Kind.TEXT, 20);
        try (XlsxWriter writer = XlsxWriter.create()) {
            XlsxWriter.Table table = writer.table(spec);
            for (CampaignTask t : tasks) {
                table.row(t.getTaskNo(), action(plan, t, campaigns), t.getText(), units(t, UnitRole.LEAD),
                        units(t, UnitRole.ASSIST), t.deadline().orElse(null), t.getProgress() / 100.0,
                        state(t), evidence(t));
            }
            writer.write(out);
        }
    }

    static void docx(Plan plan, List<CampaignTask> tasks, Campaigns campaigns, OutputStream out) throws IOException {
        try (DocxWriter doc = DocxWriter.landscape()) {
            DocxWriter.Table table = doc.title(title(plan))
                    .text("印发机关:" + plan.getIssuer() + (plan.getDocNo() == null ? "" : "(" + plan.getDocNo() + ")"))
                    .text("实施期:" + plan.getStartDate() + " 至 " + plan.getEndDate() + ";统计日期:" + campaigns.today())
                    .table(List.of(DocxWriter.Column.text("编号", 1), DocxWriter.Column.text("行动", 3),
                            DocxWriter.Column.text("任务", 8), DocxWriter.Column.text("责任单位", 3),
                            DocxWriter.Column.text("配合单位", 3), DocxWriter.Column.text("时限", 2),
                            DocxWriter.Column.number("进度", 1), DocxWriter.Column.text("状态", 2),
                            DocxWriter.Column.text("佐证", 3)));
            for (CampaignTask t : tasks) {
                LocalDate deadline = t.deadline().orElse(null);
                table.row(t.getTaskNo(), action(plan, t, campaigns), t.getText(), units(t, UnitRole.LEAD),
                        units(t, UnitRole.ASSIST), deadline == null ? "" : deadline.toString(), t.getProgress() + "%",
                        state(t), evidence(t));
            }
            table.end();
            doc.write(out);
        }
    }

    private static String action(Plan plan, CampaignTask t, Campaigns campaigns) {
        return campaigns.actionTitle(plan, t.getActionId()).orElse("");
    }

    private static String units(CampaignTask t, UnitRole role) {
        return t.units(role).stream().map(TaskUnit::getName).collect(Collectors.joining("、"));
    }

    private static String state(CampaignTask t) {
        return t.getState().label() + (t.getLagReason() != null ? "(" + t.getLagReason() + ")" : "")
                + (t.getReturnReason() != null ? "(退回:" + t.getReturnReason() + ")" : "");
    }

    private static String evidence(CampaignTask t) {
        List<String> names = t.getReports().stream().filter(ProgressReport::counts)
                .flatMap(r -> r.getEvidence().stream().map(e -> e.getName())).toList();
        long reports = t.getReports().stream().filter(ProgressReport::counts).count();
        return reports == 0 ? "" : reports + "次报告" + (names.isEmpty() ? "" : ":" + String.join("、", names));
    }
}
