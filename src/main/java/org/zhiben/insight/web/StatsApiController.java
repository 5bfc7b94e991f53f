package org.zhiben.insight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.accident.AccidentStatistics;
import org.zhiben.enforcement.EnforcementStatistics;
import org.zhiben.insight.Metrics;
import org.zhiben.insight.Overview;
import org.zhiben.insight.Ranking;
import org.zhiben.insight.StatsScope;

@RestController
@RequestMapping("/api/v1/stats")
@Tag(name = "统计 Insight statistics", description = "按区划、行业和时段的监管统计(docs/metrics.md)")
class StatsApiController {

    private final Metrics metrics;
    private final AccidentStatistics accidents;
    private final EnforcementStatistics enforcement;

    StatsApiController(Metrics metrics, AccidentStatistics accidents, EnforcementStatistics enforcement) {
        this.metrics = metrics;
        this.accidents = accidents;
        this.enforcement = enforcement;
    }

    /** The period's accidents in the scope: counted like every accident statistic, with the list behind them. */
    record AccidentFigures(LocalDate from, LocalDate to, String region, String sector, long count, long deaths,
            long injuries, BigDecimal lossYuan, String list) {
    }

    @GetMapping("/accidents")
    @Operation(summary = "事故指标", description = "调用者范围内(或其下级区划 region、行业 sector)时段内发生的事故:起数、死亡(含失踪)"
            + "人数、重伤人数、直接经济损失(元);不含已作废的事故。list 为这些事故的列表地址,条数与 count 一致。"
            + "按区划、行业、类别、等级分组及同比见 /api/v1/accidents/statistics")
    AccidentFigures accidents(@RequestParam(required = false) String region,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Metrics.Period period = metrics.period(from, to);
        StatsScope scope = metrics.scope(region, sector);
        String code = scope.kind() == StatsScope.Kind.REGION ? scope.regionCode() : null;
        String s = sector == null || sector.isBlank() ? null : sector.strip();
        AccidentStatistics.Figures f = accidents.figures(code, s, period.from(), period.to());
        return new AccidentFigures(period.from(), period.to(), code, s, f.count(), f.deaths(), f.injuries(),
                f.lossYuan(), new Links(s, period.from(), period.to(), false).accidents(code));
    }

    /** The period's enforcement in the scope: counted like the enforcement statistics, with their page. */
    record EnforcementFigures(LocalDate from, LocalDate to, String region, String sector, long inspections,
            long enterprisesCovered, long generalHazards, long majorHazards, long cases, BigDecimal finesYuan,
            long suspensions, long closures, long inspectWithoutPenalty, String statistics) {
    }

    @GetMapping("/enforcement")
    @Operation(summary = "执法指标", description = "调用者范围内(或其下级区划 region、行业 sector)时段内的执法检查次数、覆盖企业数、"
            + "发现一般/重大隐患数、立案数、决定罚款(元,单位及主要负责人)、停产停业整顿和关闭取缔决定数,以及只检查不处罚的执法机构数;"
            + "检查按检查日,立案按立案日,罚款和措施按决定日计入。仅限监管人员(企业用户 403)。按区划、行业、检查方式、月份分组见 "
            + "/api/v1/enforcement/statistics")
    EnforcementFigures enforcement(@RequestParam(required = false) String region,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Metrics.Period period = metrics.period(from, to);
        StatsScope scope = metrics.scope(region, sector);
        String code = scope.kind() == StatsScope.Kind.REGION ? scope.regionCode() : null;
        String s = sector == null || sector.isBlank() ? null : sector.strip();
        EnforcementStatistics.Figures f = enforcement.figures(code, s, period.from(), period.to());
        EnforcementStatistics.Row t = f.total();
        return new EnforcementFigures(period.from(), period.to(), code, s, t.inspections(), t.enterprisesCovered(),
                t.generalHazards(), t.majorHazards(), t.cases(), t.finesYuan(), t.suspensions(), t.closures(),
                f.inspectWithoutPenalty(), "/enforcement/statistics?year=" + period.to().getYear());
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
