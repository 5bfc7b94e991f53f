package org.zhiben.risk.majorsource;

import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/risk")
@Tag(name = "风险 Major hazard sources", description = "GB 18218 重大危险源辨识与分级(按分析单元),包保责任人(主要、技术、操作负责人)")
class MajorHazardSourceApiController {

    private final MajorHazardSources sources;

    MajorHazardSourceApiController(MajorHazardSources sources) {
        this.sources = sources;
    }

    record Holders(@Valid SafetyHolder principal, @Valid SafetyHolder technical, @Valid SafetyHolder operation) {
    }

    record MajorHazardRequest(Integer outsidePopulation, List<@Valid SubstanceQuantity> substances, Boolean declared,
            @Valid Holders holders, Long version) {
        MajorHazardSourceData toData() {
            Holders h = holders == null ? new Holders(null, null, null) : holders;
            return new MajorHazardSourceData(outsidePopulation, substances, Boolean.TRUE.equals(declared),
                    h.principal(), h.technical(), h.operation());
        }
    }

    @GetMapping("/units/{unitId}/major-hazard")
    @Operation(summary = "分析单元的重大危险源辨识", description = "尚未登记时 recorded=false、version=0。sum=S=Σq/Q,"
            + "r=R=α·Σβq/Q,level: FIRST 一级 … FOURTH 四级(非重大危险源为 null);holdersIncomplete: 重大危险源包保责任人不全")
    MajorHazardSourceView get(@PathVariable UUID unitId) {
        return sources.of(unitId);
    }

    @PutMapping("/units/{unitId}/major-hazard")
    @Operation(summary = "保存分析单元的重大危险源辨识", description = "整体替换物质清单、厂界外500米常住人口、是否确认为重大危险源及包保责任人,"
            + "并重新计算 S、R、α 和级别。version: 读取时的版本(首次登记为0),过期返回409。declared=true 时三名包保责任人必须齐全;"
            + "未确认时可先保存,重大危险源会标记为包保责任人不全。电话为11位手机号或带区号的固定电话")
    MajorHazardSourceView put(@PathVariable UUID unitId, @RequestBody MajorHazardRequest request) {
        return sources.save(unitId, request.version(), request.toData());
    }

    @GetMapping("/enterprises/{enterpriseId}/major-hazards")
    @Operation(summary = "企业的重大危险源", description = "S≥1、对象标记为重大危险源或已确认的单元;holdersIncomplete 为包保责任人不全")
    List<MajorHazardSourceView> ofEnterprise(@PathVariable UUID enterpriseId) {
        return sources.ofEnterprise(enterpriseId);
    }
}
