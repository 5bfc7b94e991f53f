package org.zhiben.standardization.web;

import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
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
import org.zhiben.directory.StandardizationGrade;
import org.zhiben.common.PageResponse;
import org.zhiben.standardization.GradingAction;
import org.zhiben.standardization.GradingState;
import org.zhiben.standardization.GradingView;
import org.zhiben.standardization.Gradings;
import org.zhiben.standardization.Plausibility;

/**
 * The 标准化 grading API: the checklist and incentives (data), self-assessment and application by the enterprise,
 * the officials' steps, the review expert drawn from the pool, and the plausibility panel. Changes carry the
 * {@code version} the client saw (stale: 409); gradings outside the caller's scope answer 404.
 */
@RestController
@RequestMapping("/api/v1/standardization")
@Tag(name = "安全生产标准化 Standardization", description = "定级:自评(要素打分,一级≥90、二级≥80、三级≥70)→申请→受理→评审"
        + "(从专家库随机抽取专家)→审核→公告发证(有效期3年,到期前3个月提示复评)或撤销;有效期内发生重大事故隐患或事故标记复核;"
        + "对照实时数据的“资料达标”核查")
class StandardizationApiController {

    private final Gradings gradings;

    StandardizationApiController(Gradings gradings) {
        this.gradings = gradings;
    }

    record SelfAssessment(UUID enterpriseId, StandardizationGrade level, Map<String, Integer> scores) {
    }

    record VersionRequest(Long version) {
    }

    record ActionRequest(Long version, GradingAction action, @Size(max = 2000) String reason) {
    }

    record ReviewerRequest(Long version, LocalDate from, LocalDate until) {
    }

    record ReviewRequest(Long version, Integer score, @Size(max = 2000) String opinion) {
    }

    @GetMapping("/elements")
    @Operation(summary = "自评要素及满分(数据)")
    List<Gradings.Element> elements() {
        return gradings.elements();
    }

    @GetMapping("/incentives")
    @Operation(summary = "达标企业激励政策(数据)")
    List<Gradings.Incentive> incentives() {
        return gradings.incentives();
    }

    @GetMapping("/gradings")
    @Operation(summary = "辖区内的定级记录", description = "按创建时间从新到旧分页")
    PageResponse<GradingView> list(@RequestParam(required = false) GradingState state,
            @RequestParam(required = false) Boolean flagged, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(gradings.list(state, flagged, PageResponse.request(page, size, Gradings.NEWEST_FIRST)),
                g -> g);
    }

    @PostMapping(path = "/gradings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "企业自评", description = "scores 为每个要素的得分(0至满分);带 Idempotency-Key 重试时返回首次创建的记录")
    ResponseEntity<GradingView> selfAssess(@RequestBody SelfAssessment r,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        if (r.enterpriseId() == null) {
            throw new InvalidInputException("enterpriseId", "请选择企业");
        }
        UUID id = gradings.selfAssess(r.enterpriseId(), r.level(), r.scores(), key);
        return ResponseEntity.created(URI.create("/api/v1/standardization/gradings/" + id)).body(gradings.get(id));
    }

    record Certificate(UUID enterpriseId, StandardizationGrade level, @Size(max = 40) String certificateNo, LocalDate validFrom) {
    }

    @PostMapping(path = "/certificates", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记平台上线前颁发的证书(监管人员):发证日期在近3年内且不晚于今天")
    ResponseEntity<GradingView> certificate(@RequestBody Certificate r,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        if (r.enterpriseId() == null) {
            throw new InvalidInputException("enterpriseId", "请选择企业");
        }
        UUID id = gradings.registerIssued(r.enterpriseId(), r.level(), r.certificateNo(), r.validFrom(), key);
        return ResponseEntity.created(URI.create("/api/v1/standardization/gradings/" + id)).body(gradings.get(id));
    }

    @GetMapping("/gradings/{id}")
    @Operation(summary = "定级记录")
    GradingView get(@PathVariable UUID id) {
        return gradings.get(id);
    }

    @GetMapping("/gradings/{id}/plausibility")
    @Operation(summary = "资料达标核查:近90天排查完成率、在办及逾期隐患、未销号重大隐患(监管人员)")
    Plausibility plausibility(@PathVariable UUID id) {
        return gradings.plausibility(id);
    }

    @PostMapping(path = "/gradings/{id}/apply", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "企业提出定级申请(自评得分须达到申请等级)")
    GradingView apply(@PathVariable UUID id, @RequestBody VersionRequest r) {
        gradings.apply(id, version(r.version()));
        return gradings.get(id);
    }

    @PostMapping(path = "/gradings/{id}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "监管部门办理:ACCEPT 受理、REJECT 不通过(须填原因)、APPROVE 审核、ANNOUNCE 公告发证、"
            + "REVOKE 撤销(须填原因)、CLEAR_FLAG 复核无异常(须填说明)")
    GradingView act(@PathVariable UUID id, @RequestBody ActionRequest r) {
        gradings.act(id, version(r.version()), r.action(), r.reason());
        return gradings.get(id);
    }

    @PostMapping(path = "/gradings/{id}/reviewer", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "从专家库随机抽取评审专家(受理后)")
    GradingView reviewer(@PathVariable UUID id, @RequestBody ReviewerRequest r) {
        gradings.drawReviewer(id, version(r.version()), r.from(), r.until());
        return gradings.get(id);
    }

    @PostMapping(path = "/gradings/{id}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "录入评审结果(评审专家提交报告后);得分低于申请等级分数线为未通过")
    GradingView review(@PathVariable UUID id, @RequestBody ReviewRequest r) {
        gradings.review(id, version(r.version()), r.score(), r.opinion());
        return gradings.get(id);
    }

    private static long version(Long v) {
        if (v == null) {
            throw new InvalidInputException("version", "请提供版本号");
        }
        return v;
    }
}
