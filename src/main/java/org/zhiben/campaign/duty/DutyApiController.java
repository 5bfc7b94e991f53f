package org.zhiben.campaign.duty;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
import org.zhiben.campaign.Campaigns;

/**
 * Leaders' duties (领导包联, 三三查) on the API: the office pairs a leader with an enterprise for a plan's task; the
 * leader arranges each check (a 监管检查 of the inspection engine, carried out through the inspection API); compliance
 * per duty, leader and period. Officials and administrators in scope (outside: 404); stale versions 409.
 */
@RestController
@RequestMapping("/api/v1/campaign")
@Tag(name = "治本攻坚 Campaign")
class DutyApiController {

    private final LeaderDuties duties;
    private final Campaigns campaigns;

    DutyApiController(LeaderDuties duties, Campaigns campaigns) {
        this.duties = duties;
        this.campaigns = campaigns;
    }

    record DutyDto(UUID id, UUID planId, UUID taskId, DutyKind kind, String kindLabel, UUID leaderUserId,
            String leaderName, String leaderPost, UUID enterpriseId, String enterpriseName, DutyFrequency frequency,
            String frequencyLabel, int visitsRequired, LocalDate startDate, LocalDate endDate, long version) {

        static DutyDto of(LeaderDuty d) {
            return new DutyDto(d.getId(), d.getPlanId(), d.getTaskId(), d.getKind(), d.getKind().label(),
                    d.getLeaderUserId(), d.getLeaderName(), d.getLeaderPost(), d.getEnterpriseId(),
                    d.getEnterpriseName(), d.getFrequency(), d.getFrequency().label(), d.getVisitsRequired(),
                    d.getStartDate(), d.getEndDate(), d.getVersion());
        }
    }

    record PeriodDto(String period, LocalDate start, LocalDate end, int recorded, int required, PeriodStatus status,
            String statusLabel) {
    }

    record DutyComplianceDto(DutyDto duty, String taskNo, int judged, int met, int recorded, Integer rate,
            List<PeriodDto> periods) {
    }

    record LeaderDto(UUID leaderUserId, String leaderName, String leaderPost, int duties, int judged, int met,
            int recorded, Integer rate) {
    }

    record YearComplianceDto(int year, LocalDate asOf, int judged, int met, Integer rate, List<LeaderDto> leaders,
            List<DutyComplianceDto> duties) {
    }

    @GetMapping("/plans/{id}/duties")
    @Operation(summary = "方案的领导包联与三三查责任")
    List<DutyDto> list(@PathVariable UUID id) {
        return duties.ofPlan(id).stream().map(DutyDto::of).toList();
    }

    @PostMapping(path = "/plans/{id}/duties", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "设置领导包联/三三查责任", description = "领导须为方案本级的监管账号,企业须在方案辖区内,任务须属本方案;"
            + "不填频次时高危企业每月、其他每季度;每期检查次数默认1(1至31);期限默认今天(或方案开始)至方案结束")
    ResponseEntity<DutyDto> create(@PathVariable UUID id, @Valid @RequestBody DutyData.NewDuty d,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID dutyId = duties.create(id, d, key);
        return ResponseEntity.created(URI.create("/api/v1/campaign/duties/" + dutyId))
                .body(DutyDto.of(duties.duty(dutyId)));
    }

    @GetMapping("/duties/{id}")
    @Operation(summary = "包联责任")
    DutyDto duty(@PathVariable UUID id) {
        return DutyDto.of(duties.duty(id));
    }

    @PostMapping(path = "/duties/{id}/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "提前结束包联责任(领导调整)", description = "version 为看到的版本(过期为409)")
    DutyDto end(@PathVariable UUID id, @RequestBody DutyData.EndDuty e) {
        duties.end(id, e);
        return DutyDto.of(duties.duty(id));
    }

    @GetMapping("/duties/{id}/visits")
    @Operation(summary = "包联检查(监管检查任务及其记录)")
    List<LeaderDuties.Visit> visits(@PathVariable UUID id) {
        return duties.visits(id);
    }

    @PostMapping(path = "/duties/{id}/visits", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "领导本人安排一次包联检查", description = "在隐患排查引擎中生成一项监管检查任务(检查表、时间窗口),"
            + "按检查表逐项检查并提交记录后计入完成;发现的问题按隐患上报。返回排查任务的 id")
    ResponseEntity<LeaderDuties.Visit> arrange(@PathVariable UUID id, @RequestBody DutyData.NewVisit n,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID taskId = duties.arrangeVisit(id, n, key);
        return ResponseEntity.created(URI.create("/api/v1/inspection/tasks/" + taskId))
                .body(duties.visitOfInspection(taskId).orElseThrow());
    }

    @GetMapping("/plans/{id}/duties/compliance")
    @Operation(summary = "领导包联检查完成情况(按领导、按责任、按月/季度)", description = "year 默认今年;"
            + "每期已查次数达到应查次数为已完成,期末次日起未达到为未完成,之前为进行中")
    YearComplianceDto compliance(@PathVariable UUID id, @RequestParam(required = false) Integer year) {
        LocalDate today = campaigns.today();
        LeaderDuties.Compliance c = duties.compliance(id, year == null ? today.getYear() : year, today);
        return new YearComplianceDto(c.year(), c.asOf(), c.judged(), c.met(), c.rate(), c.leaders().stream()
                .map(l -> new LeaderDto(l.leaderUserId(), l.leaderName(), l.leaderPost(), l.duties(), l.judged(),
                        l.met(), l.recorded(), l.rate())).toList(), c.duties().stream()
                .map(r -> new DutyComplianceDto(DutyDto.of(r.duty()), r.taskNo(), r.judged(), r.met(), r.recorded(),
                        r.rate(), r.periods().stream().map(p -> new PeriodDto(p.label(), p.start(), p.end(),
                                p.recorded(), p.required(), p.status(), p.status().label())).toList())).toList());
    }
}
