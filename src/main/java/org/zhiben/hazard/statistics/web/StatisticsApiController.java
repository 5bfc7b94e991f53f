package org.zhiben.hazard.statistics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.common.PageResponse;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.hazard.statistics.HazardStatistics;
import org.zhiben.hazard.statistics.PeriodStatus;
import org.zhiben.hazard.statistics.Signoff;
import org.zhiben.hazard.statistics.StatisticsFigures;
import org.zhiben.hazard.statistics.StatisticsPeriod;

@RestController
@RequestMapping("/api/v1/hazards/statistics")
@Tag(name = "隐患统计分析表 Hazard statistics", description = "16号令季度、年度事故隐患排查治理统计分析表,主要负责人签字与报送期限")
class StatisticsApiController {

    private final HazardStatistics statistics;
    private final Clock clock;

    StatisticsApiController(HazardStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    record PeriodFigures(StatisticsFigures figures, String figuresSha256, PeriodStatus status) {
    }

    @GetMapping("/enterprises/{id}")
    @Operation(summary = "企业各统计期签字状态", description = "近三年已结束的季度和年度,含报送期限(含当日)与状态")
    List<PeriodStatus> periods(@PathVariable UUID id) {
        return statistics.periods(id, statistics.today());
    }

    @GetMapping("/enterprises/{id}/{period}")
    @Operation(summary = "统计分析表数据", description = "period: 2025Q1(季度)或 2025(年度)")
    PeriodFigures figures(@PathVariable UUID id, @PathVariable String period) {
        StatisticsPeriod p = StatisticsPeriod.parse(period);
        StatisticsFigures f = statistics.figures(id, p);
        return new PeriodFigures(f, f.sha256(),
                p.ended(statistics.today()) ? statistics.status(id, p, statistics.today()) : null);
    }

    @PostMapping("/enterprises/{id}/{period}/signoff")
    @Operation(summary = "主要负责人签字", description = "仅本企业主要负责人;统计期结束后;数据变化后可重新签字,未变化时400。"
            + "figuresHash:签字人核对过的数据指纹(GET 统计表的 sha256),给出时数据已变化则400,不签")
    Signoff sign(@PathVariable UUID id, @PathVariable String period,
            @RequestParam(required = false) String figuresHash) {
        return statistics.sign(id, StatisticsPeriod.parse(period), clock.instant(), figuresHash);
    }

    @GetMapping("/overdue")
    @Operation(summary = "逾期未签字企业", description = "本人辖区内,指定统计期已过报送期限仍未签字的生产经营单位(仅监管人员;学校、医院、村(社区)、宗教场所等不适用),分页")
    PageResponse<EnterpriseSummary> overdue(@RequestParam String period,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(statistics.overdue(StatisticsPeriod.parse(period), statistics.today(),
                PageResponse.request(page, size, Sort.unsorted())), e -> e);
    }
}
