package org.zhiben.inspection.web;

import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.zhiben.common.InvalidInputException;
import org.zhiben.inspection.AnswerInput;
import org.zhiben.inspection.AnswerResult;
import org.zhiben.inspection.CheckData;
import org.zhiben.inspection.Checklists;
import org.zhiben.inspection.CompletionRates;
import org.zhiben.inspection.InspectionRecords;
import org.zhiben.inspection.InspectionSchedules;
import org.zhiben.inspection.InspectionTasks;
import org.zhiben.inspection.RecordView;
import org.zhiben.inspection.TaskDetail;
import org.zhiben.inspection.TaskView;
import org.zhiben.inspection.TemplateView;
import org.zhiben.inspection.internal.InspectionAccess;
import tools.jackson.databind.annotation.JsonDeserialize;

/** REST API of the inspection module: checklist templates, tasks, records, checks and completion rates. */
@RestController
@RequestMapping("/api/v1/inspection")
@Tag(name = "隐患排查 Inspection")
class InspectionApiController {

    private final Checklists checklists;
    private final InspectionTasks tasks;
    private final InspectionRecords records;
    private final InspectionSchedules schedules;
    private final InspectionAccess access;

    InspectionApiController(Checklists checklists, InspectionTasks tasks, InspectionRecords records,
            InspectionSchedules schedules, InspectionAccess access) {
        this.checklists = checklists;
        this.tasks = tasks;
        this.records = records;
        this.schedules = schedules;
        this.access = access;
    }

    @Operation(summary = "检查表模板列表(可按行业筛选)")
    @GetMapping("/templates")
    List<TemplateView> templates(@RequestParam(required = false) String sector) {
        return checklists.list(sector);
    }

    @Operation(summary = "检查表模板详情")
    @GetMapping("/templates/{id}")
    TemplateView template(@PathVariable UUID id) {
        return checklists.get(id);
    }

    /** The templates (all, or {@code ids}) in the YAML exchange format of docs/inspection-checklists.md. */
    @Operation(summary = "导出检查表模板(YAML)")
    @GetMapping(value = "/templates/export", produces = "application/yaml")
    ResponseEntity<String> export(@RequestParam(required = false) List<UUID> ids) {
        return yaml(checklists.exportYaml(ids));
    }

