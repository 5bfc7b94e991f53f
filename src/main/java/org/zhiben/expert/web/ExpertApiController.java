package org.zhiben.expert.web;

import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.PageResponse;
import org.zhiben.expert.AssignmentKind;
import org.zhiben.expert.AssignmentRequest;
import org.zhiben.expert.AssignmentView;
import org.zhiben.expert.DrawView;
import org.zhiben.expert.ExpertAssignments;
import org.zhiben.expert.ExpertData;
import org.zhiben.expert.ExpertReport;
import org.zhiben.expert.ExpertView;
import org.zhiben.expert.Experts;

/**
 * The expert pool and assignments API. Changes carry the {@code version} the client saw (stale: 409); an assignment
 * outside the caller's scope — for an expert, one not its own — answers 404.
 */
@RestController
@RequestMapping("/api/v1/expert")
@Tag(name = "专家 Experts", description = "专家库(专家、退休技安人员、服务机构、执法技术检查员)与专家任务:首次风险辨识、体检式精查、会诊、"
        + "执法技术支持、标准化评审、重大隐患销号评估;随机抽取(种子与候选名单留存,可复现,利益冲突者列为排除并注明原因)或说明理由指定")
class ExpertApiController {

    private final Experts experts;
    private final ExpertAssignments assignments;

    ExpertApiController(Experts experts, ExpertAssignments assignments) {
        this.experts = experts;
        this.assignments = assignments;
    }

    record VersionRequest(Long version, Boolean active, @Size(max = 500) String reason) {
    }

    record ReportRequest(Long version, @Size(max = 4000) String findings, @Size(max = 2000) String conclusion) {
    }

    record AssignmentAnswer(AssignmentView assignment, DrawView draw) {
    }

    @GetMapping("/experts")
    @Operation(summary = "专家库(监管人员)", description = "按姓名分页")
    PageResponse<ExpertView> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(experts.list(PageResponse.request(page, size, Experts.BY_NAME)), e -> e);
    }

    @PostMapping(path = "/experts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "专家入库", description = "专业领域(行业代码)与危险类别、资质、聘期、服务区域、利益关联企业"
            + "(现任职、曾任职、近期服务,后两者须填结束日期)、收费规则;带 Idempotency-Key 重试时返回首次创建的专家")
    ResponseEntity<ExpertView> create(@RequestBody ExpertData data,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = experts.create(data, key);
        return ResponseEntity.created(URI.create("/api/v1/expert/experts/" + id)).body(experts.get(id));
    }

    @GetMapping("/experts/{id}")
    @Operation(summary = "专家及其履职记录(任务数、已报告数、发现隐患数、发现重大隐患数)")
    ExpertView get(@PathVariable UUID id) {
        return experts.get(id);
    }

    @PutMapping(path = "/experts/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改专家", description = "请求参数 version 为客户端看到的版本,过期返回409")
    ExpertView update(@PathVariable UUID id, @RequestParam(required = false) Long version, @RequestBody ExpertData data) {
        experts.update(id, version(version), data);
        return experts.get(id);
    }

    @PostMapping("/experts/{id}/active")
    @Operation(summary = "启用或停用专家")
    ExpertView active(@PathVariable UUID id, @RequestBody VersionRequest r) {
        if (r.active() == null) {
            throw new InvalidInputException("active", "请选择启用或停用");
        }
        experts.setActive(id, version(r.version()), r.active());
        return experts.get(id);
    }

    @GetMapping("/experts/{id}/assignments")
    @Operation(summary = "专家的任务记录")
    List<AssignmentView> ofExpert(@PathVariable UUID id) {
        return assignments.ofExpert(id);
    }

    @GetMapping("/assignments")
    @Operation(summary = "专家任务:监管人员看辖区内的,专家看自己的", description = "按创建时间从新到旧分页")
    PageResponse<AssignmentView> assignments(@RequestParam(required = false) AssignmentKind kind,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(assignments.list(kind, PageResponse.request(page, size, ExpertAssignments.NEWEST_FIRST)),
                a -> a);
    }

    @PostMapping(path = "/assignments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "抽取或指派专家", description = "expertId 省略为随机抽取:在专业领域、服务区域、聘期符合且无利益冲突的专家中"
            + "按公开算法(common.SeededDraw)抽取一人,种子、候选名单(按id排序)与排除名单及原因留存;指定专家须填写理由")
    ResponseEntity<AssignmentAnswer> assign(@RequestBody AssignmentRequest r,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = assignments.assign(r, key);
        return ResponseEntity.created(URI.create("/api/v1/expert/assignments/" + id)).body(answer(id));
    }

    @GetMapping("/assignments/{id}")
    @Operation(summary = "专家任务及抽取记录")
    AssignmentAnswer assignment(@PathVariable UUID id) {
        return answer(id);
    }

    @PostMapping(path = "/assignments/{id}/report", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "专家提交报告(仅被指派的专家,一次)")
    AssignmentAnswer report(@PathVariable UUID id, @RequestBody ReportRequest r) {
        assignments.report(id, version(r.version()), new ExpertReport(r.findings(), r.conclusion()));
        return answer(id);
    }

    @PostMapping(path = "/assignments/{id}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "撤回专家任务(监管人员,须填写原因)")
    AssignmentAnswer cancel(@PathVariable UUID id, @RequestBody VersionRequest r) {
        assignments.cancel(id, version(r.version()), r.reason());
        return answer(id);
    }

    @GetMapping("/assignments/{id}/report.docx")
    @Operation(summary = "专家报告(Word,A4)")
    ResponseEntity<byte[]> docx(@PathVariable UUID id) throws IOException {
        return ReportDownload.of(assignments, id);
    }

    private AssignmentAnswer answer(UUID id) {
        return new AssignmentAnswer(assignments.get(id), assignments.drawOf(id).orElse(null));
    }

    static long version(Long v) {
        if (v == null) {
            throw new InvalidInputException("version", "请提供版本号");
        }
        return v;
    }
}
