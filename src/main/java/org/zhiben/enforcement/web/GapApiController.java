package org.zhiben.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.common.PageResponse;
import org.zhiben.enforcement.DualPreventionGaps;
import org.zhiben.enforcement.GapReason;
import org.zhiben.enforcement.PlanView;

/** 应建未建、建而不用 over the API: the list with counts per reason, and 列入执法检查. */
@RestController
@Tag(name = "执法 Enforcement")
class GapApiController {

    private final DualPreventionGaps gaps;

    GapApiController(DualPreventionGaps gaps) {
        this.gaps = gaps;
    }

    /** One enterprise of the list. */
    record GapRow(UUID id, String uscc, String name, String regionCode, String regionName, List<String> sectors,
            GapReason reason, String reasonLabel, String principalName, boolean planned) {
    }

    /** The page, the counts per reason over the filter (region, sector), and the window of the 建而不用 test. */
    record GapList(List<GapRow> content, int page, int size, long totalElements, Map<GapReason, Long> counts,
            int days, java.time.LocalDate from, java.time.LocalDate to) {
    }

    record EnlistRequest(Integer month) {
    }

    @GetMapping("/api/v1/enforcement/unbuilt-or-unused")
    @Operation(summary = "双重预防体系应建未建、建而不用企业名单", description = "本人辖区内在营、负有排查计划义务的生产经营单位:"
            + "UNBUILT 应建未建(无已评定等级的风险清单,即建成率分子之外),UNUSED 建而不用(已建成,近 days 日内含当日无在线排查记录,"
            + "即在线填报率分子之外;days 默认 zhiben.enforcement.unused-days=30,1–366)。可按 region(区划代码)、sector(行业代码)、"
            + "reason 筛选;counts 为按 region、sector 筛选后各原因的企业数;按企业名称排序分页")
    GapList list(@RequestParam(required = false) String region, @RequestParam(required = false) String sector,
            @RequestParam(required = false) GapReason reason, @RequestParam(required = false) Integer days,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        DualPreventionGaps.Gaps g = gaps.list(new DualPreventionGaps.Filter(blank(region), blank(sector), reason, days),
                PageResponse.request(page, size, Sort.unsorted()));
        List<GapRow> rows = g.page().getContent().stream().map(r -> new GapRow(r.enterprise().id(),
                r.enterprise().uscc(), r.enterprise().name(), r.enterprise().regionCode(), r.regionName(),
                List.copyOf(new java.util.TreeSet<>(r.enterprise().sectors())), r.reason(), r.reason().label(),
                r.enterprise().principalName(), r.planned())).toList();
        return new GapList(rows, page, size, g.page().getTotalElements(), g.counts(), g.days(), g.from(), g.to());
    }

    @PostMapping(path = "/api/v1/enforcement/unbuilt-or-unused/{enterpriseId}/enlist",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "列入执法检查", description = "将名单中的企业列为本机构本年度执法检查计划的重点检查对象(month 计划月份 1–12,"
            + "默认本月;理由为应建未建或建而不用),计划任何状态均可追加,记入审计;本年度无计划、企业不在名单或已列入为400,辖区外为404")
    PlanView enlist(@PathVariable UUID enterpriseId, @RequestBody(required = false) EnlistRequest r) {
        return gaps.enlist(enterpriseId, r == null ? null : r.month());
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
