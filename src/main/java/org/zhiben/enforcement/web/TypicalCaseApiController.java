package org.zhiben.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.common.FileType;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.PageResponse;
import org.zhiben.common.web.Downloads;
import org.zhiben.enforcement.NewTypicalCase;
import org.zhiben.enforcement.TypicalCaseState;
import org.zhiben.enforcement.TypicalCaseView;
import org.zhiben.enforcement.TypicalCases;

/** 典型案例 over the API: mark a closed case, revise, submit upward, accept or return, publish downward, read. */
@RestController
@Tag(name = "执法 Enforcement")
class TypicalCaseApiController {

    private final TypicalCases typical;

    TypicalCaseApiController(TypicalCases typical) {
        this.typical = typical;
    }

    /** {@code caseId}: only when marking; {@code version}: only when revising. */
    record TypicalCaseRequest(UUID caseId, @Size(max = 200) String title, @Size(max = 4000) String summary,
            @Size(max = 2000) String lessons, @Size(max = 8) List<@Size(max = 20) String> tags, Long version) {

        NewTypicalCase typicalCase() {
            return new NewTypicalCase(caseId, title, summary, lessons, tags);
        }
    }

    record TypicalCaseAction(@Size(max = 16) String action, Long version, @Size(max = 500) String reason) {
    }

    @PostMapping(path = "/api/v1/enforcement/typical-cases", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "将已结案案件列为典型案例", description = "办案的执法机构填写标题 title、案情简介 summary、警示意义 lessons、"
            + "标签 tags(1–8个,每个不超过20字);案件须已结案,每个案件一份;保存为拟报送")
    ResponseEntity<TypicalCaseView> mark(@RequestBody TypicalCaseRequest r,
            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = typical.mark(r.typicalCase(), key);
        return ResponseEntity.created(URI.create("/api/v1/enforcement/typical-cases/" + id)).body(typical.get(id));
    }

    @GetMapping("/api/v1/enforcement/typical-cases")
    @Operation(summary = "典型案例列表", description = "box:MINE 本机构的、RECEIVED 辖区内下级报送的、PUBLISHED 已发布的;"
            + "不填为本人可见的全部;可按 state 筛选;按更新时间倒序分页")
    PageResponse<TypicalCaseView> list(@RequestParam(required = false) TypicalCases.Box box,
            @RequestParam(required = false) TypicalCaseState state, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(typical.list(box, state, PageResponse.request(page, size, Sort.unsorted())), x -> x);
    }

    @GetMapping("/api/v1/enforcement/typical-cases/{id}")
    @Operation(summary = "典型案例详情")
    TypicalCaseView get(@PathVariable UUID id) {
        return typical.get(id);
    }

    @PutMapping(path = "/api/v1/enforcement/typical-cases/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改拟报送或被退回的典型案例", description = "须提供 version;版本过期为409")
    TypicalCaseView revise(@PathVariable UUID id, @RequestBody TypicalCaseRequest r) {
        typical.revise(id, version(r.version()), r.typicalCase());
        return typical.get(id);
    }

    @PostMapping(path = "/api/v1/enforcement/typical-cases/{id}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "报送、采用、退回或发布典型案例", description = "action:SUBMIT 报送上一级(办案机构)、ACCEPT 采用、"
            + "RETURN 退回(须填 reason)、PUBLISH 向下级发布(接收报送的机构,采用后);须提供 version,版本过期为409")
    TypicalCaseView act(@PathVariable UUID id, @RequestBody TypicalCaseAction a) {
        long version = version(a.version());
        switch (a.action() == null ? "" : a.action()) {
            case "SUBMIT" -> typical.submit(id, version);
            case "ACCEPT" -> typical.accept(id, version);
            case "RETURN" -> typical.giveBack(id, version, a.reason());
            case "PUBLISH" -> typical.publish(id, version);
            default -> throw new InvalidInputException("action", "操作应为 SUBMIT、ACCEPT、RETURN 或 PUBLISH");
        }
        return typical.get(id);
    }

    @GetMapping("/api/v1/enforcement/typical-cases/{id}/docx")
    @Operation(summary = "下载典型案例(docx,A4)")
    ResponseEntity<byte[]> docx(@PathVariable UUID id) {
        return docx(typical.get(id), typical.render(id));
    }

    static ResponseEntity<byte[]> docx(TypicalCaseView t, byte[] bytes) {
        return Downloads.document("典型案例-" + t.title() + ".docx", FileType.DOCX, bytes);
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "请提供版本号 version");
        }
        return version;
    }
}
