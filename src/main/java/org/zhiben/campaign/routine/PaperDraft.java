package org.zhiben.campaign.routine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.zhiben.campaign.Campaigns;
import org.zhiben.campaign.TargetKind;
import org.zhiben.campaign.TaskState;
import org.zhiben.campaign.UnitRole;
import org.zhiben.campaign.internal.CampaignTask;
import org.zhiben.campaign.internal.Milestone;
import org.zhiben.campaign.internal.Plan;
import org.zhiben.campaign.internal.ProgressReport;
import org.zhiben.campaign.internal.TaskUnit;
import org.zhiben.common.EscalationEntry;
import org.zhiben.common.document.DocxWriter;

/**
 * The platform's draft of the yearly summary or the evaluation report (portrait A4, kernel document toolkit): the
 * plan's figures, every task with its state, progress and evidence counts, the live metrics' values against their
 * targets, the lagging tasks with their escalation, and a section the office writes itself.
 */
final class PaperDraft {

    static final List<String> TASK_HEADERS = List.of("编号", "任务", "责任单位", "状态", "进度", "报告/佐证");
    static final List<String> METRIC_HEADERS = List.of("编号", "指标", "目标", "当前值", "是否达成");

    private PaperDraft() {
    }

    static String title(Plan plan, PaperKind kind, int year) {
        return kind == PaperKind.SUMMARY ? plan.getTitle() + " " + year + "年度工作总结" : plan.getTitle() + " 评估报告";
    }

    static byte[] docx(Plan plan, PaperKind kind, int year, LocalDate due, LocalDate today, List<CampaignTask> tasks,
            Map<UUID, Map<UUID, BigDecimal>> values, Campaigns campaigns) throws IOException {
        Map<TaskState, Integer> counts = new EnumMap<>(TaskState.class);
        for (TaskState s : TaskState.values()) {
            counts.put(s, 0);
        }
        tasks.forEach(t -> counts.merge(t.getState(), 1, Integer::sum));
        int lagging = counts.get(TaskState.LAGGING);
        int onTime = tasks.isEmpty() ? 100 : (tasks.size() - lagging) * 100 / tasks.size();
        int reports = 0;
        int evidence = 0;
        for (CampaignTask t : tasks) {
            reports += (int) t.getReports().stream().filter(ProgressReport::counts).count();
            evidence += evidence(t);
        }
        try (DocxWriter doc = DocxWriter.portrait(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.title(title(plan, kind, year) + "(草稿)")
                    .text("印发机关:" + plan.getIssuer() + (plan.getDocNo() == null ? "" : "(" + plan.getDocNo() + ")"))
                    .text("实施期:" + plan.getStartDate() + " 至 " + plan.getEndDate() + ";统计日期:" + today
                            + ";报送时限:" + due)
                    .text("一、总体情况")
                    .text("方案共" + tasks.size() + "项任务:" + java.util.Arrays.stream(TaskState.values())
                            .map(s -> s.label() + counts.get(s) + "项").collect(Collectors.joining("、"))
                            + ";按时率" + onTime + "%。各责任单位共报送进展" + reports + "次,佐证材料" + evidence + "件。");
            doc.text("二、任务进展");
            DocxWriter.Table table = doc.table(List.of(DocxWriter.Column.text("编号", 1),
                    DocxWriter.Column.text("任务", 7), DocxWriter.Column.text("责任单位", 3),
                    DocxWriter.Column.text("状态", 2), DocxWriter.Column.number("进度", 1),
                    DocxWriter.Column.text("报告/佐证", 2)));
            for (CampaignTask t : tasks) {
                long r = t.getReports().stream().filter(ProgressReport::counts).count();
                table.row(t.getTaskNo(), t.getText(), t.units(UnitRole.LEAD).stream().map(TaskUnit::getName)
                        .collect(Collectors.joining("、")), t.getState().label(), t.getProgress() + "%",
                        r + "次/" + evidence(t) + "件");
            }
            if (tasks.isEmpty()) {
                table.row("", "暂无任务", "", "", "", "");
            }
            table.end();
            doc.text("三、实时指标");
            DocxWriter.Table metrics = doc.table(List.of(DocxWriter.Column.text("编号", 1),
                    DocxWriter.Column.text("指标", 6), DocxWriter.Column.text("目标", 4),
                    DocxWriter.Column.number("当前值", 2), DocxWriter.Column.text("是否达成", 2)));
            int n = 0;
            for (CampaignTask t : tasks) {
                for (Milestone m : t.getMilestones()) {
                    if (m.getTargetKind() != TargetKind.METRIC) {
                        continue;
                    }
                    BigDecimal v = values.getOrDefault(t.getId(), Map.of()).get(m.getId());
                    metrics.row(t.getTaskNo(), campaigns.metricLabel(m.getMetricKey()).orElse(m.getMetricKey()),
                            m.targetText() + "(" + m.getDueDate() + "前)", v == null ? "无法测算"
                                    : v.stripTrailingZeros().toPlainString(), m.met() ? "已达成" : "未达成");
                    n++;
                }
            }
            if (n == 0) {
                metrics.row("", "暂无绑定实时指标的节点", "", "", "");
            }
            metrics.end();
            doc.text("四、滞后任务及督促情况");
            List<CampaignTask> behind = tasks.stream().filter(t -> t.getState() == TaskState.LAGGING).toList();
            if (behind.isEmpty()) {
                doc.text("暂无滞后任务。");
            }
            for (CampaignTask t : behind) {
                String steps = t.getEscalations().stream().filter(EscalationEntry::confirmed)
                        .map(e -> e.getStep().label()).collect(Collectors.joining("、"));
                doc.text("任务" + t.getTaskNo() + ":" + (t.getLagReason() == null ? "滞后" : t.getLagReason())
                        + (steps.isEmpty() ? "" : ";已采取" + steps)
                        + (t.getFollowUpNote() == null ? "" : ";会议督办:" + t.getFollowUpNote())
                        + (t.getFollowUpDue() == null ? "" : "(限" + t.getFollowUpDue() + ")"));
            }
            doc.text(kind == PaperKind.SUMMARY ? "五、存在的问题和下一年度工作打算" : "五、评估结论和下一步工作");
            doc.text("(请办公室在此填写。)");
            doc.signatures(plan.getIssuer() + "(盖章)", "年    月    日");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static int evidence(CampaignTask t) {
        return t.getReports().stream().filter(ProgressReport::counts).mapToInt(r -> r.getEvidence().size()).sum();
    }
}
