package org.zhiben.campaign.rectification;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.campaign.rectification.RectificationData.Binding;
import org.zhiben.campaign.rectification.RectificationData.Counts;
import org.zhiben.campaign.rectification.RectificationData.ImportResult;
import org.zhiben.campaign.rectification.RectificationData.NewCheck;
import org.zhiben.campaign.rectification.RectificationData.NewObject;
import org.zhiben.campaign.rectification.RectificationData.ObjectRow;
import org.zhiben.campaign.rectification.RectificationData.ObjectView;
import org.zhiben.campaign.rectification.RectificationData.ProblemView;
import org.zhiben.campaign.rectification.RectificationData.Rectify;
import org.zhiben.campaign.rectification.RectificationData.Verify;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.PageResponse;

/**
 * The 专项整治 ledgers on the API: kinds and checklists, objects registered by village (one by one or imported from
 * xlsx with row errors), checks, the problems' 整改 → 验收 (销号) loop, counts per village / town and the binding to
 * campaign tasks. In the caller's region (outside: 404); stale versions 409; bad input 400 beside the field.
 */
@RestController
@RequestMapping("/api/v1/campaign")
@Tag(name = "治本攻坚 Campaign")
class RectificationApiController {

    private final Rectifications rectifications;

    RectificationApiController(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    record LedgerDto(Ledger ledger, String label, List<RectificationData.Kind> kinds, List<String> checklist) {
    }

    record BindRequest(Ledger ledger) {
    }

    @GetMapping("/rectification/ledgers")
    @Operation(summary = "专项整治台账:自建房、燃气用户、九小场所,各自的类别和检查表")
    List<LedgerDto> ledgers() {
        return java.util.Arrays.stream(Ledger.values()).map(l -> new LedgerDto(l, l.label(),
                rectifications.kinds(l), rectifications.checklist(l))).toList();
    }

    @GetMapping("/rectification/{ledger}/objects")
    @Operation(summary = "台账对象(一本账),按村和地址排序,分页", description = "region 为区划代码(默认本人辖区),辖区外为404")
    PageResponse<ObjectRow> objects(@PathVariable Ledger ledger, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return rectifications.objects(ledger, region, page, size);
    }

    @PostMapping(path = "/rectification/{ledger}/objects", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记台账对象", description = "regionCode 为本人辖区内村(社区)的12位代码;自建房须填层数和用途;"
            + "九小场所须选类别(kindCode);同村同台账地址不能重复")
    ResponseEntity<ObjectView> register(@PathVariable Ledger ledger, @Valid @RequestBody NewObject o,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        if (o == null) {
            throw new InvalidInputException("name", "请填写台账对象");
        }
        NewObject withLedger = new NewObject(ledger, o.kindCode(), o.regionCode(), o.name(), o.address(),
                o.ownerName(), o.storeys(), o.purpose(), o.business());
        UUID id = rectifications.register(withLedger, key);
        return ResponseEntity.created(URI.create("/api/v1/campaign/rectification/objects/" + id))
                .body(rectifications.object(id));
    }

    @PostMapping(path = "/rectification/{ledger}/objects/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "从 xlsx 导入一本账", description = "首个工作表,表头:村(社区)区划代码、名称、地址、户主/经营者、类别、层数、"
            + "用途、是否经营(格式见 docs/campaign.md)。全部行通过校验才保存;否则返回各行错误(行号、列、原因)")
    ImportResult importObjects(@PathVariable Ledger ledger, @RequestParam("file") MultipartFile file)
            throws IOException {
        java.io.File tmp = java.io.File.createTempFile("rect-import", ".xlsx");
        try {
            file.transferTo(tmp);
            return rectifications.importObjects(ledger, tmp);
        } finally {
            java.nio.file.Files.deleteIfExists(tmp.toPath());
        }
    }

    @GetMapping("/rectification/objects/{id}")
    @Operation(summary = "台账对象:检查表、检查记录和问题")
    ObjectView object(@PathVariable UUID id) {
        return rectifications.object(id);
    }

    @PostMapping(path = "/rectification/objects/{id}/checks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "按检查表检查", description = "每项填合格(PASS)、不合格(FAIL)或不适用(NA);不合格项须填整改期限"
            + "(不早于检查日期),记为问题;带所见对象的 version,过期为409")
    ResponseEntity<ObjectView> check(@PathVariable UUID id, @Valid @RequestBody NewCheck c) {
        rectifications.check(id, c);
        return ResponseEntity.status(201).body(rectifications.object(id));
    }

    @PostMapping(path = "/rectification/problems/{id}/rectify", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "问题整改(整改中 → 待验收)", description = "整改情况和完成日期;带所见的 version")
    ProblemView rectify(@PathVariable UUID id, @Valid @RequestBody Rectify r) {
        rectifications.rectify(id, r);
        return rectifications.problem(id);
    }

    @PostMapping(path = "/rectification/problems/{id}/verify", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "问题验收(待验收 → 已销号,或退回整改中并说明理由)", description = "带所见的 version")
    ProblemView verify(@PathVariable UUID id, @Valid @RequestBody Verify v) {
        rectifications.verify(id, v);
        return rectifications.problem(id);
    }

    @GetMapping("/rectification/{ledger}/counts")
    @Operation(summary = "分村(镇)统计:登记、已排查、有问题的对象,问题整改中/逾期/待验收/已销号",
            description = "region 默认本人辖区;镇列出各村,县列出各镇;辖区外为404")
    Counts counts(@PathVariable Ledger ledger, @RequestParam(required = false) String region) {
        return rectifications.counts(ledger, region);
    }

    @GetMapping("/tasks/{id}/rectification-ledgers")
    @Operation(summary = "任务关联的专项整治台账及其统计(方案辖区内)")
    List<Binding> bindings(@PathVariable UUID id) {
        return rectifications.bindings(id);
    }

    @PostMapping(path = "/tasks/{id}/rectification-ledgers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "任务关联专项整治台账(方案印发机关)", description = "进度可再以指标节点绑定,如 campaign.rect.selfbuilt.coverage")
    List<Binding> bind(@PathVariable UUID id, @RequestBody BindRequest r) {
        rectifications.bind(id, r == null ? null : r.ledger());
        return rectifications.bindings(id);
    }

    @DeleteMapping("/tasks/{id}/rectification-ledgers/{ledger}")
    @Operation(summary = "取消任务与台账的关联")
    Map<String, Object> unbind(@PathVariable UUID id, @PathVariable Ledger ledger) {
        rectifications.unbind(id, ledger);
        return Map.of("taskId", id, "ledger", ledger);
    }
}
