package org.zhiben.enforcement.web;

import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.common.FileType;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.PageResponse;
import org.zhiben.common.web.Downloads;
import org.zhiben.directory.EnterpriseFilter;
import org.zhiben.enforcement.CaseAction;
import org.zhiben.enforcement.CaseCommand;
import org.zhiben.enforcement.CaseMeasure;
import org.zhiben.enforcement.CaseState;
import org.zhiben.enforcement.Cases;
import org.zhiben.enforcement.DrawView;
import org.zhiben.enforcement.Draws;
import org.zhiben.enforcement.EnforcementDirectory;
import org.zhiben.enforcement.EnforcementStatistics;
import org.zhiben.enforcement.InspectionMode;
import org.zhiben.enforcement.Inspections;
import org.zhiben.enforcement.NewCase;
import org.zhiben.enforcement.NewCheckItem;
import org.zhiben.enforcement.NewDraw;
import org.zhiben.enforcement.NewInspection;
import org.zhiben.enforcement.NewOfficer;
import org.zhiben.enforcement.OnSiteMeasure;
import org.zhiben.enforcement.TargetView;
import org.zhiben.enforcement.SupervisionCategory;
import org.zhiben.enforcement.WritKind;
import org.zhiben.enforcement.Writs;
import org.zhiben.enforcement.internal.Writ;

