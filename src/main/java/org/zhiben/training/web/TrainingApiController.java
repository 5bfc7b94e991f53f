package org.zhiben.training.web;

import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.common.InvalidInputException;
import org.zhiben.training.AreaType;
import org.zhiben.training.DrillCompliance;
import org.zhiben.training.DrillKind;
import org.zhiben.training.Drills;
import org.zhiben.training.Exams;
import org.zhiben.training.HoursKind;
import org.zhiben.training.PersonKind;
import org.zhiben.training.QuestionType;
import org.zhiben.training.TrainingPeople;
import org.zhiben.training.TrainingRequirements;
import org.zhiben.training.internal.Attempt;
import org.zhiben.training.internal.Drill;
import org.zhiben.training.internal.Exam;
import org.zhiben.training.PersonData;
import org.zhiben.training.DrawRule;
import org.zhiben.training.QuestionData;
import org.zhiben.training.ExamData;
import org.zhiben.training.DrillData;
import org.zhiben.training.internal.Person;
import org.zhiben.training.internal.Question;

/**
 * The training API: people (一人一档) with hours, gaps, certificates and the 三违 gate; the question bank (xlsx import
 * with row errors); exams and attempts (resumable, idempotent submission); drills and their compliance. Records
 * outside the caller's scope answer 404; a worker sees only their own record; stale versions 409.
 */
@RestController
@RequestMapping("/api/v1/training")
@Tag(name = "培训 Training", description = "人员一人一档、学时与差距(生产经营单位安全培训规定)、证书与复审提醒(特种作业6年有效、3年复审)、"
        + "题库(单选/多选/判断)与考试(按人乱序、可断点续答、重复交卷只计一次)、三违人员考试合格后方可恢复上岗、应急演练与合规窗口")
class TrainingApiController {

    private final TrainingPeople people;
    private final Exams exams;
    private final Drills drills;
    private final QuestionSheet sheet;
    private final org.zhiben.training.TrainingOverview overview;
    private final org.zhiben.training.TrainingStatistics statistics;
    private final org.zhiben.training.TrainingCohorts cohorts;
    private final PeopleSheet peopleSheet;

    TrainingApiController(TrainingPeople people, Exams exams, Drills drills, QuestionSheet sheet,
            org.zhiben.training.TrainingOverview overview, PeopleSheet peopleSheet,
            org.zhiben.training.TrainingStatistics statistics, org.zhiben.training.TrainingCohorts cohorts) {
        this.statistics = statistics;
        this.cohorts = cohorts;
        this.peopleSheet = peopleSheet;
        this.overview = overview;
        this.people = people;
        this.exams = exams;
        this.drills = drills;
        this.sheet = sheet;
    }

    // ---------------------------------------------------------------- people

    record PersonRequest(UUID enterpriseId, Long version, @Size(max = 50) String name, @Size(max = 50) String staffNo, PersonKind kind,
            @Size(max = 100) String position, LocalDate hiredOn, LocalDate postChangedOn, LocalDate awayFrom, LocalDate returnedOn,
            Boolean principal, Boolean safetyManager, Boolean specialOperator, UUID userId) {

        PersonData data() {
            return new PersonData(name, staffNo, kind, position, hiredOn, postChangedOn, awayFrom, returnedOn,
                    Boolean.TRUE.equals(principal), Boolean.TRUE.equals(safetyManager),
                    Boolean.TRUE.equals(specialOperator), userId);
        }
    }

    record PersonDto(UUID id, long version, UUID enterpriseId, String name, String staffNo, PersonKind kind,
            String position, LocalDate hiredOn, boolean principal, boolean safetyManager, boolean specialOperator,
            boolean violator, LocalDate violationOn, boolean onDuty, boolean highRisk) {

        static PersonDto of(Person p) {
            return new PersonDto(p.getId(), p.getVersion(), p.getEnterpriseId(), p.getName(), p.getStaffNo(),
                    p.getKind(), p.getPosition(), p.getHiredOn(), p.isPrincipal(), p.isSafetyManager(),
                    p.isSpecialOperator(), p.isViolator(), p.getViolationOn(), p.isOnDuty(), p.isHighRisk());
        }
    }

    record CertificateDto(UUID id, long version, String typeCode, String typeName, String number, String issuer,
            LocalDate issuedOn, LocalDate validUntil, LocalDate reviewedOn, LocalDate nextReview, LocalDate due,
            boolean valid, long daysLeft) {
    }

