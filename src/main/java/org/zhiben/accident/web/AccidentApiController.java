package org.zhiben.accident.web;

import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
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
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.accident.AccidentFiles;
import org.zhiben.accident.AccidentAction;
import org.zhiben.accident.AccidentCategories;
import org.zhiben.accident.AccidentFlag;
import org.zhiben.accident.AccidentGrade;
import org.zhiben.accident.AccidentState;
import org.zhiben.accident.AccidentStatistics;
import org.zhiben.accident.Accidents;
import org.zhiben.accident.Casualties;
import org.zhiben.accident.Grading;
import org.zhiben.accident.NewAccident;
import org.zhiben.accident.ReportLevel;
import org.zhiben.accident.SpecialKind;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.web.Downloads;

/**
 * The accident API: the 493号令 grade calculator, reports (Idempotency-Key), the scoped list, details with the
 * reporting clock, supplementary reports, reports up the levels, findings and the investigation's transitions. Every
 * change carries the {@code version} the client saw (stale: 409); accidents outside the caller's scope answer 404.
 */
@RestController
@RequestMapping("/api/v1/accidents")
@Tag(name = "事故 Accidents", description = "生产安全事故报告和调查处理(国务院令第493号):等级计算、事故报告、续报(重新定级并留存历史)、"
        + "逐级上报时限(单位1小时报县级,每级2小时,一般至市级、较大至省级、重大和特别重大至国务院安全生产监督管理部门)、"
        + "调查(60日,可延长一次不超过60日)与批复(15日;特别重大30日,可延长一次不超过30日);范围外一律404,版本过期409")
class AccidentApiController {

    private final Accidents accidents;
    private final AccidentStatistics statistics;
    private final AccidentFiles files;

    AccidentApiController(Accidents accidents, AccidentStatistics statistics, AccidentFiles files) {
        this.accidents = accidents;
        this.statistics = statistics;
        this.files = files;
    }

    record GradeRequest(BigDecimal deaths, BigDecimal missing, BigDecimal seriousInjuries, BigDecimal directLossYuan) {
    }

    record GradeAnswer(AccidentGrade grade, String label, Grading.Criterion criterion, String basis,
            String investigatedBy, String reportsUpTo) {
    }

    record ReportRequest(UUID enterpriseId, @Size(max = 12) String regionCode, @Size(max = 200) String unitName, Set<@Size(max = 200) String> sectors, @Size(max = 200) String place,
            Instant occurredAt, Instant knownAt, Instant firstReportedAt, @Size(max = 16) String categoryScheme, @Size(max = 8) String categoryCode,
            Boolean productionSafety, SpecialKind specialKind, BigDecimal deaths, BigDecimal missing,
            BigDecimal seriousInjuries, BigDecimal directLossYuan, @Size(max = 2000) String summary, @Size(max = 2000) String cause) {
    }

    record SupplementRequest(Long version, BigDecimal deaths, BigDecimal missing, BigDecimal seriousInjuries,
            BigDecimal directLossYuan, @Size(max = 2000) String note) {
    }

    record ForwardRequest(Long version, ReportLevel level, Instant at) {
    }

    record FlagRequest(Long version, AccidentFlag flag, Boolean value) {
    }

    record TransitionRequest(Long version, AccidentAction action, Integer days, @Size(max = 2000) String reason, @Size(max = 200) String approvedBy,
            @Size(max = 2000) String text) {
    }

    record PageAnswer(List<AccidentDto> items, int page, int size, long total) {
    }

