package org.zhiben.insight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.insight.Metrics;
import org.zhiben.insight.Overview;
import org.zhiben.insight.Ranking;
import org.zhiben.insight.StatsScope;

@RestController
@RequestMapping("/api/v1/stats")
@Tag(name = "统计 Insight statistics", description = "按区划、行业和时段的监管统计(docs/metrics.md)")
class StatsApiController {

    private final Metrics metrics;

    StatsApiController(Metrics metrics) {
        this.metrics = metrics;
    }

    @GetMapping("/overview")
    @Operation(summary = "指标总览", description = "调用者范围内(或其下级区划 region)的全部指标;范围外区划 404,日期错误 400")
    Overview overview(@RequestParam(required = false) String region, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Metrics.Period period = metrics.period(from, to);
        StatsScope scope = metrics.scope(region, sector);
        return metrics.overview(scope, period);
    }

    @GetMapping("/ranking")
    @Operation(summary = "晾晒通报", description = "下级区划(村级时为企业)的指标")
    Ranking ranking(@RequestParam(required = false) String region, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Metrics.Period period = metrics.period(from, to);
        StatsScope scope = metrics.scope(region, sector);
        return metrics.ranking(scope, period);
    }
}