    record FileDto(PersonDto person, List<TrainingRequirements.Gap> gaps, List<Map<String, Object>> hours,
            List<CertificateDto> certificates, List<String> requiredTypes,
            List<Map<String, Object>> findings, List<Map<String, Object>> exams) {
    }

    @GetMapping("/people")
    @Operation(summary = "人员列表", description = "企业人员看本企业(普通员工只看到本人);监管人员须给出 enterpriseId")
    List<PersonDto> list(@RequestParam(required = false) UUID enterpriseId) {
        return people.list(enterpriseId).stream().map(PersonDto::of).toList();
    }

    @PostMapping(path = "/people", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记人员", description = "员工、承包商、劳务派遣、灵活用工;岗位须为风险模块(两单两卡)中的岗位")
    ResponseEntity<PersonDto> add(@RequestBody PersonRequest r,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = people.add(r.enterpriseId(), r.data(), key);
        return ResponseEntity.created(URI.create("/api/v1/training/people/" + id)).body(PersonDto.of(people.get(id)));
    }

    @PostMapping(path = "/people/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入人员(xlsx)", description = "列:姓名、工号、用工类型、岗位、入职日期、主要负责人、安全管理人员、特种作业人员(是/否);"
            + "有错误的行逐行报告,整批不导入")
    PeopleSheet.Report importPeople(@RequestParam(required = false) UUID enterpriseId,
            @RequestParam("file") MultipartFile file) throws java.io.IOException {
        return peopleSheet.importXlsx(enterpriseId, file.getInputStream());
    }

    @GetMapping("/people/{id}")
    @Operation(summary = "一人一档", description = "学时、按规则计算的差距、证书(复审日、到期日、是否有效)、考试记录")
    FileDto file(@PathVariable UUID id) {
        TrainingPeople.File f = people.file(id);
        return new FileDto(PersonDto.of(f.person()), f.gaps(), f.hours().stream().map(h -> Map.<String, Object>of(
                "kind", h.getKind(), "hours", h.getHours(), "takenOn", h.getTakenOn(), "topic", h.getTopic())).toList(),
                f.certificates().stream().map(c -> new CertificateDto(c.certificate().getId(),
                        c.certificate().getVersion(), c.type().getCode(), c.type().getName(), c.certificate().getNumber(),
                        c.certificate().getIssuer(), c.certificate().getIssuedOn(), c.certificate().getValidUntil(),
                        c.certificate().getReviewedOn(), c.nextReview(), c.due(), c.valid(), c.daysLeft())).toList(),
                f.requiredTypes(), f.findings().stream().map(x -> Map.<String, Object>of("criterion", x.getCriterion(),
                        "typeCode", x.getTypeCode(), "hazardId", x.getHazardId())).toList(),
                f.attempts().stream().filter(a -> a.getSubmittedAt() != null).map(a -> Map.<String, Object>of(
                        "attemptId", a.getId(), "score", a.getScore(), "passed", a.getPassed(),
                        "submittedAt", a.getSubmittedAt())).toList());
    }

    @PutMapping(path = "/people/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改人员")
    PersonDto update(@PathVariable UUID id, @RequestBody PersonRequest r) {
        people.update(id, version(r.version()), r.data());
        return PersonDto.of(people.get(id));
    }

    record HoursRequest(HoursKind kind, BigDecimal hours, LocalDate takenOn, @Size(max = 200) String topic) {
    }

    @PostMapping(path = "/people/{id}/hours", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记学时", description = "INITIAL 初次、YEARLY 年度再培训、FACTORY/WORKSHOP/TEAM 三级教育")
    ResponseEntity<Void> hours(@PathVariable UUID id, @RequestBody HoursRequest r) {
        people.addHours(id, r.kind(), r.hours(), r.takenOn(), r.topic());
        return ResponseEntity.noContent().build();
    }

    record ViolationRequest(Long version, LocalDate on, @Size(max = 2000) String note) {
    }

    @PostMapping(path = "/people/{id}/violation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "记录三违", description = "人员停岗,须重新培训并考试合格后方可恢复上岗")
    PersonDto violation(@PathVariable UUID id, @RequestBody ViolationRequest r) {
        people.flagViolation(id, version(r.version()), r.on(), r.note());
        return PersonDto.of(people.get(id));
    }

    record VersionRequest(Long version) {
    }

    @PostMapping(path = "/people/{id}/return-to-duty", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "恢复上岗", description = "须有违章之日或之后考试合格的记录(自测不算),否则400")
    PersonDto returnToDuty(@PathVariable UUID id, @RequestBody VersionRequest r) {
        people.returnToDuty(id, version(r.version()));
        return PersonDto.of(people.get(id));
    }

    record CertificateRequest(@Size(max = 32) String typeCode, @Size(max = 50) String number, @Size(max = 100) String issuer, LocalDate issuedOn,
            LocalDate validUntil, LocalDate reviewedOn) {
    }

    @PostMapping(path = "/people/{id}/certificates", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记证书", description = "有效期至省略时按证书类型计算(特种作业操作证6年);到期日早于发证日为400。"
            + "岗位要求该证而无有效证书时,提请工贸重大事故隐患第三条(二)(金属冶炼企业负责人、安全管理人员为第三条(三)),待安全管理人员确认")
    ResponseEntity<Map<String, Object>> certificate(@PathVariable UUID id, @RequestBody CertificateRequest r) {
        UUID c = people.addCertificate(id, r.typeCode(), r.number(), r.issuer(), r.issuedOn(), r.validUntil(),
                r.reviewedOn());
        return ResponseEntity.status(201).body(Map.of("id", c));
    }

    @PostMapping("/people/{id}/certificate-check")
    @Operation(summary = "持证核查", description = "人员缺少岗位要求的有效证书时,向隐患模块提请重大事故隐患(每人每项一次),返回隐患id")
    Map<String, Object> check(@PathVariable UUID id) {
        return Map.of("hazardIds", people.checkCertificates(id));
    }

    record RequirementRequest(UUID enterpriseId, @Size(max = 100) String position, @Size(max = 32) String typeCode) {
    }

    @PostMapping(path = "/position-requirements", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "岗位持证要求", description = "岗位(风险模块)须持某类证书上岗")
    ResponseEntity<Void> requirement(@RequestBody RequirementRequest r) {
        people.requireCertificate(r.enterpriseId(), r.position(), r.typeCode());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/positions")
    @Operation(summary = "岗位及持证要求")
    Map<String, List<String>> positions(@RequestParam(required = false) UUID enterpriseId) {
        return people.positions(enterpriseId);
    }

    // ---------------------------------------------------------------- bank and exams

    record QuestionRequest(UUID enterpriseId, QuestionType type, @Size(max = 1000) String stem, List<@Size(max = 2000) String> options, @Size(max = 10) String answer,
            @Size(max = 1000) String explanation, @Size(max = 200) String source, @Size(max = 50) String tagSector, @Size(max = 100) String tagPosition, @Size(max = 100) String tagTopic) {
    }

    @PostMapping(path = "/questions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "新增试题", description = "单选一个答案、多选至少两个、判断 T/F")
    ResponseEntity<Map<String, Object>> question(@RequestBody QuestionRequest r,
            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = exams.addQuestion(r.enterpriseId(), new QuestionData(r.type(), r.stem(), r.options(), r.answer(),
                r.explanation(), r.source(), r.tagSector(), r.tagPosition(), r.tagTopic()), key);
        return ResponseEntity.status(201).body(Map.of("id", id));
    }

    @PostMapping(path = "/questions/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入题库(xlsx)", description = "列:题型、题干、选项A–F、答案、解析、出处、行业、岗位、主题;"
            + "题型和题干与题库中某题相同的行更新该题(导出、修改后再导入不会重复),saved 为新增与更新的题数,updated 为其中更新的;"
            + "有错误的行逐行报告,整批不导入")
    QuestionSheet.Report importQuestions(@RequestParam(required = false) UUID enterpriseId,
            @RequestParam("file") MultipartFile file) throws java.io.IOException {
        return sheet.importXlsx(enterpriseId, file.getInputStream());
    }

    @GetMapping("/questions/export")
    @Operation(summary = "导出题库(xlsx)", description = "与导入相同的列,可修改后重新导入")
    void exportQuestions(@RequestParam(required = false) UUID enterpriseId,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        sheet.export(enterpriseId, out);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''questions.xlsx");
        response.getOutputStream().write(out.toByteArray());
    }

    record ExamRequest(UUID enterpriseId, @Size(max = 200) String title, List<UUID> questionIds, List<@Valid DrawRule> rules,
            Integer pointsEach, Integer passMark, Integer minutes, Boolean multiplePartial, Boolean selfTest) {
    }

    @PostMapping(path = "/exams", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "新建考试", description = "固定试题或按题型和标签抽题;多选默认全对才得分(multiplePartial 可给半分)")
    ResponseEntity<Map<String, Object>> exam(@RequestBody ExamRequest r,
            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = exams.createExam(r.enterpriseId(), new ExamData(r.title(), r.questionIds(), r.rules(),
                r.pointsEach() == null ? 0 : r.pointsEach(), r.passMark() == null ? -1 : r.passMark(),
                r.minutes() == null ? 0 : r.minutes(), Boolean.TRUE.equals(r.multiplePartial()),
                Boolean.TRUE.equals(r.selfTest())), key);
        return ResponseEntity.status(201).body(Map.of("id", id));
    }

    record AttemptDto(UUID id, long version, UUID examId, Instant deadline, Instant submittedAt, Integer score,
            Integer maxScore, Boolean passed, List<Map<String, Object>> questions) {
    }

    @PostMapping("/exams/{id}/attempts")
    @Operation(summary = "开始或继续考试", description = "考生本人(账号须关联人员档案);未交卷且未超时的答卷继续作答")
    AttemptDto start(@PathVariable UUID id) {
        return attemptDto(exams.attempt(exams.start(id)));
    }

    @GetMapping("/attempts/{id}")
    @Operation(summary = "答卷", description = "题目按考生的顺序与选项顺序;交卷后含正确答案与解析")
    AttemptDto attempt(@PathVariable UUID id) {
        return attemptDto(exams.attempt(id));
    }

    record AnswerRequest(@Size(max = 200) String choices) {
    }

    @PutMapping(path = "/attempts/{id}/answers/{questionId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "保存一题答案", description = "按考生看到的字母(判断 T/F);不在本卷的题、超时或已交卷为400")
    ResponseEntity<Void> answer(@PathVariable UUID id, @PathVariable UUID questionId, @RequestBody AnswerRequest r) {
        exams.answer(id, questionId, r.choices());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/attempts/{id}/submit")
    @Operation(summary = "交卷", description = "立即评分;重复交卷返回同一结果,只计一次")
    AttemptDto submit(@PathVariable UUID id) {
        return attemptDto(exams.submit(id));
    }

    private AttemptDto attemptDto(Attempt a) {
        boolean done = a.getSubmittedAt() != null;
        List<Map<String, Object>> qs = exams.paper(a).stream().map(pq -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("no", pq.no());
            m.put("id", pq.question().getId());
            m.put("type", pq.question().getType());
            m.put("stem", pq.question().getStem());
            m.put("options", pq.options().stream().map(o -> Map.of("letter", o[0], "text", o[1])).toList());
            m.put("given", pq.given());
            if (done) {
                m.put("right", Exams.rightShown(a, pq.question()));
                m.put("correct", pq.right());
                m.put("explanation", pq.question().getExplanation());
            }
            return m;
        }).toList();
        return new AttemptDto(a.getId(), a.getVersion(), a.getExamId(), a.getDeadline(), a.getSubmittedAt(),
                a.getScore(), a.getMaxScore(), a.getPassed(), qs);
    }

    @GetMapping("/statistics")
    @Operation(summary = "考试统计", description = "各考试合格率(不含自测)与错误最多的试题,范围内")
    Map<String, Object> statistics() {
        return Map.of("passRates", exams.passRates(), "mostFailed", exams.mostFailed(10));
    }

    // ---------------------------------------------------------------- drills

    record DrillRequest(UUID enterpriseId, DrillKind kind, AreaType areaType, LocalDate heldOn, @Size(max = 500) String scenario,
            @Size(max = 1000) String participants, Integer participantCount, List<@Size(max = 2000) String> photoKeys, @Size(max = 1000) String shortfalls,
            @Size(max = 1000) String improvements) {
    }

    @PostMapping(path = "/drills", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记演练", description = "类型、区域(办公/生产/生活)、情景、参演人员、照片(先上传)、评估")
    ResponseEntity<Map<String, Object>> drill(@RequestBody DrillRequest r,
            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = drills.record(r.enterpriseId(), new DrillData(r.kind(), r.areaType(), r.heldOn(), r.scenario(),
                r.participants(), r.participantCount(), r.photoKeys(), r.shortfalls(), r.improvements()), key);
        return ResponseEntity.status(201).body(Map.of("id", id));
    }

    record FindingDto(int itemNo, String text, UUID hazardId, org.zhiben.hazard.HazardState hazardState) {
    }

    record DrillDto(UUID id, UUID enterpriseId, DrillKind kind, AreaType areaType, LocalDate heldOn, String scenario,
            String participants, int participantCount, String shortfalls, String improvements,
            List<FindingDto> findings) {

        static DrillDto of(Drills.DrillView v) {
            Drill d = v.drill();
            return new DrillDto(d.getId(), d.getEnterpriseId(), d.getKind(), d.getAreaType(), d.getHeldOn(),
                    d.getScenario(), d.getParticipants(), d.getParticipantCount(), d.getShortfalls(),
                    d.getImprovements(), v.findings().stream().map(f -> new FindingDto(f.itemNo(), f.text(),
                            f.hazardId(), f.hazardState())).toList());
        }
    }

    @GetMapping("/drills")
    @Operation(summary = "演练记录", description = "企业的演练记录(新者在前),含逐条不足及已转隐患的链接和隐患当前状态")
    List<DrillDto> drills(@RequestParam(required = false) UUID enterpriseId) {
        return drills.views(enterpriseId).stream().map(DrillDto::of).toList();
    }

    @GetMapping("/drills/{id}")
    @Operation(summary = "演练记录详情", description = "范围外为404")
    DrillDto drillDetail(@PathVariable UUID id) {
        return DrillDto.of(drills.view(id));
    }

    @PostMapping("/drills/{id}/findings/{itemNo}/hazard")
    @Operation(summary = "演练不足转为隐患", description = "把演练评估中的第itemNo条不足(按行或分号分条,从1起)作为企业隐患上报,"
            + "每条一次:首次201,重复提交返回已上报的隐患(200),不再新建")
    ResponseEntity<Map<String, Object>> raiseHazard(@PathVariable UUID id, @PathVariable int itemNo) {
        Drills.Raised r = drills.raiseHazard(id, itemNo);
        return ResponseEntity.status(r.created() ? 201 : 200).body(Map.of("hazardId", r.hazardId(), "created",
                r.created()));
    }

    @GetMapping("/drills/compliance")
    @Operation(summary = "演练合规", description = "疏散逃生按区域每年(高危行业每半年)、现场处置方案每半年、综合或专项每年;窗口结束后未演练为逾期")
    List<DrillCompliance.Window> compliance(@RequestParam(required = false) UUID enterpriseId,
            @RequestParam(required = false) Integer year) {
        int y = year == null ? people.today().getYear() : year;
        if (y < 2000 || y > 2100) {
            throw new InvalidInputException("year", "年份应在2000–2100之间");
        }
        return drills.compliance(enterpriseId, y);
    }

    @GetMapping("/overview")
    @Operation(summary = "培训总览(监管,按企业分页)", description = "范围内已建人员档案的企业(按区划代码排序,分页):人数、主要负责人及初次培训"
            + "达标人数、本年考试人次与合格人次、已过期与90日内到期证书、本年演练次数")
    org.zhiben.common.PageResponse<org.zhiben.training.TrainingOverview.Row> overview(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return overview.byEnterprise(people.today(), page, size);
    }

    @GetMapping(path = "/statistics", params = "by")
    @Operation(summary = "培训统计(按区划或行业)", description = "by=region:按下一级区划(给出region时为其下一级);by=sector:按行业领域。"
            + "范围内、分组SQL、全部分组:有档案企业数、人数、主要负责人及初次培训达标数、本年考试人次与合格人次、已过期与90日内到期证书、"
            + "演练合规企业数(本年已结束的演练窗口均已演练);范围外区划为404")
    org.zhiben.training.TrainingStatistics.Report trainingStatistics(@RequestParam String by,
            @RequestParam(required = false) String region) {
        return statistics.report(org.zhiben.training.TrainingStatistics.by(by), region, people.today());
    }

    @GetMapping("/cohorts")
    @Operation(summary = "主要负责人专题培训(攻坚批次)", description = "各批次(2024矿山、二级三级医院;2025金属冶炼、重点文物保护;"
            + "2026大型商业综合体,数据可配置)在范围内:适用的主要负责人数、当年初次培训与年度再培训学时折合天数(每天8学时)达到3天的人数、参训率")
    List<org.zhiben.training.TrainingCohorts.Standing> cohorts() {
        return cohorts.standings();
    }

    private static long version(Long v) {
        if (v == null) {
            throw new InvalidInputException("version", "请提供版本号");
        }
        return v;
    }
}
