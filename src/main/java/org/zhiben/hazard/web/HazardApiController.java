package org.zhiben.hazard.web;

import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.StoredFile;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardType;
import org.zhiben.hazard.ManageType;
import org.zhiben.hazard.workflow.Assignment;
import org.zhiben.hazard.workflow.HazardAction;
import org.zhiben.hazard.workflow.HazardWorkflow;
import org.zhiben.hazard.workflow.MajorPlan;
import org.zhiben.hazard.workflow.NewReport;
import org.zhiben.hazard.workflow.PhotoKind;
import org.zhiben.hazard.workflow.RejectionKind;

/**
 * The hazard workflow API. Photos are uploaded first ({@code POST /api/v1/hazards/photos}, multipart) and then named
 * by key in the report or transition, so every other call is plain JSON. Every change carries the {@code version}
 * the client saw (stale: 409). Hazards outside the caller's scope answer 404.
 */
@RestController
@RequestMapping("/api/v1/hazards")
@Tag(name = "隐患治理 Hazard workflow", description = "隐患上报、确认与五定、整改、验收销号、即查即改、驳回、延期、"
        + "重大隐患报告与治理方案、挂牌督办、三签字、县级领导审核、逾期督促(函告、通报、约谈、曝光);"
        + "先上传照片得到 key,再在上报或流转时引用;范围外一律404,版本过期409")
class HazardApiController {

    private final HazardWorkflow workflow;

    HazardApiController(HazardWorkflow workflow) {
        this.workflow = workflow;
    }

    record ReportRequest(UUID enterpriseId, HazardSource source, HazardLevel proposedLevel, HazardType type,
            @Size(max = 8) String factorCode, @Size(max = 32) String accidentType, @Size(max = 2000) String description, @Size(max = 2000) String cause, @Size(max = 200) String location, UUID unitId,
            UUID measureId, UUID inspectionRecordId, ManageType manageType, List<@Size(max = 200) String> beforePhotos,
            List<@Size(max = 200) String> afterPhotos, @Size(max = 2000) String rectification, BigDecimal cost, LocalDate foundOn) {

        NewReport toReport() {
            return new NewReport(enterpriseId, source, proposedLevel, type, factorCode, accidentType, description,
                    cause, location, unitId, measureId, inspectionRecordId, manageType, beforePhotos, afterPhotos,
                    rectification, cost, foundOn);
        }
    }

    record TransitionRequest(HazardAction action, Long version, HazardLevel level, LocalDate deadline,
            UUID responsibleUserId, @Size(max = 100) String responsibleName, @Size(max = 32) String responsiblePhone, @Size(max = 2000) String measures,
            BigDecimal funds, @Size(max = 2000) String contingency, RejectionKind rejectionKind, @Size(max = 1000) String reason, UUID duplicateOf,
            @Size(max = 2000) String rectification, BigDecimal cost, List<@Size(max = 200) String> afterPhotos, @Size(max = 1000) String note) {
    }

    record PlanRequest(Long version, @Size(max = 4000) String situation, @Size(max = 4000) String harmAnalysis, @Size(max = 4000) String goal, @Size(max = 4000) String methods,
            @Size(max = 4000) String resources, @Size(max = 200) String organisation, @Size(max = 4000) String schedule, @Size(max = 4000) String safety) {
    }

    record PhotosRequest(Long version, PhotoKind kind, List<@Size(max = 200) String> keys) {
    }

    record ExtensionRequest(Long version, LocalDate deadline, @Size(max = 1000) String reason) {
    }

    record DecisionRequest(Long version, Boolean approve, @Size(max = 1000) String note) {
    }

    record VersionRequest(Long version) {
    }

    record SupervisionRequest(Long version, @Size(max = 200) String department, @Size(max = 2000) String requirements, LocalDate deadline) {
    }

    record AssessmentRequest(Long version, @Size(max = 200) String assessmentBy, @Size(max = 4000) String assessmentSummary) {
    }

    record ApplicationRequest(Long version, @Size(max = 4000) String text) {
    }

    record OpinionRequest(Long version, @Size(max = 2000) String opinion) {
    }

    record NoteRequest(Long version, @Size(max = 1000) String note) {
    }

