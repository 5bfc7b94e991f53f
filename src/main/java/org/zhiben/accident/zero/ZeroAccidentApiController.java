package org.zhiben.accident.zero;

import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.zhiben.common.FileType;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.PageResponse;
import org.zhiben.common.web.Downloads;
import org.zhiben.directory.UnitType;

/**
 * The 零事故 creation API (seed 004): campaigns, the roster and its unit-years with 认定, 附表1 live (JSON, xlsx,
 * docx) with drill-down, 附表2 contacts and signed submissions. Campaigns outside the caller's region answer 404;
 * every change carries the version seen (stale: 409).
 */
@RestController
@RequestMapping("/api/v1/accidents")
@Tag(name = "零事故创建 Zero-accident creation", description = "“零事故”村(社区)、企事业单位创建(朔安办发〔2020〕16号):"
        + "创建方案(统计基数日、年度目标、零事故口径、报送日历)、创建单位名册与年度认定(一票否决)、附表1统计表实时生成与导出、"
        + "附表2联络员名单、向市专班办公室报送(内容哈希签名、逾期标记);范围外一律404,版本过期409")
class ZeroAccidentApiController {

    private final ZeroAccidents zero;
    private final ZeroReports reports;

    ZeroAccidentApiController(ZeroAccidents zero, ZeroReports reports) {
        this.zero = zero;
        this.reports = reports;
    }

    record ChangeRequest(Long version, ZeroDefinition definition, @Valid List<ZeroAccidents.TargetData> targets) {
    }

    record UnitRequest(UUID enterpriseId, @Size(max = 12) String villageCode, Boolean cityDirect) {
    }

    record Created(UUID id) {
    }

    record DecisionRequest(Long version, Boolean recognise, Map<String, Boolean> checklist,
            Map<String, @Size(max = 500) String> notes, @Size(max = 2000) String note) {
    }

    @PostMapping(path = "/zero-campaigns", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "发起“零事故”创建", description = "本级政府安委办(综合监管部门)发起:regionCode、issuer、title、baseDate"
            + "(统计基数日,早于起始年份)、firstYear–lastYear、每年村(社区)VILLAGE和企事业单位UNIT的目标比例、definition"
            + "(NO_SAFETY_ACCIDENT 零安全事故,默认;NO_CASUALTY_ACCIDENT 不发生伤亡事故)、calendar(省略则按16号文:"
            + "首年05-10附表2、05-15实施方案、06-25附表1,此后每年07-15和次年01-15)")
    ResponseEntity<ZeroAccidents.CampaignView> create(@RequestBody ZeroAccidents.NewCampaign n,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = zero.create(n, key);
        return ResponseEntity.created(URI.create("/api/v1/accidents/zero-campaigns/" + id)).body(zero.campaign(id));
    }

    @GetMapping("/zero-campaigns")
    @Operation(summary = "“零事故”创建列表(本人辖区及上级政府发起的)")
    List<ZeroAccidents.CampaignView> list() {
        return zero.campaigns();
    }

    @GetMapping("/zero-campaigns/{id}")
    @Operation(summary = "“零事故”创建详情:统计基数日、目标、零事故口径、报送日历")
    ZeroAccidents.CampaignView get(@PathVariable UUID id) {
        return zero.campaign(id);
    }

    @PostMapping(path = "/zero-campaigns/{id}/settings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改零事故口径或年度目标", description = "definition、targets 可分别省略;改口径后按新口径重新核对一票否决")
    ZeroAccidents.CampaignView change(@PathVariable UUID id, @RequestBody ChangeRequest r) {
        zero.change(id, version(r.version()), r.definition(), r.targets());
        return zero.campaign(id);
    }

    @PostMapping("/zero-campaigns/{id}/roster")
    @Operation(summary = "建立创建单位名册", description = "区划树中的全部村(社区)和名录库中其余十类单位(已关闭的除外)各列一次,"
            + "已在名册中的保留;每个创建年度一条年度记录,已报告的事故随即一票否决")
    ZeroAccidents.RosterReport roster(@PathVariable UUID id) {
        return zero.buildRoster(id);
    }

    @PostMapping(path = "/zero-campaigns/{id}/units", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "把一个单位加入创建单位名册", description = "enterpriseId(名录库单位)或 villageCode(村(社区)区划代码)二选一;"
            + "cityDirect 表示市直单位(由市直行业主管部门认定)")
    ResponseEntity<Created> addUnit(@PathVariable UUID id, @RequestBody UnitRequest r) {
        UUID unit = zero.addUnit(id, r.enterpriseId(), r.villageCode(), Boolean.TRUE.equals(r.cityDirect()));
        return ResponseEntity.created(URI.create("/api/v1/accidents/zero-units/" + unit + "/years"))
                .body(new Created(unit));
    }

    @GetMapping("/zero-campaigns/{id}/units")
    @Operation(summary = "创建单位(附表1下钻)", description = "按县(市区)county、类型type、zero(true 零事故/false 发生事故)筛选,"
            + "date 为统计日期(默认今天),带当年年度记录的状态和否决事故")
    PageResponse<ZeroAccidents.UnitRow> units(@PathVariable UUID id,
            @RequestParam(required = false) LocalDate date, @RequestParam(required = false) String county,
            @RequestParam(required = false) UnitType type, @RequestParam(required = false) Boolean zero,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(this.zero.units(id, date, county, type, zero, PageResponse.request(page, size,
                Sort.unsorted())), u -> u);
    }

