package org.zhiben.hazard.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.common.PageResponse;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardState;
import org.zhiben.hazard.HazardType;
import org.zhiben.hazard.ledger.HazardLedger;
import org.zhiben.hazard.ledger.HazardRow;
import org.zhiben.hazard.ledger.LedgerFilter;
import org.zhiben.hazard.ledger.LedgerPage;
import org.zhiben.hazard.ledger.StockSummary;

@RestController
@RequestMapping("/api/v1/hazards")
@Tag(name = "隐患库 Hazard ledger", description = "重大事故隐患数据库:各渠道隐患在本人数据范围内汇总查询、存量/增量统计、台账导出")
class HazardLedgerApiController {

    private final HazardLedger ledger;

    HazardLedgerApiController(HazardLedger ledger) {
        this.ledger = ledger;
    }

    /** A hazard as the list shows it. */
    record HazardListItem(UUID id, UUID enterpriseId, String enterpriseName, String regionCode, HazardSource source,
            boolean governmentChannel, HazardLevel level, HazardState state, HazardType type, String description,
            String location, LocalDate foundOn, LocalDate deadline, LocalDate closedOn, boolean overdue,
            boolean supervised, String responsibleName, BigDecimal funds, boolean stock, boolean probableDuplicate,
            UUID duplicateOf) {

        static HazardListItem of(HazardRow h) {
            return new HazardListItem(h.id(), h.enterpriseId(), h.enterpriseName(), h.regionCode(), h.source(),
                    h.government(), h.level(), h.state(), h.type(), h.description(), h.location(), h.foundOn(),
                    h.deadline(), h.closedOn(), h.overdue(), h.supervised(), h.responsibleName(), h.funds(), h.stock(),
                    h.probableDuplicate(), h.duplicateOf());
        }
    }

    @GetMapping
    @Operation(summary = "分页查询隐患(重大隐患库)", description = """
            按调用者的数据范围汇总企业自查与政府渠道的隐患,按发现日期倒序。筛选:region 12位区划代码(须在本人辖区内,否则404);\
            sector 行业领域代码;level GENERAL/MAJOR;state;status OPEN/CLOSED;overdue true/false;\
            channel ENTERPRISE/GOVERNMENT;source;ageOver 发现已超过的天数;from/to 发现日期(含);q 描述、部位或企业名称;\
            stock STOCK(基准日前发现)/INCREMENT;duplicates=true 只看疑似重复;figure 统计口径 FOUND/FOUND_CLOSED/CLOSED/\
            CLOSED_ON_TIME/OPEN/OVERDUE(与统计看板同一口径,CLOSED类口径的 from/to 按销号日期)。\
            size 最大100(超过按100);totalElements 为精确总数。""")
    ResponseEntity<PageResponse<HazardListItem>> list(@ModelAttribute LedgerFilter filter,
            @Parameter(description = "页码,从0开始") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "每页条数,1–100") @RequestParam(defaultValue = "20") int size) {
        LedgerPage result = ledger.search(filter, page, size);
        PageResponse<HazardListItem> body = new PageResponse<>(result.content().stream().map(HazardListItem::of)
                .toList(), result.page(), result.size(), result.total());
        return ResponseEntity.ok().body(body);
    }

    @GetMapping("/summary")
    @Operation(summary = "存量与增量隐患统计", description = "基准日(zhiben.hazard.baseline,默认2024-01-01)之前发现的为存量,"
            + "当日及以后为增量;按未销号/已销号计数,已驳回的不计。接受与列表相同的区划、行业、等级、渠道筛选")
    StockSummary summary(@ModelAttribute LedgerFilter filter) {
        return ledger.summary(filter);
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "导出隐患台账 xlsx", description = "与列表相同的筛选,流式导出全部符合条件的隐患(不分页)")
    void export(@ModelAttribute LedgerFilter filter, HttpServletResponse response) throws IOException {
        HazardLedgerController.exportTo(ledger, filter, response);
    }
}
