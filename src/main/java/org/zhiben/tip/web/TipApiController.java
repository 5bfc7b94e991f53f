package org.zhiben.tip.web;

import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
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
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardType;
import org.zhiben.tip.NewTip;
import org.zhiben.tip.RejectReason;
import org.zhiben.tip.RewardKind;
import org.zhiben.tip.Rewards;
import org.zhiben.tip.TipAction;
import org.zhiben.tip.TipChannel;
import org.zhiben.tip.TipFinding;
import org.zhiben.tip.TipState;
import org.zhiben.tip.Tips;
import org.zhiben.tip.internal.Tip;

/**
 * The staff API: the reward calculator, tips entered by officials and enterprises, the scoped list and detail
 * (never the reporter's identity), transitions with the version seen (stale: 409), and the audited reveal for the
 * handler. Tips outside the caller's scope answer 404.
 */
@RestController
@RequestMapping("/api/v1/tips")
@Tag(name = "举报 Tips", description = "举报(12350、来信、来访、企业内部吹哨)登记、受理、核查、转为隐患或关联案件、奖励(安全生产领域举报奖励办法)、"
        + "答复与结案;举报人身份SM4加密保存,仅承办人可查看且留痕;范围外一律404,版本过期409")
class TipApiController {

    private final Tips tips;

    TipApiController(Tips tips) {
        this.tips = tips;
    }

    record CalculateRequest(RewardKind kind, BigDecimal penaltyYuan, BigDecimal concealedDeaths,
            @Size(max = 64) String accidentGrade) {
    }

    record EnterRequest(TipChannel channel, @Size(max = 2000) String content, @Size(max = 200) String place, UUID enterpriseId, @Size(max = 200) String unitName,
            @Size(max = 12) String regionCode, Boolean anonymous, @Size(max = 50) String reporterName, @Size(max = 100) String reporterContact, Boolean joint) {
    }

    record Entered(UUID id, String no, String trackingCode) {
    }

    record TransitionRequest(Long version, TipAction action, @Size(max = 2000) String note, RejectReason reason, @Size(max = 24) String sameMatterAs,
            @Size(max = 64) String sectorCode, TipFinding finding, @Size(max = 2000) String hazardDescription, HazardLevel hazardLevel,
            HazardType hazardType, UUID caseId, @Size(max = 64) String caseNo, BigDecimal penaltyYuan, RewardKind rewardKind,
            Integer concealedDeaths, @Size(max = 64) String accidentGrade, @Size(max = 2000) String text) {
    }

    /** A tip as staff see it: never the reporter's name or contact. */
    record TipDto(UUID id, String no, TipChannel channel, TipState state, String stateLabel, boolean anonymous,
            UUID enterpriseId, String unitName, String regionCode, String content, String place, int photos,
            Instant receivedAt, Instant dueAt, boolean overdue, String handlerName, TipFinding finding,
            UUID hazardId, String caseNo, BigDecimal penaltyYuan, BigDecimal rewardYuan, String rewardRule,
            String replyText, long version) {

        static TipDto of(Tip t, Instant now) {
            return new TipDto(t.getId(), t.getNo(), t.getChannel(), t.getState(), t.getState().label(),
                    t.isAnonymous(), t.getEnterpriseId(), t.getUnitName(), t.getRegionCode(), t.getContent(),
                    t.getPlace(), t.photoKeys().size(), t.getReceivedAt(), t.getDueAt(), t.overdue(now),
                    t.getHandlerName(), t.getFinding(), t.getHazardId(), t.getCaseNo(), t.getPenaltyYuan(),
                    t.getRewardYuan(), t.getRewardRule(), t.getReplyText(), t.getVersion());
        }
    }

    @PostMapping(path = "/rewards/calculate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "举报奖励计算器", description = "重大事故隐患、非法违法生产经营建设行为:罚款金额的15%(四舍五入到分),"
            + "最低3000元,最高300000元(含本数);瞒报谎报事故:每核实瞒报死亡1人,一般3万、较大4万、重大5万、特别重大6万元,最高300000元。"
            + "accidentGrade 为 一般、较大、重大、特别重大")
    Rewards.Result calculate(@RequestBody CalculateRequest r) {
        Integer deaths = null;
        if (r.concealedDeaths() != null) {
            try {
                deaths = r.concealedDeaths().intValueExact();
            } catch (ArithmeticException e) {
                throw new InvalidInputException("concealedDeaths", "请填写核实的瞒报死亡人数(整数)");
            }
        }
        return Rewards.calculate(r.kind(), r.penaltyYuan(), deaths, r.accidentGrade());
    }

    @GetMapping
    @Operation(summary = "举报列表(范围内)", description = "监管人员:辖区内的外部举报及本人承办的举报;企业主要负责人和安全管理人员:本企业内部举报")
    PageResponse<TipDto> list(@RequestParam(required = false) TipState state,
            @RequestParam(required = false) TipChannel channel, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Instant now = tips.now();
        Page<Tip> p = tips.list(new Tips.Filter(state, channel, overdue, q),
                PageResponse.request(page, size, Sort.by(Sort.Direction.DESC, "receivedAt")));
        return PageResponse.of(p, t -> TipDto.of(t, now));
    }

    @GetMapping("/{id}")
    @Operation(summary = "举报详情(不含举报人身份)")
    TipDto get(@PathVariable UUID id) {
        return TipDto.of(tips.get(id), tips.now());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记举报", description = "监管人员登记12350电话、来信、来访举报;企业人员登记本企业内部举报(channel=INTERNAL)。"
            + "应答中的 trackingCode 只出现这一次,请告知举报人;带 Idempotency-Key 重试时返回首次创建的举报(不再给查询码)")
    ResponseEntity<Entered> enter(@RequestBody EnterRequest r,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        Tips.Submitted s = tips.enter(new NewTip(r.channel(), r.content(), r.place(), r.enterpriseId(), r.unitName(),
                r.regionCode(), r.anonymous() == null || r.anonymous(), r.reporterName(), r.reporterContact(),
                Boolean.TRUE.equals(r.joint())), List.of(), key);
        return ResponseEntity.created(URI.create("/api/v1/tips/" + s.id())).body(new Entered(s.id(), s.no(),
                s.trackingCode()));
    }

    @PostMapping(path = "/{id}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "办理举报", description = "ACCEPT、REJECT(reason,重复时 sameMatterAs)、TRANSFER(sectorCode,按牵头部门表)、"
            + "START_VERIFICATION、CONCLUDE(finding)、LINK_HAZARD(hazardDescription)、LINK_CASE(caseId 或 caseNo+penaltyYuan)、"
            + "PROPOSE_REWARD(rewardKind 等)、APPROVE_REWARD(承办人以外)、PAY_REWARD、REPLY(text)、CLOSE")
    TipDto transition(@PathVariable UUID id, @RequestBody TransitionRequest r) {
        if (r.version() == null) {
            throw new InvalidInputException("version", "请提供所见的版本号");
        }
        tips.transition(id, r.version(), new Tips.Command(r.action(), r.note(), r.reason(), r.sameMatterAs(),
                r.sectorCode(), r.finding(), r.hazardDescription(), r.hazardLevel(), r.hazardType(), r.caseId(),
                r.caseNo(), r.penaltyYuan(), r.rewardKind(), r.concealedDeaths(), r.accidentGrade(), r.text()));
        return TipDto.of(tips.get(id), tips.now());
    }

    @PostMapping("/{id}/reporter")
    @Operation(summary = "查看举报人身份(仅承办人,留痕)")
    Tips.Reporter reveal(@PathVariable UUID id) {
        return tips.reveal(id);
    }
}