    @PostMapping(path = "/grade", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "事故等级计算器", description = "按493号令第三条:死亡(含失踪)、重伤(含急性工业中毒)、直接经济损失(元)"
            + "各项达到的最高等级;“以上”包括本数,“以下”不包括本数。四项均须填写,人数为非负整数")
    GradeAnswer grade(@RequestBody GradeRequest r) {
        List<FieldViolation> errors = new ArrayList<>();
        Integer deaths = People.count("deaths", r.deaths(), true, errors);
        Integer missing = People.count("missing", r.missing(), true, errors);
        Integer injuries = People.count("seriousInjuries", r.seriousInjuries(), true, errors);
        if (r.directLossYuan() == null) {
            errors.add(new FieldViolation("directLossYuan", "请填写直接经济损失(元)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Grading.Result g = Grading.of(new Casualties(deaths, missing, injuries, r.directLossYuan()));
        return new GradeAnswer(g.grade(), g.grade().label(), g.criterion(), g.basis(),
                g.grade().investigatedBy().label(), g.grade().reportsUpTo().label());
    }

    @GetMapping("/categories")
    @Operation(summary = "事故类别代码表(GB 6441-1986 的20类;GB 6441-2025 待载入)")
    List<AccidentCategories.Category> categories() {
        return AccidentCategories.all();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "报告事故", description = "企业人员报告本企业事故(enterpriseId 可省略);监管人员可为辖区内企业或非企业单位"
            + "(regionCode、unitName、sectors)登记。occurredAt ≤ knownAt ≤ firstReportedAt ≤ 现在;firstReportedAt 省略为现在。"
            + "首报晚于知悉后1小时自动标记迟报。带 Idempotency-Key 重试时返回首次创建的事故")
    ResponseEntity<AccidentDto> report(@RequestBody ReportRequest r,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        List<FieldViolation> errors = new ArrayList<>();
        Integer deaths = People.count("deaths", r.deaths(), false, errors);
        Integer missing = People.count("missing", r.missing(), false, errors);
        Integer injuries = People.count("seriousInjuries", r.seriousInjuries(), false, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = accidents.report(new NewAccident(r.enterpriseId(), r.regionCode(), r.unitName(), r.sectors(),
                r.place(), r.occurredAt(), r.knownAt(), r.firstReportedAt(), r.categoryScheme(), r.categoryCode(),
                r.productionSafety(), r.specialKind(), deaths, missing, injuries, r.directLossYuan(), r.summary(),
                r.cause()), key);
        return ResponseEntity.created(URI.create("/api/v1/accidents/" + id)).body(get(id));
    }

    @GetMapping
    @Operation(summary = "事故列表(当前用户范围内,按发生时间倒序),可按等级、状态、发生年份筛选;统计数字的明细另按"
            + "regionPrefix(区划代码前缀)、sector、scheme+category、from/to(发生日期,含两端)与 counted=true(不含已作废)筛选")
    PageAnswer list(@RequestParam(required = false) AccidentGrade grade,
            @RequestParam(required = false) AccidentState state, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String regionPrefix, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String scheme, @RequestParam(required = false) String category,
            @RequestParam(required = false) java.time.LocalDate from,
            @RequestParam(required = false) java.time.LocalDate to,
            @RequestParam(defaultValue = "false") boolean counted,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Instant now = accidents.now();
        Page<AccidentDto> p = accidents.list(AccidentPageController.filter(grade, state, year, regionPrefix, sector,
                scheme, category, from, to, counted), org.zhiben.common.PageResponse.request(page, size,
                        Sort.by(Sort.Direction.DESC, "occurredAt").and(Sort.by("id"))))
                .map(a -> AccidentDto.of(a, now));
        return new PageAnswer(p.getContent(), page, size, p.getTotalElements());
    }

    @GetMapping("/statistics")
    @Operation(summary = "事故统计:事故起数、死亡(含失踪)人数、重伤人数、直接经济损失,按区划(下一级)、行业领域、事故类别、等级分组,"
            + "并与去年同期比较(同比)", description = "期间为 year 年1月1日至 to(省略:当年为今天,往年为12月31日);去年同期为"
            + "同一日期区间。不含已作废的事故;死亡人数含失踪。region 为12位区划代码,须在当前用户范围内(否则404)。"
            + "countChange/deathsChange 为同比百分比,去年同期为0时为 null。各行的起数与事故列表"
            + "(/accidents?counted=true&from=…&to=…&regionPrefix=…&sector=…&scheme=…&category=…&grade=…)的条数一致")
    AccidentStatistics.Report statistics(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) java.time.LocalDate to, @RequestParam(required = false) String region) {
        return statistics.report(AccidentStatisticsPageController.period(statistics, year, to), region);
    }

    @GetMapping("/{id}")
    @Operation(summary = "事故详情:逐级上报各环节(责任方、时限、完成时间、是否迟报)、续报窗口与历史、调查和批复时限")
    AccidentDto get(@PathVariable UUID id) {
        return AccidentDto.of(accidents.get(id), accidents.now());
    }

    @PostMapping("/{id}/supplements")
    @Operation(summary = "续报伤亡人数或损失变化:重新定级并保留历史;事故发生30日后(道路交通、火灾7日后)的续报标记为迟报")
    AccidentDto supplement(@PathVariable UUID id, @RequestBody SupplementRequest r) {
        List<FieldViolation> errors = new ArrayList<>();
        Integer deaths = People.count("deaths", r.deaths(), true, errors);
        Integer missing = People.count("missing", r.missing(), true, errors);
        Integer injuries = People.count("seriousInjuries", r.seriousInjuries(), true, errors);
        if (r.directLossYuan() == null) {
            errors.add(new FieldViolation("directLossYuan", "请填写直接经济损失(元)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        accidents.supplement(id, version(r.version()), new Casualties(deaths, missing, injuries, r.directLossYuan()),
                r.note());
        return get(id);
    }

    @PostMapping("/{id}/forwards")
    @Operation(summary = "记录逐级上报:level=CITY、PROVINCE 或 MINISTRY(按等级所需为止),at 省略为现在")
    AccidentDto forward(@PathVariable UUID id, @RequestBody ForwardRequest r) {
        accidents.forward(id, version(r.version()), r.level(), r.at());
        return get(id);
    }

    @PostMapping("/{id}/flags")
    @Operation(summary = "认定或撤销瞒报(CONCEALED)、谎报(FALSIFIED)、迟报(LATE)、漏报(OMITTED)")
    AccidentDto flag(@PathVariable UUID id, @RequestBody FlagRequest r) {
        if (r.value() == null) {
            throw new InvalidInputException("value", "请选择认定或撤销");
        }
        accidents.flag(id, version(r.version()), r.flag(), r.value());
        return get(id);
    }

    @PostMapping(path = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传事故照片和文件", description = "JPEG/PNG 照片或 PDF、Word(docx)、Excel(xlsx)文件,按内容识别;"
            + "每个不超过20 MB,一次最多10个,每起事故最多30个;带 version(监管人员或事故所在企业)")
    AccidentDto attach(@PathVariable UUID id, @RequestParam(required = false) Long version,
            @RequestParam(name = "file", required = false) List<MultipartFile> uploads) throws IOException {
        files.attach(id, version(version), uploads(uploads));
        return get(id);
    }

    @GetMapping("/{id}/files/{fileId}")
    @Operation(summary = "下载事故照片或文件")
    ResponseEntity<InputStreamResource> file(@PathVariable UUID id, @PathVariable UUID fileId) {
        return serve(files.open(id, fileId));
    }

    static List<AccidentFiles.Upload> uploads(List<MultipartFile> uploads) throws IOException {
        List<AccidentFiles.Upload> list = new ArrayList<>();
        for (MultipartFile f : uploads == null ? List.<MultipartFile>of() : uploads) {
            if (f != null && !f.isEmpty()) {
                list.add(new AccidentFiles.Upload(f.getOriginalFilename(), f.getBytes()));
            }
        }
        return list;
    }

    /** A photo shown inline, a document downloaded, both under the name it was uploaded with. */
    static ResponseEntity<InputStreamResource> serve(AccidentFiles.Download d) {
        var f = d.file();
        return Downloads.stored(f.getFileName(), f.getFileType().contentType(), f.getSizeBytes(), f.photo(),
                d.content(), CacheControl.maxAge(java.time.Duration.ofMinutes(10)).cachePrivate());
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "调查流转:START_INVESTIGATION、EXTEND_INVESTIGATION(days≤60,reason,approvedBy;仅一次)、"
            + "SUBMIT_REPORT、EXTEND_REPLY(特别重大,days≤30,reason;仅一次)、REPLY(text)、START_RECTIFICATION、CLOSE、"
            + "VOID(reason)")
    AccidentDto transition(@PathVariable UUID id, @RequestBody TransitionRequest r) {
        accidents.transition(id, version(r.version()), new Accidents.Command(r.action(), r.days(), r.reason(),
                r.approvedBy(), r.text()));
        return get(id);
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "请提供事故的版本号 version");
        }
        return version;
    }
}
