package org.zhiben.accident.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.common.InputRules;
import org.zhiben.common.PageResponse;

/**
 * The API of what an accident sets in motion: preventive measures (each a 事故类比 hazard), the class-analogy checks
 * of peer enterprises, the 黑名单 (不良记录) entries. Changes carry the version the client saw (stale: 409); records
 * outside the caller's scope answer 404.
 */
@RestController
@RequestMapping("/api/v1/accidents")
@Tag(name = "事故后续 Accident follow-up", description = "事故类比:防范措施转为本企业“事故类比”隐患并跟踪至销号;监管人员确认后,"
        + "向辖区内同行业企业下发类比排查并统计完成情况;黑名单(不良记录)提议(默认较大及以上生产安全事故或认定瞒报、谎报),"
        + "由监管人员确认(写明联合惩戒措施和截止日期)或说明理由不予列入;重大、特别重大事故确认后向执法模块提议终身行业禁入")
class FollowUpApiController {

    private final FollowUps followUps;

    FollowUpApiController(FollowUps followUps) {
        this.followUps = followUps;
    }

    record MeasuresRequest(Long version, List<@Size(max = 500) String> measures) {
    }

    record AnalogyRequest(Long version, @Size(max = 8) String sector, LocalDate due, @Size(max = 2000) String note) {
    }

    record CompleteRequest(Long version, @Size(max = 2000) String result, @Size(max = 2000) String finding) {
    }

    record ConfirmRequest(Long version, @Size(max = 1000) String jointPunishment, LocalDate endsOn,
            @Size(max = 2000) String reason) {
    }

    record DeclineRequest(Long version, @Size(max = 2000) String reason) {
    }

    @GetMapping("/{id}/followup")
    @Operation(summary = "事故的后续处理:防范措施及其隐患状态、类比排查完成情况、黑名单提议")
    FollowUps.View followUp(@PathVariable UUID id) {
        return followUps.view(id);
    }

    @PostMapping(path = "/{id}/measures", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "录入防范措施", description = "调查报告提交后(报告已提交、已批复、整改中),监管人员录入调查报告提出的防范措施,"
            + "每条成为事故企业来源为“事故类比”的隐患;一次1–20条,每条不超过500字;version 为后续处理的版本(首次为0)")
    FollowUps.View measures(@PathVariable UUID id, @RequestBody MeasuresRequest r) {
        return followUps.addMeasures(id, InputRules.version(r.version()), r.measures());
    }

    @PostMapping(path = "/{id}/analogy", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "下发类比排查", description = "监管人员确认后,向本人辖区内该行业(事故所属行业之一)未关闭的其他企业各下发一项"
            + "类比排查,对照防范措施排查同类问题;须先录入防范措施,完成期限晚于今天,每起事故一次")
    FollowUps.View analogy(@PathVariable UUID id, @RequestBody AnalogyRequest r) {
        return followUps.confirmAnalogy(id, InputRules.version(r.version()), r.sector(), r.due(), r.note());
    }

    @GetMapping("/analogy-checks")
    @Operation(summary = "类比排查列表(企业:本企业;监管人员:辖区)")
    PageResponse<FollowUps.CheckView> checks(@RequestParam(required = false) UUID accidentId,
            @RequestParam(required = false) CheckState state, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(followUps.checks(accidentId, state, PageResponse.request(page, size,
                Sort.by("dueDate", "id"))), c -> c);
    }

    @GetMapping("/analogy-checks/{id}")
    @Operation(summary = "一项类比排查")
    FollowUps.CheckView check(@PathVariable UUID id) {
        return followUps.check(id);
    }

    @PostMapping(path = "/analogy-checks/{id}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "填报类比排查结果", description = "本企业主要负责人或安全管理人员填写排查情况;发现同类问题时填写 finding,"
            + "登记为来源“事故类比”的隐患")
    FollowUps.CheckView complete(@PathVariable UUID id, @RequestBody CompleteRequest r) {
        return followUps.complete(id, InputRules.version(r.version()), r.result(), r.finding());
    }

    @GetMapping("/blacklist")
    @Operation(summary = "黑名单(不良记录)列表(范围内)")
    PageResponse<FollowUps.BlacklistView> blacklist(@RequestParam(required = false) BlacklistState state,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(followUps.blacklist(state, PageResponse.request(page, size,
                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")))), b -> b);
    }

    @GetMapping("/blacklist/{id}")
    @Operation(summary = "一条黑名单记录")
    FollowUps.BlacklistView entry(@PathVariable UUID id) {
        return followUps.blacklistEntry(id);
    }

    @PostMapping(path = "/blacklist/{id}/confirm", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "确认列入黑名单", description = "写明联合惩戒措施和管理期限的截止日期(晚于今天);重大、特别重大事故同时"
            + "向执法模块提议对主要负责人、实际控制人终身行业禁入")
    FollowUps.BlacklistView confirm(@PathVariable UUID id, @RequestBody ConfirmRequest r) {
        return followUps.confirm(id, InputRules.version(r.version()), r.jointPunishment(), r.endsOn(), r.reason());
    }

    @PostMapping(path = "/blacklist/{id}/decline", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "不予列入黑名单(须说明理由)")
    FollowUps.BlacklistView decline(@PathVariable UUID id, @RequestBody DeclineRequest r) {
        return followUps.decline(id, InputRules.version(r.version()), r.reason());
    }
}
