package org.zhiben.insight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.insight.ConsistencyReport;
import org.zhiben.insight.SummaryMaintenance;

/** Administrators only (the /api/v1/admin/** rule): consistency check and rebuild of the statistics summaries. */
@RestController
@RequestMapping("/api/v1/admin/stats")
@Tag(name = "统计维护 Insight maintenance", description = "汇总表一致性检查与重建(管理员)")
class AdminStatsApiController {

    private final SummaryMaintenance maintenance;

    AdminStatsApiController(SummaryMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @GetMapping("/consistency")
    @Operation(summary = "一致性检查", description = "汇总表与基础表全量重算逐行比较")
    ConsistencyReport check(@org.springframework.web.bind.annotation.RequestParam(required = false) String region) {
        if (region != null && !org.zhiben.common.RegionCode.isValid(region)) {
            throw new org.zhiben.common.InvalidInputException("region", "区划代码应为12位数字");
        }
        return maintenance.check(region);
    }

    @PostMapping("/rebuild")
    @Operation(summary = "重建汇总表", description = "从基础表重算全部汇总,然后返回一致性检查结果")
    ConsistencyReport rebuild() {
        maintenance.rebuild();
        return maintenance.check();
    }
}