/**
 * The enforcement API: directories, 双随机 draws, inspections, cases, documents and statistics. Records outside the
 * caller's scope answer 404; changes carry the {@code version} the client saw (stale: 409); creates take an
 * {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/api/v1/enforcement")
@Tag(name = "执法 Enforcement", description = "安全生产执法:检查对象名录库、执法人员名录库(执法证及有效期)、随机抽查事项清单;"
        + "双随机抽取(记录种子和两份候选名单快照,排除项及理由,结果不可更改并公示);执法检查(四不两直、明查、暗访、交叉、"
        + "异地交叉、联合、双随机、远程、主要负责人履职专项;至少两名持有效执法证的执法人员;发现问题作为监管执法检查隐患);"
        + "行政处罚案件(立案→调查取证→告知→决定→执行→结案);执法文书(按机构、年度、种类连续编号);执法统计")
class EnforcementApiController {

    private final EnforcementDirectory directory;
    private final Draws draws;
    private final Inspections inspections;
    private final Cases cases;
    private final Writs writs;
    private final EnforcementStatistics statistics;

    EnforcementApiController(EnforcementDirectory directory, Draws draws, Inspections inspections, Cases cases,
            Writs writs, EnforcementStatistics statistics) {
        this.directory = directory;
        this.draws = draws;
        this.inspections = inspections;
        this.cases = cases;
        this.writs = writs;
        this.statistics = statistics;
    }

    // ---------------------------------------------------------------- directories

    @GetMapping("/targets")
    @Operation(summary = "检查对象名录库:范围内企业的监管类别、标准化等级、高危标识、最近一次执法检查日期")
    PageResponse<TargetView> targets(@RequestParam(required = false) String region,
            @RequestParam(required = false) String sector, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(directory.targets(new EnterpriseFilter(region, sector, null, null, null, null),
                PageResponse.request(page, size, Sort.by("name", "id"))), t -> t);
    }

    record OfficerDto(UUID id, UUID userId, String name, String certNo, LocalDate validFrom, LocalDate validUntil,
            boolean validToday, String regionCode, Set<String> sectors, String office, long version) {
    }

    record OfficerRequest(UUID userId, @Size(max = 40) String certNo, LocalDate validFrom, LocalDate validUntil, @Size(max = 12) String regionCode,
            Set<@Size(max = 200) String> sectors, @Size(max = 100) String office, Long version) {
    }

    @GetMapping("/officers")
    @Operation(summary = "执法人员名录库(本辖区及上级的执法人员)")
    List<OfficerDto> officers() {
        LocalDate today = directory.today();
        return directory.officers().stream().map(o -> officer(o, today)).toList();
    }

    private static OfficerDto officer(org.zhiben.enforcement.internal.Officer o, LocalDate today) {
        return new OfficerDto(o.getId(), o.getUserId(), o.getName(), o.getCertNo(), o.getValidFrom(),
                o.getValidUntil(), o.validOn(today), o.getRegionCode(), o.getSectors().codes(), o.getOffice(),
                o.getVersion());
    }

    @PostMapping(path = "/officers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记执法人员:监管人员账号、执法证号、有效期(起止含当日)、执法区划和行业")
    ResponseEntity<OfficerDto> addOfficer(@RequestBody OfficerRequest r,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = directory.register(new NewOfficer(r.userId(), r.certNo(), r.validFrom(), r.validUntil(),
                r.regionCode(), r.sectors(), r.office()), key);
        return ResponseEntity.created(URI.create("/api/v1/enforcement/officers/" + id))
                .body(officer(directory.officer(id), directory.today()));
    }

    @GetMapping("/officers/{id}")
    @Operation(summary = "执法人员详情")
    OfficerDto officer(@PathVariable UUID id) {
        return officer(directory.officer(id), directory.today());
    }

    @PutMapping(path = "/officers/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "更新执法证(换证、延期、更正),须带 version")
    OfficerDto updateOfficer(@PathVariable UUID id, @RequestBody OfficerRequest r) {
        directory.updateOfficer(id, version(r.version()), new NewOfficer(null, r.certNo(), r.validFrom(),
                r.validUntil(), null, r.sectors(), r.office()));
        return officer(id);
    }

    record ItemDto(UUID id, String code, String name, String basis, String subject, Set<String> sectors) {
    }

    @GetMapping("/items")
    @Operation(summary = "随机抽查事项清单(事项、检查对象、法律依据)")
    List<ItemDto> items() {
        return directory.items().stream().map(i -> new ItemDto(i.getId(), i.getCode(), i.getName(), i.getBasis(),
                i.getSubject(), i.getSectors().codes())).toList();
    }

    @PostMapping(path = "/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "新增随机抽查事项")
    ResponseEntity<ItemDto> addItem(@RequestBody NewCheckItem r,
            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = directory.addItem(r, key);
        var i = directory.item(id);
        return ResponseEntity.created(URI.create("/api/v1/enforcement/items/" + id)).body(new ItemDto(i.getId(),
                i.getCode(), i.getName(), i.getBasis(), i.getSubject(), i.getSectors().codes()));
    }

    // ---------------------------------------------------------------- draws

    record DrawRequest(@Size(max = 200) String title, UUID itemId, @Size(max = 12) String regionCode, @Size(max = 64) String sector, Integer enterpriseCount,
            Integer officerCount, Integer recentDays, Boolean incentives, List<NewDraw.@Valid Conflict> conflicts,
            @Size(max = 64) String seed, UUID planId, SupervisionCategory category) {
    }

    @PostMapping(path = "/draws", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "双随机抽取", description = "从检查对象名录库抽取企业、从执法人员名录库抽取执法人员。排除项在抽取前适用并列明理由:"
            + "非在营、近 recentDays 日内已检查(默认180,0为不排除)、标准化激励(incentives,默认是)、回避(conflicts)、执法证不在有效期。"
            + "候选名单按统一社会信用代码/执法证号排序后存档;算法见 common.SeededDraw,企业用 seed,执法人员用 seed+\":officers\"。"
            + "结果不可更改,公示于 /public/draws/{id}(无需登录)。planId:据以抽取的年度执法检查计划(须已公示、本年度),"
            + "此时须选择监管类别 category(KEY/GENERAL/INCENTIVE),只从该类别的检查对象中抽取")
    ResponseEntity<DrawView> makeDraw(@RequestBody DrawRequest r,
            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = draws.draw(new NewDraw(r.title(), r.itemId(), r.regionCode(), r.sector(),
                r.enterpriseCount() == null ? 0 : r.enterpriseCount(), r.officerCount() == null ? 2 : r.officerCount(),
                r.recentDays() == null ? 180 : r.recentDays(), r.incentives() == null || r.incentives(),
                r.conflicts(), r.seed(), r.planId(), r.category()), key);
        return ResponseEntity.created(URI.create("/api/v1/enforcement/draws/" + id)).body(draws.get(id));
    }

    @GetMapping("/draws")
    @Operation(summary = "抽取记录(本辖区)")
    PageResponse<DrawView> draws(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(draws.list(PageResponse.request(page, size, Sort.by(Sort.Direction.DESC, "drawnAt"))),
                d -> d);
    }

    @GetMapping("/draws/{id}")
    @Operation(summary = "抽取详情:种子、候选名单快照、排除项、结果,以及按快照重新抽取是否得到同一结果(reproduced)")
    DrawView draw(@PathVariable UUID id) {
        return draws.get(id);
    }

    // ---------------------------------------------------------------- inspections

    record InspectionRequest(UUID enterpriseId, InspectionMode mode, UUID drawId, UUID templateId,
            LocalDate inspectedOn, @Size(max = 200) String place, @Size(max = 2000) String summary, List<UUID> officerIds,
            List<NewInspection.@Valid FindingInput> findings, Set<OnSiteMeasure> measures, @Size(max = 2000) String measureNote,
            LocalDate rectifyDue) {
    }

    @PostMapping(path = "/inspections", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "记录执法检查", description = "至少两名执法证在检查日有效的执法人员;双随机抽查须关联抽取结果且单位在其中;"
            + "findings 的每一项(检查表的检查项 itemId 或文字描述)登记为来源“监管执法检查”的隐患;发现问题须选择现场处理措施,"
            + "责令限期整改须填写晚于检查日的整改期限")
    ResponseEntity<InspectionDto> inspect(@RequestBody InspectionRequest r,
            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = inspections.record(new NewInspection(r.enterpriseId(), r.mode(), r.drawId(), r.templateId(),
                r.inspectedOn(), r.place(), r.summary(), r.officerIds(), r.findings(), r.measures(), r.measureNote(),
                r.rectifyDue()), key);
        return ResponseEntity.created(URI.create("/api/v1/enforcement/inspections/" + id)).body(inspection(id));
    }

    @GetMapping("/inspections")
    @Operation(summary = "执法检查列表(范围内,按检查日期倒序),可按检查方式、企业筛选")
    PageResponse<InspectionDto> inspections(@RequestParam(required = false) InspectionMode mode,
            @RequestParam(required = false) UUID enterpriseId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(inspections.list(mode, enterpriseId, PageResponse.request(page, size,
                Sort.by(Sort.Direction.DESC, "inspectedOn", "createdAt"))), i -> InspectionDto.of(i, List.of()));
    }

    @GetMapping("/inspections/{id}")
    @Operation(summary = "执法检查详情:执法人员、发现的问题及其隐患、现场处理措施、已制作的文书")
    InspectionDto inspection(@PathVariable UUID id) {
        return InspectionDto.of(inspections.get(id), writs.of(id));
    }

    // ---------------------------------------------------------------- cases

    record CaseRequest(UUID enterpriseId, UUID inspectionId, @Size(max = 200) String title, @Size(max = 4000) String facts) {
    }

    record CaseActionRequest(Long version, CaseAction action, @Size(max = 4000) String text, LocalDate date, Set<CaseMeasure> measures,
            BigDecimal fineUnitYuan, @Size(max = 100) String principalName, BigDecimal finePrincipalYuan, LocalDate rectifyDue,
            @Size(max = 200) String transferTo, Boolean hearing) {
    }

    @PostMapping(path = "/cases", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "立案")
    ResponseEntity<CaseDto> file(@RequestBody CaseRequest r,
            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = cases.file(new NewCase(r.enterpriseId(), r.inspectionId(), r.title(), r.facts()), key);
        return ResponseEntity.created(URI.create("/api/v1/enforcement/cases/" + id)).body(caseOf(id));
    }

    @GetMapping("/cases")
    @Operation(summary = "案件列表(范围内),可按阶段筛选")
    PageResponse<CaseDto> cases(@RequestParam(required = false) CaseState state,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(cases.list(state, PageResponse.request(page, size,
                Sort.by(Sort.Direction.DESC, "filedOn", "createdAt"))), c -> CaseDto.of(c, List.of()));
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "案件详情:阶段、告知与陈述申辩/听证期限、处罚(罚款以元计)、执行与结案、已制作的文书")
    CaseDto caseOf(@PathVariable UUID id) {
        return CaseDto.of(cases.get(id), writs.of(id));
    }

    @PostMapping(path = "/cases/{id}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "案件流转", description = "INVESTIGATE(text 调查取证情况);NOTIFY(measures、fineUnitYuan、principalName、"
            + "finePrincipalYuan、rectifyDue、transferTo:陈述申辩3日,属听证范围的5日);STATEMENT(text,hearing 申请听证);"
            + "HEARING(date);DECIDE(期满或陈述申辩后、听证后;不得超出告知的处罚;text 决定内容;罚款15日内缴纳);"
            + "EXECUTE;PAY(date);RESUME(复产验收通过,企业恢复在营);CLOSE(罚款已缴、停产整顿已复产)。停产停业整顿、关闭取缔在决定时"
            + "同步企业名录状态;终身行业禁入进入禁入名单")
    CaseDto act(@PathVariable UUID id, @RequestBody CaseActionRequest r) {
        cases.transition(id, version(r.version()), new CaseCommand(r.action(), r.text(), r.date(), r.measures(),
                r.fineUnitYuan(), r.principalName(), r.finePrincipalYuan(), r.rectifyDue(), r.transferTo(),
                r.hearing()));
        return caseOf(id);
    }

    record BanDto(UUID id, String personName, String personRole, UUID enterpriseId, String enterpriseName,
            UUID caseId, String reason, LocalDate bannedOn) {
    }

    @GetMapping("/bans")
    @Operation(summary = "终身行业禁入名单(范围内)")
    List<BanDto> bans() {
        return cases.bans().stream().map(b -> new BanDto(b.getId(), b.getPersonName(), b.getPersonRole(),
                b.getEnterpriseId(), b.getEnterpriseName(), b.getCaseId(), b.getReason(), b.getBannedOn())).toList();
    }

    record BanProposalDto(UUID id, String personName, String personRole, UUID enterpriseId, String enterpriseName,
            UUID accidentId, String accidentGrade, String reason, LocalDate proposedOn) {
    }

    @GetMapping("/bans/proposals")
    @Operation(summary = "事故提议的终身行业禁入(范围内)", description = "监管人员确认重大、特别重大事故的黑名单记录后,"
            + "企业主要负责人、实际控制人被提议终身行业禁入;经立案并决定“终身行业禁入”后进入名单")
    List<BanProposalDto> banProposals() {
        return cases.banProposals().stream().map(p -> new BanProposalDto(p.getId(), p.getPersonName(),
                p.getPersonRole(), p.getEnterpriseId(), p.getEnterpriseName(), p.getAccidentId(), p.getAccidentGrade(),
                p.getReason(), p.getProposedOn())).toList();
    }

    // ---------------------------------------------------------------- documents

    record WritRequest(WritKind kind, UUID sourceId) {
    }

    /** {@code recheck}: on a 整改复查意见书, the re-check result of each ordered item (empty otherwise). */
    record WritDto(UUID id, WritKind kind, String label, String number, int year, int seq, UUID inspectionId,
            UUID caseId, LocalDate issuedOn, String issuedBy, List<RecheckDto> recheck) {

        static WritDto of(Writ w, Writs writs) {
            return new WritDto(w.getId(), w.getKind(), w.getKind().label(), w.getNumber(), w.getYear(), w.getSeq(),
                    w.getInspectionId(), w.getCaseId(), w.getIssuedOn(), w.getIssuedByName(),
                    writs.recheckOf(w).stream().map(r -> new RecheckDto(r.hazardId(), r.state(), r.rectified(),
                            r.closedOn())).toList());
        }
    }

    record RecheckDto(UUID hazardId, org.zhiben.hazard.HazardState hazardState, boolean rectified,
            LocalDate closedOn) {
    }

    @PostMapping(path = "/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "制作执法文书", description = "kind:SITE_RECORD 现场检查记录、RECTIFY_ORDER 责令限期整改指令书、"
            + "RECHECK_OPINION 整改复查意见书(须先制作指令书;按各项问题所形成隐患当日的状态记录复查结果)、SITE_MEASURE 现场处理措施决定书(sourceId 为执法检查);CASE_FILING 立案审批表、PENALTY_NOTICE 行政处罚告知书、"
            + "PENALTY_DECISION 行政处罚决定书、CASE_CLOSING 结案审批表(sourceId 为案件)。按执法机构、年度、种类连续编号,"
            + "同一记录同一种类只制作一份(重复请求返回已制作的文书)")
    ResponseEntity<WritDto> issue(@RequestBody WritRequest r) {
        UUID id = writs.issue(r.kind(), r.sourceId());
        return ResponseEntity.created(URI.create("/api/v1/enforcement/documents/" + id)).body(WritDto.of(writs.get(id), writs));
    }

    @GetMapping("/documents/{id}")
    @Operation(summary = "文书信息(编号等)")
    WritDto writ(@PathVariable UUID id) {
        return WritDto.of(writs.get(id), writs);
    }

    @GetMapping("/documents/{id}/docx")
    @Operation(summary = "下载文书(docx,A4),按记录当前内容填写")
    ResponseEntity<byte[]> docx(@PathVariable UUID id) {
        Writ w = writs.get(id);
        return Downloads.document(w.getKind().label() + "-" + w.getNumber() + ".docx", FileType.DOCX,
                writs.render(id));
    }

    // ---------------------------------------------------------------- statistics

    @GetMapping("/statistics")
    @Operation(summary = "执法统计", description = "某年范围内的检查次数、覆盖企业数、发现隐患(一般/重大)、立案数、罚款(元)、停产整顿和关闭取缔数,"
            + "按区划(下一级)、行业、检查方式、月份;只检查不处罚的执法机构")
    EnforcementStatistics.Report statistics(@RequestParam(required = false) Integer year) {
        return statistics.report(year == null ? directory.today().getYear() : year);
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "请提供版本号 version");
        }
        return version;
    }
}
