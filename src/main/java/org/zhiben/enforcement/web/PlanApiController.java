package org.zhiben.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.common.InvalidInputException;
import org.zhiben.enforcement.AnnualPlans;
import org.zhiben.enforcement.NewPlan;
import org.zhiben.enforcement.PlanProgress;
import org.zhiben.enforcement.PlanView;

/** 年度执法检查计划 over the API: draft, revise, file (备案), publish (公示), read with progress; the public 公示 read. */
@RestController
@Tag(name = "执法 Enforcement")
class PlanApiController {

    private final AnnualPlans plans;

    PlanApiController(AnnualPlans plans) {
        this.plans = plans;
    }

    /** {@code version}: only when revising. */
    record PlanRequest(Integer year, @Size(max = 200) String title, @Size(max = 2000) String note,
            List<NewPlan.@Valid CategoryShare> categories, List<NewPlan.@Valid KeyTarget> targets, Long version) {

        NewPlan plan() {
            return new NewPlan(year, title, note, categories, targets);
        }
    }

    record PlanAction(@Size(max = 16) String action, Long version) {
    }

    @PostMapping(path = "/api/v1/enforcement/plans", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "制定年度执法检查计划", description = "执法机构(本人辖区)每年一份。categories:各监管类别(KEY 重点监管、"
            + "GENERAL 一般监管、INCENTIVE 激励类)每轮抽查比例 sharePercent(0–100)和每年频次 rounds(0–12),未给出的取配置默认值"
            + "(50%×2、20%×1、5%×1);双随机抽查次数 = 向上取整(该类别在营检查对象数 × 比例) × 频次,对象数按检查对象名录库统计。"
            + "targets:重点检查对象(企业、计划月份 1–12、理由)")
    ResponseEntity<PlanView> draft(@RequestBody PlanRequest r,
            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = plans.draft(r.plan(), key);
        return ResponseEntity.created(URI.create("/api/v1/enforcement/plans/" + id)).body(plans.get(id));
    }

    @GetMapping("/api/v1/enforcement/plans")
    @Operation(summary = "年度执法检查计划(本辖区及上级;草拟中的仅本机构可见)")
    List<PlanView> list() {
        return plans.list();
    }

    @GetMapping("/api/v1/enforcement/plans/{id}")
    @Operation(summary = "年度执法检查计划详情")
    PlanView get(@PathVariable UUID id) {
        return plans.get(id);
    }

    @PutMapping(path = "/api/v1/enforcement/plans/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改草拟中的计划(重新统计检查对象数)", description = "须提供 version;版本过期为409")
    PlanView revise(@PathVariable UUID id, @RequestBody PlanRequest r) {
        plans.revise(id, version(r.version()), r.plan());
        return plans.get(id);
    }

    @PostMapping(path = "/api/v1/enforcement/plans/{id}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "备案或公示", description = "action:FILE 报上一级备案(再次统计对象数后冻结)、PUBLISH 公示(须先备案);"
            + "须提供 version")
    PlanView act(@PathVariable UUID id, @RequestBody PlanAction a) {
        long version = version(a.version());
        switch (a.action() == null ? "" : a.action()) {
            case "FILE" -> plans.file(id, version);
            case "PUBLISH" -> plans.publish(id, version);
            default -> throw new InvalidInputException("action", "操作应为 FILE 或 PUBLISH");
        }
        return plans.get(id);
    }

    @GetMapping("/api/v1/enforcement/plans/{id}/progress")
    @Operation(summary = "计划执行进度", description = "各监管类别计划的双随机抽查次数与按计划抽取后完成的检查(按月);"
            + "重点检查按月计划数与完成数(当年本机构对该企业的首次非双随机检查)")
    PlanProgress progress(@PathVariable UUID id) {
        return plans.progress(id);
    }

    @GetMapping("/api/v1/public/enforcement/plans/{id}")
    @Operation(summary = "年度执法检查计划公示(无需登录)", description = "已公示的计划:各类别比例、频次、对象数、抽查次数,"
            + "重点检查按月的数量(不公布重点检查企业名称)")
    PlanView published(@PathVariable UUID id) {
        return plans.published(id);
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "请提供版本号 version");
        }
        return version;
    }
}
