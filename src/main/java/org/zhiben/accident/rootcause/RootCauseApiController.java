package org.zhiben.accident.rootcause;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
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
import org.zhiben.common.PageResponse;

/**
 * The root-cause API: analyses of accidents and major hazards (五步工作法), the recurring-cause count and the
 * 一月一专题 / 一年一难题 picks. Outside the caller's scope: 404; a stale version: 409; a second pick of a period: 409.
 */
@RestController
@RequestMapping("/api/v1/accidents/root-causes")
@Tag(name = "溯源分析 Root cause", description = "事故和重大事故隐患的溯源分析:按“述情、析因、追责、明责、治源”五步工作法,"
        + "从“人、机、环、管”查找原因(原因类别为数据清单),写明责任人及其岗位、职责和治源措施(责任人、期限、完成情况);"
        + "反复出现的原因按方面、类别、行业领域和区划计数;各级安委会办公室、监管部门和企业据此选定“一月一专题、一年一难题”,"
        + "每个单位每月(每年)一个。范围外一律404,版本过期409")
class RootCauseApiController {

    private final RootCauses rootCauses;

    RootCauseApiController(RootCauses rootCauses) {
        this.rootCauses = rootCauses;
    }

    record WriteRequest(Long version, @Valid RootCauses.AnalysisData analysis) {
    }

    record TopicChange(Long version, @Size(max = 8) String category, @Size(max = 200) String title,
            @Size(max = 2000) String reason) {
    }

    @GetMapping("/categories")
    @Operation(summary = "原因类别(数据清单)", description = "每个类别属于人(PERSON)、机(MACHINE)、环(ENVIRONMENT)、管(MANAGEMENT)之一")
    List<RootCauses.Category> categories() {
        return rootCauses.categories();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "编写溯源分析", description = "kind 为 ACCIDENT(事故)或 HAZARD(重大事故隐患,一般隐患不做),subjectId 为其id;"
            + "每个对象一份。analysis:situation 述情;causes 析因(factor 人机环管、category 原因类别代码、description);"
            + "people 追责(name、role 岗位或职务、responsibility);duties 明责;measures 治源(measure、owner、due、done);"
            + "sector 计入的行业领域(默认单位的第一个行业领域)。监管人员(辖区内)或本企业主要负责人、安全管理人员填写")
    ResponseEntity<RootCauses.AnalysisView> start(@RequestBody RootCauses.NewAnalysis n,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = rootCauses.start(n, key);
        return ResponseEntity.created(URI.create("/api/v1/accidents/root-causes/" + id)).body(rootCauses.get(id));
    }

    @GetMapping
    @Operation(summary = "溯源分析列表(可按原因下钻)", description = "from、to 按事故发生或隐患发现日期;kind、factor、category、"
            + "sector、region 与反复原因统计的分组对应")
    PageResponse<RootCauses.AnalysisRow> list(@RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) SubjectKind kind,
            @RequestParam(required = false) CauseFactor factor, @RequestParam(required = false) String category,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(rootCauses.list(new RootCauses.Filter(from, to, kind, factor, category, sector, region),
                PageResponse.request(page, size, Sort.by(Sort.Direction.DESC, "subjectDate").and(Sort.by("id")))),
                r -> r);
    }

    @GetMapping("/{id}")
    @Operation(summary = "溯源分析详情")
    RootCauses.AnalysisView get(@PathVariable UUID id) {
        return rootCauses.get(id);
    }

    @PostMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改溯源分析", description = "带上读取时的 version,整份替换五步内容;措施勾选完成时记录完成日期")
    RootCauses.AnalysisView write(@PathVariable UUID id, @RequestBody WriteRequest r) {
        rootCauses.write(id, version(r.version()), r.analysis());
        return rootCauses.get(id);
    }

    @GetMapping("/recurring")
    @Operation(summary = "反复出现的原因", description = "在本人范围内按方面(factor)、原因类别(category)、行业领域(sector)和区划"
            + "(region:所选区划或本人辖区的下一级)分组计数原因条数和涉及的分析份数;另给按方面、按类别的合计")
    RootCauses.Recurring recurring(@RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) SubjectKind kind,
            @RequestParam(required = false) CauseFactor factor, @RequestParam(required = false) String category,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String region) {
        return rootCauses.recurring(new RootCauses.Filter(from, to, kind, factor, category, sector, region));
    }

    @GetMapping("/topics")
    @Operation(summary = "一月一专题、一年一难题", description = "范围内各单位选定的专题(企业:本企业的),按期间从新到旧分页;"
            + "mine 表示本单位的")
    PageResponse<RootCauses.TopicView> topics(@RequestParam(required = false) TopicKind kind,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(rootCauses.topics(kind, PageResponse.request(page, size,
                RootCauses.TOPICS_NEWEST_FIRST)), t -> t);
    }

    @PostMapping(path = "/topics", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "选定一月一专题或一年一难题", description = "kind MONTHLY(period yyyy-MM)或 YEARLY(period yyyy);category "
            + "为近12个月本人范围内出现过的原因类别;title、reason 必填。本单位同一期间已选定时409")
    ResponseEntity<RootCauses.TopicView> pick(@RequestBody RootCauses.TopicData d,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = rootCauses.pick(d, key);
        return ResponseEntity.created(URI.create("/api/v1/accidents/root-causes/topics/" + id))
                .body(rootCauses.topic(id));
    }

    @GetMapping("/topics/{id}")
    @Operation(summary = "专题详情")
    RootCauses.TopicView topic(@PathVariable UUID id) {
        return rootCauses.topic(id);
    }

    @PostMapping(path = "/topics/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改本单位选定的专题", description = "带上读取时的 version;期间和类型不变")
    RootCauses.TopicView changeTopic(@PathVariable UUID id, @RequestBody TopicChange c) {
        rootCauses.changeTopic(id, version(c.version()), new RootCauses.TopicData(null, null, c.category(),
                c.title(), c.reason()));
        return rootCauses.topic(id);
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "请提供版本号 version");
        }
        return version;
    }
}