    @GetMapping("/zero-campaigns/{id}/table1")
    @Operation(summary = "附表1 全市“零事故”村(社区)、企业、单位统计表", description = "按统计日期 date(默认今天)实时计算:"
            + "每个县(市区)十一类单位的总数量和零事故数量、合计、注释,以及两组的零事故比例与当年目标")
    ZeroAccidents.Table1 table1(@PathVariable UUID id, @RequestParam(required = false) LocalDate date) {
        return zero.table1(id, date);
    }

    @GetMapping("/zero-campaigns/{id}/table1.xlsx")
    @Operation(summary = "附表1导出为 Excel(A4横向)")
    ResponseEntity<byte[]> table1Xlsx(@PathVariable UUID id, @RequestParam(required = false) LocalDate date)
            throws IOException {
        ZeroAccidents.Table1 t = zero.table1(id, date);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Table1Documents.xlsx(t, out);
        return Downloads.document(Table1Documents.fileName(t) + ".xlsx", FileType.XLSX, out.toByteArray());
    }

    @GetMapping("/zero-campaigns/{id}/table1.docx")
    @Operation(summary = "附表1导出为 Word(A4横向)")
    ResponseEntity<byte[]> table1Docx(@PathVariable UUID id, @RequestParam(required = false) LocalDate date)
            throws IOException {
        ZeroAccidents.Table1 t = zero.table1(id, date);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Table1Documents.docx(t, out);
        return Downloads.document(Table1Documents.fileName(t) + ".docx", FileType.DOCX, out.toByteArray());
    }

    @GetMapping("/zero-standard")
    @Operation(summary = "“零事故”创建工作标准(认定检查表,16号文第五部分)")
    List<ZeroAccidents.StandardItem> standard() {
        return zero.standard();
    }

    @GetMapping("/zero-units/{unitId}/years")
    @Operation(summary = "一个创建单位各年度的状态(创建中、待认定、已认定、未通过)和一票否决")
    List<ZeroAccidents.UnitYearView> unitYears(@PathVariable UUID unitId) {
        return zero.unitYearsOfUnit(unitId);
    }

    @GetMapping("/zero-unit-years/{id}")
    @Operation(summary = "创建单位年度记录:状态、一票否决的事故、认定检查表")
    ZeroAccidents.UnitYearView unitYear(@PathVariable UUID id) {
        return zero.unitYear(id);
    }

    @PostMapping(path = "/zero-unit-years/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "“零事故”认定", description = "年终后(待认定)由规定的层级认定:市直单位由市直行业主管部门,县、乡、村单位由所在"
            + "县(市、区)政府及其行业主管部门。checklist 逐项填写创建标准是否达到;一票否决或有未达到项不能认定通过")
    ZeroAccidents.UnitYearView decide(@PathVariable UUID id, @RequestBody DecisionRequest r) {
        zero.decide(id, version(r.version()), new ZeroAccidents.Decision(r.recognise(), r.checklist(), r.notes(),
                r.note()));
        return zero.unitYear(id);
    }

    @GetMapping("/zero-campaigns/{id}/contacts")
    @Operation(summary = "附表2 联络员名单表", description = "各县(市、区)、经济开发区和市牵头责任部门的分管负责人、具体责任人")
    List<ZeroReports.ContactView> contacts(@PathVariable UUID id) {
        return reports.contacts(id);
    }

    @PostMapping(path = "/zero-campaigns/{id}/contacts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记或修改附表2联络员", description = "orgKind REGION(县(市、区)、开发区,orgCode 为区划代码)或 DEPARTMENT"
            + "(牵头部门,orgCode 为部门标识);duty IN_CHARGE 分管负责人 / LIAISON 具体责任人;修改时带 version")
    List<ZeroReports.ContactView> setContact(@PathVariable UUID id, @RequestBody ZeroReports.ContactData r) {
        reports.setContact(id, r);
        return reports.contacts(id);
    }

    @GetMapping("/zero-campaigns/{id}/submissions")
    @Operation(summary = "报送情况", description = "报送日历中每一事项、每个县(市、区)和已报送单位:截止日期、报送时间、是否逾期、内容哈希")
    List<ZeroReports.SubmissionStatus> submissions(@PathVariable UUID id) {
        return reports.submissions(id);
    }

    @PostMapping(path = "/zero-campaigns/{id}/submissions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "向市“零事故”创建专班办公室报送", description = "县(市、区)(orgKind REGION)或牵头部门(DEPARTMENT)报送日历中的"
            + "一项:附表1类事项报送本单位范围的当日附表1,附表2报送联络员名单,实施方案报送 text;内容以 SHA-256 签名,晚于截止日期标记逾期")
    ResponseEntity<ZeroReports.SubmissionView> submit(@PathVariable UUID id,
            @RequestBody ZeroReports.SubmissionRequest r) {
        ZeroReports.SubmissionView s = reports.submit(id, r);
        return ResponseEntity.created(URI.create("/api/v1/accidents/zero-campaigns/" + id + "/submissions")).body(s);
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "请提供版本号 version");
        }
        return version;
    }

}
