package org.zhiben.campaign.web;

import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.campaign.Campaigns;
import org.zhiben.campaign.NewPlan;
import org.zhiben.campaign.NewTask;
import org.zhiben.campaign.ProgressData;
import org.zhiben.campaign.ReportClaim;
import org.zhiben.campaign.internal.CampaignTask;
import org.zhiben.campaign.internal.Plan;
import org.zhiben.campaign.web.CampaignDto.PlanDto;
import org.zhiben.campaign.web.CampaignDto.TaskDto;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.web.Downloads;

/**
 * The campaign API: plans (a tree), their tasks with units and milestones, monthly progress reports with evidence, the
 * office's review, escalation decisions, roll-up, metric trends and the dashboard. Everything in the caller's scope
 * (outside: 404); every change carries the version the client saw (stale: 409).
 */
@RestController
@RequestMapping("/api/v1/campaign")
@Tag(name = "治本攻坚 Campaign", description = "安全生产治本攻坚三年行动(2024—2026):方案树(上级方案—下级方案)、行动、编号任务"
        + "(责任单位/配合单位来自部门、区划、企业名录或本级内设机构)、节点目标(数量、成果或平台实时指标)、月度进展报告(佐证材料按内容校验)、"
        + "自动判定滞后(节点逾期未完成或落后于直线进度)、审核认可或退回、滞后督促阶梯(提示→督办→函告→通报→约谈→曝光,确认或说明理由暂不采取)、"
        + "逐级汇总和晾晒排名;范围外一律404,版本过期409")
class CampaignApiController {

    private final Campaigns campaigns;

    CampaignApiController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    record MetricDto(String key, String label, String unit, boolean lowerIsBetter) {
    }

    record NoteRequest(Long version, @Size(max = 1000) String note) {
    }

    @GetMapping("/metrics")
    @Operation(summary = "可绑定到节点目标的平台实时指标(各模块提供,按键绑定)")
    List<MetricDto> metrics() {
        return campaigns.metrics().stream().map(m -> new MetricDto(m.key(), m.label(), m.unit(), m.lowerIsBetter()))
                .toList();
    }

    @GetMapping("/plans")
    @Operation(summary = "当前用户可见的方案:本辖区及上级的方案;企业用户为其承担任务的方案")
    List<PlanDto> plans() {
        return campaigns.plans().stream().map(p -> PlanDto.of(p, campaigns)).toList();
    }

    @PostMapping(path = "/plans", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "印发方案", description = "regionCode 为印发机关所在区划(须在本人辖区内),parentId 为上级方案"
            + "(其区划须包含本方案区划),actions 为行动名称(按顺序编号)。带 Idempotency-Key 重试时返回首次创建的方案")
    ResponseEntity<PlanDto> createPlan(@RequestBody NewPlan p,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = campaigns.createPlan(p, key);
        return ResponseEntity.created(URI.create("/api/v1/campaign/plans/" + id)).body(plan(id));
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "方案详情与行动")
    PlanDto plan(@PathVariable UUID id) {
        return PlanDto.of(campaigns.plan(id), campaigns);
    }

    @GetMapping("/plans/{id}/tasks")
    @Operation(summary = "方案的任务(按编号)")
    List<TaskDto> tasks(@PathVariable UUID id) {
        Plan plan = campaigns.plan(id);
        return campaigns.tasksOf(id).stream().map(t -> TaskDto.of(t, plan, campaigns)).toList();
    }

    @PostMapping(path = "/plans/{id}/tasks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "添加任务", description = "action 为行动序号;taskNo 在方案内唯一;units 至少一个责任单位(LEAD),"
            + "kind=DEPARTMENT/REGION/ENTERPRISE 时 ref 为部门ID、区划代码或企业ID(须在方案辖区内),kind=OFFICE 时填 name;"
            + "milestones 的时限为 dueDate 或 phrase(如“2024年底前”“2025年6月底前”“汛前”),不得早于方案开始或晚于结束;"
            + "kind=QUANTITY(quantity 如“50处以上”,或 value+unit)、DELIVERABLE(description)、METRIC(metricKey+comparison+value)")
    ResponseEntity<TaskDto> addTask(@PathVariable UUID id, @RequestBody NewTask t,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID taskId = campaigns.addTask(id, t, key);
        return ResponseEntity.created(URI.create("/api/v1/campaign/tasks/" + taskId)).body(task(taskId));
    }

    @PostMapping(path = "/plans/{id}/tasks/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "从 xlsx 导入方案的行动和任务", description = "首个工作表,表头:行动、编号、任务、责任单位、配合单位、时限、行业领域"
            + "(格式见 docs/campaign.md)。全部行通过校验才保存;否则返回各行错误(行号、列、原因),不保存任何任务")
    org.zhiben.campaign.PlanImport importTasks(@PathVariable UUID id, @RequestParam("file") MultipartFile file)
            throws IOException {
        java.io.File tmp = java.io.File.createTempFile("campaign-import", ".xlsx");
        try {
            file.transferTo(tmp);
            return campaigns.importTasks(id, tmp);
        } finally {
            java.nio.file.Files.deleteIfExists(tmp.toPath());
        }
    }

