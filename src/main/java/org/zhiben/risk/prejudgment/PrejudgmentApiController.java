package org.zhiben.risk.prejudgment;

import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.common.PageResponse;
import org.zhiben.risk.RiskLevel;
import org.zhiben.risk.prejudgment.RiskPrejudgments.MissingEnterprise;

@RestController
@RequestMapping("/api/v1/risk")
@Tag(name = "风险 Pre-judgment", description = "风险预判(车间班组日、企业周、县级部门月、市级部门季)与红橙黄分级预警")
class PrejudgmentApiController {

    private final RiskPrejudgments prejudgments;

    PrejudgmentApiController(RiskPrejudgments prejudgments) {
        this.prejudgments = prejudgments;
    }

    record PrejudgmentRequest(PrejudgmentKind kind, @Size(max = 10) String period, @Size(max = 100) String workshop, @Size(max = 64) String sector, @Size(max = 2000) String conditions,
            RiskLevel level, @Size(max = 2000) String measures, Long version) {
        PrejudgmentData toData() {
            return new PrejudgmentData(kind, period, workshop, sector, conditions, level, measures);
        }
    }

    record Missing(PrejudgmentKind kind, List<String> periods) {
    }

    record MissingEnterprises(String period, long total, List<MissingEnterprise> enterprises) {
    }

    record AcknowledgeRequest(Long version) {
    }

    @PostMapping("/prejudgments")
    @Operation(summary = "提交或修改风险预判", description = "kind: WORKSHOP_DAILY(本企业人员,须填 workshop)/ ENTERPRISE_WEEKLY"
            + "(主要负责人、安全管理人员)/ COUNTY_MONTHLY(县级部门)/ CITY_QUARTERLY(市级部门);period 留空为本期(按北京时间),"
            + "格式 2026-04-01 / 2026-W14 / 2026-04 / 2026-Q2。同一主体同一期只有一条:再次提交即修改,须带 version,过期409。"
            + "level 为 MAJOR/LARGE/GENERAL 时产生红/橙/黄预警")
    PrejudgmentView submit(@RequestBody PrejudgmentRequest request) {
        return prejudgments.submit(request.toData(), request.version());
    }

    @GetMapping("/enterprises/{enterpriseId}/prejudgments")
    @Operation(summary = "企业的风险预判(新的在前)")
    List<PrejudgmentView> ofEnterprise(@PathVariable UUID enterpriseId) {
        return prejudgments.ofEnterprise(enterpriseId);
    }

    @GetMapping("/enterprises/{enterpriseId}/prejudgments/missing")
    @Operation(summary = "企业缺报的预判期", description = "最近 periods 期(含本期)中没有预判的日(WORKSHOP_DAILY,按企业整体)或周")
    Missing missing(@PathVariable UUID enterpriseId, @RequestParam PrejudgmentKind kind,
            @RequestParam(defaultValue = "7") int periods) {
        return new Missing(kind, prejudgments.missing(enterpriseId, kind, periods));
    }

    @GetMapping("/prejudgments/departments")
    @Operation(summary = "本级及上级部门的预判(监管人员)")
    List<PrejudgmentView> ofDepartments() {
        return prejudgments.ofDepartments();
    }

    @GetMapping("/prejudgments/missing-own")
    @Operation(summary = "本部门缺报的月(县级)或季(市级)", description = "最近 periods 期(含本期)")
    List<String> missingOwn(@RequestParam(defaultValue = "6") int periods) {
        return prejudgments.missingOwn(periods);
    }

    @GetMapping("/prejudgments/missing-enterprises")
    @Operation(summary = "辖区内本周未做企业周预判的生产经营单位(监管人员)",
            description = "按名称排序分页;学校、医院、村(社区)、宗教场所等不适用")
    MissingEnterprises missingEnterprises(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        Page<MissingEnterprise> missing = prejudgments.enterprisesMissingThisWeek(
                PageResponse.request(page, size, Sort.unsorted()));
        return new MissingEnterprises(prejudgments.current(PrejudgmentKind.ENTERPRISE_WEEKLY.cadence()).label(),
                missing.getTotalElements(), missing.getContent());
    }

    @GetMapping("/warnings")
    @Operation(summary = "风险预警(新的在前,分页)", description = "level: MAJOR 红 / LARGE 橙 / GENERAL 黄;"
            + "period: 预判期,或监测报警未处置预警的报警日期(yyyy-MM-dd)。预判引发的预警有 prejudgmentId 和 kind,"
            + "监测报警引发的有 alarmId 和 cause")
    PageResponse<EarlyWarningView> warnings(@RequestParam(required = false) RiskLevel level,
            @RequestParam(required = false) String period, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(prejudgments.warnings(level, period, PageResponse.request(page, size, Sort.unsorted())),
                w -> w);
    }

    @PostMapping("/warnings/{id}/acknowledge")
    @Operation(summary = "确认预警(辖区监管人员)", description = "记录确认人和时间;version 可选,过期409")
    EarlyWarningView acknowledge(@PathVariable UUID id, @RequestBody(required = false) AcknowledgeRequest request) {
        return prejudgments.acknowledge(id, request == null ? null : request.version());
    }
}