    /** The templates' YAML as the download the API and the checklist page answer. */
    static ResponseEntity<String> yaml(String templates) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"inspection-checklists.yaml\"")
                .body(templates);
    }

    /** Imports templates from a YAML body (administrators); a code already present is replaced. */
    @Operation(summary = "导入检查表模板(YAML)")
    @PostMapping(value = "/templates/import", consumes = {"application/yaml", "application/x-yaml", "text/yaml",
            "text/plain"})
    Map<String, List<UUID>> importYaml(@RequestBody(required = false) String yaml) {
        if (yaml != null && yaml.length() > 1024 * 1024) {
            throw new InvalidInputException("file", "文件不能超过1 MB");
        }
        return Map.of("ids", checklists.importYaml(yaml));
    }

    @Operation(summary = "今日排查任务")
    @GetMapping("/tasks/today")
    List<TaskView> today(@RequestParam(required = false) LocalDate day) {
        return tasks.today(day == null ? access.today() : day);
    }

    @Operation(summary = "排查任务详情")
    @GetMapping("/tasks/{id}")
    TaskDetail task(@PathVariable UUID id) {
        return tasks.detail(id);
    }

    @Operation(summary = "分析单元的排查任务")
    @GetMapping("/units/{unitId}/tasks")
    List<TaskView> ofUnit(@PathVariable UUID unitId) {
        return tasks.ofUnit(unitId, access.today());
    }

    @Operation(summary = "企业在日期范围内的排查任务")
    @GetMapping("/enterprises/{enterpriseId}/tasks")
    List<TaskView> ofEnterprise(@PathVariable UUID enterpriseId, @RequestParam LocalDate from,
            @RequestParam LocalDate to) {
        return tasks.ofEnterprise(enterpriseId, from, to);
    }

    /** Creates a one-off check (enterprise checks, 监管检查, 体检式精查) as one task. */
    @Operation(summary = "新增一次性检查(企业自查、监管检查、体检式精查)")
    @PostMapping("/enterprises/{enterpriseId}/checks")
    ResponseEntity<TaskView> addCheck(@PathVariable UUID enterpriseId, @RequestBody CheckData check,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        UUID id = schedules.addCheck(enterpriseId, check, key);
        return ResponseEntity.created(URI.create("/api/v1/inspection/tasks/" + id)).body(tasks.get(id));
    }

    /** One answer: the item, OK / HAZARD / NOT_APPLICABLE, a note and an optional base64 photo (JPEG or PNG). */
    record AnswerRequest(UUID itemId, AnswerResult result, @Size(max = 100) String note,
            @JsonDeserialize(using = PhotoBase64.class) byte[] photoBase64) {
    }

    record RecordRequest(Long version, List<@Valid AnswerRequest> answers) {
    }

    @Operation(summary = "提交排查记录")
    @PostMapping("/tasks/{id}/records")
    ResponseEntity<RecordView> submit(@PathVariable UUID id, @RequestBody RecordRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        List<AnswerInput> answers = new ArrayList<>();
        if (request != null && request.answers() != null) {
            for (AnswerRequest a : request.answers()) {
                answers.add(a == null ? null : new AnswerInput(a.itemId(), a.result(), a.note(), a.photoBase64()));
            }
        }
        UUID recordId = records.submit(id, request == null ? null : request.version(), answers, key);
        return ResponseEntity.created(URI.create("/api/v1/inspection/records/" + recordId))
                .body(records.get(recordId));
    }

    @Operation(summary = "排查记录详情")
    @GetMapping("/records/{id}")
    RecordView record(@PathVariable UUID id) {
        return records.get(id);
    }

    @Operation(summary = "企业的排查计划")
    @GetMapping("/enterprises/{enterpriseId}/schedules")
    List<org.zhiben.inspection.ScheduleView> schedules(@PathVariable UUID enterpriseId) {
        return schedules.ofEnterprise(enterpriseId);
    }

    record SettingsRequest(long version, org.zhiben.inspection.TaskType taskType,
            org.zhiben.inspection.WorkdayType workdayType, @Size(max = 100) String assigneePosition, UUID assigneeUserId) {
    }

    /** Task type, work-day type and assignee of a control measure's schedule (version required). */
    @Operation(summary = "设置排查计划的任务类型、工作日类型和执行人")
    @org.springframework.web.bind.annotation.PutMapping("/schedules/{id}")
    org.zhiben.inspection.ScheduleView configure(@PathVariable UUID id, @RequestBody SettingsRequest request) {
        schedules.configure(id, request.version(), new org.zhiben.inspection.ScheduleSettings(request.taskType(),
                request.workdayType(), request.assigneePosition(), request.assigneeUserId()));
        return schedules.get(id);
    }

    /** Adds a recurring plan (班组日, 部门周, 厂长月, 主要负责人重大事故隐患排查). */
    @Operation(summary = "新增周期排查计划")
    @PostMapping("/enterprises/{enterpriseId}/plans")
    ResponseEntity<org.zhiben.inspection.ScheduleView> addPlan(@PathVariable UUID enterpriseId,
            @RequestBody org.zhiben.inspection.PlanData plan,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        UUID id = schedules.addPlan(enterpriseId, plan, key);
        return ResponseEntity.created(URI.create("/api/v1/inspection/schedules/" + id)).body(schedules.get(id));
    }

    @Operation(summary = "排查完成率")
    @GetMapping("/rates")
    CompletionRates rates(@RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestParam(required = false) UUID enterpriseId) {
        return tasks.rates(from, to, enterpriseId);
    }
}