    @GetMapping("/plans/{id}/ledger.xlsx")
    @Operation(summary = "任务台账 xlsx(编号、行动、任务、责任单位、配合单位、时限、进度、状态、佐证;A4 横向)")
    ResponseEntity<byte[]> ledgerXlsx(@PathVariable UUID id) throws IOException {
        org.zhiben.campaign.internal.Plan plan = campaigns.plan(id);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        TaskLedger.xlsx(plan, campaigns.tasksOf(id), campaigns, out);
        return Downloads.document(TaskLedger.title(plan) + ".xlsx", org.zhiben.common.FileType.XLSX,
                out.toByteArray());
    }

    @GetMapping("/plans/{id}/dashboard")
    @Operation(summary = "方案看板:各行动任务状态、下级方案汇总(下钻)、责任单位晾晒排名(按不滞后任务占比)")
    DashboardDto dashboard(@PathVariable UUID id) {
        Campaigns.Dashboard d = campaigns.dashboard(id);
        return new DashboardDto(PlanDto.of(d.plan(), campaigns), d.actions(), d.lower(), d.ranking(), d.counts(),
                d.onTimeRate());
    }

    record DashboardDto(PlanDto plan, List<Campaigns.ActionRow> actions, List<Campaigns.PlanRow> lower,
            List<Campaigns.UnitRank> ranking, java.util.Map<org.zhiben.campaign.TaskState, Integer> counts,
            int onTimeRate) {
    }

    @GetMapping("/tasks/{id}")
    @Operation(summary = "任务详情:单位、节点(指标当前值)、进展报告与佐证、督促记录")
    TaskDto task(@PathVariable UUID id) {
        CampaignTask t = campaigns.task(id);
        return TaskDto.of(t, campaigns.plan(t.getPlanId()), campaigns);
    }

    @GetMapping("/tasks/{id}/rollup")
    @Operation(summary = "逐级汇总:本任务及下级方案中落实它的任务(树),各状态数量和平均进度")
    Campaigns.RollUp rollUp(@PathVariable UUID id) {
        return campaigns.rollUp(id);
    }

    @GetMapping("/tasks/{id}/milestones/{milestoneId}/trend")
    @Operation(summary = "指标类节点的每日快照(趋势)")
    List<Campaigns.TrendPoint> trend(@PathVariable UUID id, @PathVariable UUID milestoneId) {
        return campaigns.trend(id, milestoneId);
    }

    @PostMapping(path = "/tasks/{id}/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "报送月度进展", description = "表单字段:version、claim(PROGRESS 推进中 / COMPLETED 申请完成)、"
            + "percent(0—100)、quantity(本次完成数量,可省略)、narrative、milestoneId(申请认可的成果节点,可省略)、"
            + "evidence(佐证文件,可多个:JPEG、PNG、PDF、Word、Excel,按内容识别,每个不超过20 MB,最多10个)")
    TaskDto report(@PathVariable UUID id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) ReportClaim claim, @RequestParam(required = false) Integer percent,
            @RequestParam(required = false) BigDecimal quantity, @RequestParam(required = false) String narrative,
            @RequestParam(required = false) UUID milestoneId,
            @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence) {
        campaigns.report(id, version(version), new ProgressData(claim, percent, quantity, narrative, milestoneId,
                uploads(evidence)));
        return task(id);
    }

    static List<ProgressData.Upload> uploads(List<MultipartFile> files) {
        List<ProgressData.Upload> out = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (f == null || f.isEmpty()) {
                    continue;
                }
                out.add(new ProgressData.Upload() {
                    @Override
                    public String name() {
                        return f.getOriginalFilename();
                    }

                    @Override
                    public long size() {
                        return f.getSize();
                    }

                    @Override
                    public InputStream open() throws IOException {
                        return f.getInputStream();
                    }
                });
            }
        }
        return out;
    }

    @PostMapping(path = "/tasks/{id}/reports/{reportId}/acceptance", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "认可进展(申请完成的任务转为已完成,成果节点记为完成);不能审核自己报送的进展")
    TaskDto accept(@PathVariable UUID id, @PathVariable UUID reportId, @RequestBody NoteRequest r) {
        campaigns.review(id, version(r.version()), reportId, true, r.note());
        return task(id);
    }

    @PostMapping(path = "/tasks/{id}/reports/{reportId}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "退回进展(须填写理由;退回的完成申请使任务转为退回,直至再次报送)")
    TaskDto returnReport(@PathVariable UUID id, @PathVariable UUID reportId, @RequestBody NoteRequest r) {
        campaigns.review(id, version(r.version()), reportId, false, r.note());
        return task(id);
    }

    @PostMapping(path = "/tasks/{id}/escalations/confirmation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "确认系统建议的督促步骤(提示、督办、函告、通报、约谈、曝光)")
    TaskDto confirmEscalation(@PathVariable UUID id, @RequestBody NoteRequest r) {
        campaigns.decideEscalation(id, version(r.version()), true, r.note());
        return task(id);
    }

    @PostMapping(path = "/tasks/{id}/escalations/decline", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "暂不采取系统建议的督促步骤(须说明理由;间隔期后再次建议)")
    TaskDto declineEscalation(@PathVariable UUID id, @RequestBody NoteRequest r) {
        campaigns.decideEscalation(id, version(r.version()), false, r.note());
        return task(id);
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "请提供任务的版本号 version");
        }
        return version;
    }

}