    @PostMapping(path = "/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传隐患照片(PNG 或 JPEG,按内容识别,不超过10 MB),返回 key 供上报或流转引用;只能由上传者本人引用一次")
    ResponseEntity<StoredFile> upload(@RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "请选择照片");
        }
        try (InputStream in = file.getInputStream()) {
            return ResponseEntity.status(201).body(workflow.uploadPhoto(in));
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "上报隐患", description = "企业人员以企业来源、监管人员以监管渠道来源上报;manageType=IMMEDIATE(即查即改)"
            + "须带整改前后照片和整改情况,直接销号;foundOn(可选,北京时间日期,不晚于今天、不早于2000-01-01)补录历史隐患,"
            + "仅企业主要负责人、安全管理人员和监管人员可用;带 Idempotency-Key 重试时返回首次创建的隐患")
    ResponseEntity<HazardDto> report(@RequestBody ReportRequest request,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        HazardWorkflow.Detail created = workflow.reportAndDescribe(request.toReport(), key);
        return ResponseEntity.created(URI.create("/api/v1/hazards/" + created.hazard().getId()))
                .body(HazardDto.of(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "隐患详情,含 state、version 和当前用户可执行的 allowedActions")
    HazardDto get(@PathVariable UUID id) {
        return HazardDto.of(workflow.detail(id));
    }

    @GetMapping("/{id}/photos/{photoId}")
    @Operation(summary = "隐患照片(以附件下载,内容类型为上传时识别的类型,nosniff)")
    ResponseEntity<InputStreamResource> photo(@PathVariable UUID id, @PathVariable UUID photoId) throws IOException {
        return HazardPhotos.serve(workflow.photo(id, photoId), photoId);
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "流转:CONFIRM(等级、五定)、REJECT(rejectionKind、reason)、START、SUBMIT(rectification、afterPhotos)、"
            + "ACCEPT(重大隐患须三签字齐全)、FAIL(reason)")
    HazardDto transition(@PathVariable UUID id, @RequestBody TransitionRequest r) {
        workflow.transition(id, version(r.version()), new HazardWorkflow.Command(r.action(),
                new Assignment(r.level(), r.deadline(), r.responsibleUserId(), r.responsibleName(),
                        r.responsiblePhone(), r.measures(), r.funds(), r.contingency()),
                r.rejectionKind(), r.reason(), r.duplicateOf(), r.rectification(), r.cost(), r.afterPhotos(),
                r.note()));
        return get(id);
    }

    @PutMapping("/{id}/plan")
    @Operation(summary = "重大事故隐患报告(现状及其产生原因、危害程度和整改难易程度分析)和治理方案六要素;开始整改前须齐全")
    HazardDto plan(@PathVariable UUID id, @RequestBody PlanRequest r) {
        workflow.editPlan(id, version(r.version()), new MajorPlan(r.situation(), r.harmAnalysis(), r.goal(),
                r.methods(), r.resources(), r.organisation(), r.schedule(), r.safety()));
        return get(id);
    }

    @PostMapping("/{id}/photos")
    @Operation(summary = "补充照片(先上传得到 key)")
    HazardDto addPhotos(@PathVariable UUID id, @RequestBody PhotosRequest r) {
        workflow.addPhotos(id, version(r.version()), r.kind(), r.keys() == null ? List.of() : r.keys());
        return get(id);
    }

    @PostMapping("/{id}/extensions")
    @Operation(summary = "申请延期(新时限须晚于原时限)")
    HazardDto requestExtension(@PathVariable UUID id, @RequestBody ExtensionRequest r) {
        workflow.requestExtension(id, version(r.version()), r.deadline(), r.reason());
        return get(id);
    }

    @PostMapping("/{id}/extensions/decision")
    @Operation(summary = "审批待定的延期申请:企业自查的一般隐患由本企业主要负责人或安全管理人员(非申请人)审批,其余由辖区监管人员审批")
    HazardDto decideExtension(@PathVariable UUID id, @RequestBody DecisionRequest r) {
        if (r.approve() == null) {
            throw new InvalidInputException("approve", "请选择同意或不同意");
        }
        workflow.decideExtension(id, version(r.version()), r.approve(), r.note());
        return get(id);
    }

    @PostMapping("/{id}/signatures")
    @Operation(summary = "三签字:按企业主要负责人、监管部门审核人、监管部门负责人(与审核人不同)的顺序签下一个;"
            + "记录签字时隐患内容的 SM3 哈希,内容变更后签字作废")
    HazardDto sign(@PathVariable UUID id, @RequestBody VersionRequest r) {
        workflow.sign(id, version(r.version()));
        return get(id);
    }

    @PostMapping("/{id}/supervision-orders")
    @Operation(summary = "挂牌督办(辖区监管人员,重大事故隐患)")
    HazardDto supervise(@PathVariable UUID id, @RequestBody SupervisionRequest r) {
        workflow.supervise(id, version(r.version()), r.department(), r.requirements(), r.deadline());
        return get(id);
    }

    @PostMapping("/{id}/assessment")
    @Operation(summary = "挂牌督办隐患治理后的评估(本单位专家或有资质的评价机构)")
    HazardDto assessment(@PathVariable UUID id, @RequestBody AssessmentRequest r) {
        workflow.recordAssessment(id, version(r.version()), r.assessmentBy(), r.assessmentSummary());
        return get(id);
    }

    @PostMapping("/{id}/closure-application")
    @Operation(summary = "挂牌督办隐患的书面核销申请(评估之后、监管部门现场审查即审核人签字之前)")
    HazardDto application(@PathVariable UUID id, @RequestBody ApplicationRequest r) {
        workflow.applyForClosure(id, version(r.version()), r.text());
        return get(id);
    }

    @PostMapping("/{id}/reviews")
    @Operation(summary = "县级领导审核(逐企逐条),记录审核人、时间、意见")
    HazardDto review(@PathVariable UUID id, @RequestBody OpinionRequest r) {
        workflow.review(id, version(r.version()), r.opinion());
        return get(id);
    }

    @PostMapping("/{id}/escalations/confirmation")
    @Operation(summary = "确认系统建议的督促措施(函告、通报、约谈、曝光),通知主要负责人、实际控制人和监管人员")
    HazardDto confirmEscalation(@PathVariable UUID id, @RequestBody NoteRequest r) {
        workflow.confirmEscalation(id, version(r.version()), r.note());
        return get(id);
    }

    @PostMapping("/{id}/escalations/decline")
    @Operation(summary = "暂不采取系统建议的督促措施,须说明理由(note);仍逾期时,间隔期满后系统再次建议同一措施")
    HazardDto declineEscalation(@PathVariable UUID id, @RequestBody NoteRequest r) {
        workflow.declineEscalation(id, version(r.version()), r.note());
        return get(id);
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "请提供隐患的版本号 version");
        }
        return version;
    }
}
