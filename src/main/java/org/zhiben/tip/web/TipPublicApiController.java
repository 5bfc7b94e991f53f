package org.zhiben.tip.web;

import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.common.InvalidInputException;
import org.zhiben.directory.PublicEnterprises;
import org.zhiben.tip.NewTip;
import org.zhiben.tip.TipChannel;
import org.zhiben.tip.Tips;
import org.zhiben.tip.TooManyTipRequestsException;
import org.zhiben.tip.internal.TipChallenges;

/**
 * The public API (no login): the challenge, the enterprise search (names and regions only), submitting a tip
 * (multipart form: the fields, up to three photos, the challenge's token and answer) and the status by tracking code
 * (POST, so that the code stays out of addresses and logs). Over the rate limit: 429 problem, nothing stored.
 */
@RestController
@RequestMapping("/api/v1/public/tips")
@Tag(name = "公开举报 Public tips", description = "无需登录:验证题、企业搜索(只返回名称和区县)、提交举报(含照片)、凭查询码查询状态与答复、匿名领取奖励;按客户端地址限流(429)")
class TipPublicApiController {

    private final Tips tips;

    TipPublicApiController(Tips tips) {
        this.tips = tips;
    }

    record Submitted(String no, String trackingCode) {
    }

    record CodeRequest(@Size(max = 40) String code, @Size(max = 100) String contact) {
    }

    @GetMapping("/challenge")
    @Operation(summary = "取得验证题(10分钟内有效,只能作答一次)")
    TipChallenges.Challenge challenge() {
        return tips.challenge();
    }

    @GetMapping("/enterprises")
    @Operation(summary = "按名称搜索已登记企业(至少2个字;只返回名称和区县)")
    List<PublicEnterprises.Listed> enterprises(@RequestParam(required = false) String q) {
        return tips.searchEnterprises(q);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "提交举报", description = "表单字段:content、place、enterpriseId(或 unitName+regionCode)、anonymous、"
            + "reporterName、reporterContact、joint、challengeToken、challengeAnswer;photos 最多3张 JPEG/PNG,每张不超过10 MB。"
            + "应答中的 trackingCode 只出现这一次")
    ResponseEntity<Submitted> submit(@RequestParam(required = false) String content,
            @RequestParam(required = false) String place, @RequestParam(required = false) String enterpriseId,
            @RequestParam(required = false) String unitName, @RequestParam(required = false) String regionCode,
            @RequestParam(defaultValue = "true") boolean anonymous,
            @RequestParam(required = false) String reporterName,
            @RequestParam(required = false) String reporterContact,
            @RequestParam(defaultValue = "false") boolean joint,
            @RequestParam(required = false) String challengeToken,
            @RequestParam(required = false) String challengeAnswer,
            @RequestParam(name = "photos", required = false) MultipartFile[] photos, HttpServletRequest request) {
        UUID enterprise = Commands.uuid("enterpriseId", enterpriseId);
        Tips.Submitted s = tips.submitPublic(new NewTip(TipChannel.WEB, content, place, enterprise, unitName,
                regionCode, anonymous, reporterName, reporterContact, joint), Uploads.read(photos),
                request.getRemoteAddr(), challengeToken, challengeAnswer);
        return ResponseEntity.created(URI.create("/api/v1/public/tips/status")).body(new Submitted(s.no(),
                s.trackingCode()));
    }

    @PostMapping(path = "/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "凭查询码查询状态和答复")
    Tips.Status status(@RequestBody CodeRequest r, HttpServletRequest request) {
        return tips.status(r.code(), request.getRemoteAddr());
    }

    @PostMapping(path = "/claim", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "匿名举报人凭查询码登记领取奖励的联系方式")
    Tips.Status claim(@RequestBody CodeRequest r, HttpServletRequest request) {
        tips.claim(r.code(), r.contact(), request.getRemoteAddr());
        return tips.status(r.code(), request.getRemoteAddr());
    }

    @ExceptionHandler(TooManyTipRequestsException.class)
    ProblemDetail tooMany(TooManyTipRequestsException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        p.setTitle("请求过于频繁");
        return p;
    }
}
