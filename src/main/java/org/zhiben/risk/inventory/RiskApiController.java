package org.zhiben.risk.inventory;

import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.PageResponse;
import org.zhiben.risk.AccidentType;
import org.zhiben.risk.AnalysisObjectData;
import org.zhiben.risk.AnalysisObjectView;
import org.zhiben.risk.AnalysisUnitData;
import org.zhiben.risk.AnalysisUnitView;
import org.zhiben.risk.AssessmentData;
import org.zhiben.risk.AssessmentKind;
import org.zhiben.risk.AssessmentMethod;
import org.zhiben.risk.assessment.AssessmentView;
import org.zhiben.risk.CheckCycleUnit;
import org.zhiben.risk.ControlLevel;
import org.zhiben.risk.ControlMeasureData;
import org.zhiben.risk.ControlMeasureView;
import org.zhiben.risk.DirectBasis;
import org.zhiben.risk.assessment.DueReassessment;
import org.zhiben.risk.MeasureCategory;
import org.zhiben.risk.ObjectKind;
import org.zhiben.risk.assessment.RiskAssessments;
import org.zhiben.risk.RiskEventData;
import org.zhiben.risk.RiskEventView;
import org.zhiben.risk.RiskInventory;
import org.zhiben.risk.RiskLevel;
import org.zhiben.risk.RiskRollUp;

@RestController
@RequestMapping("/api/v1/risk")
@Tag(name = "风险 Risk inventory", description = "风险分析对象 → 分析单元 → 风险事件 → 管控措施,风险评估与分级(均受数据范围限制:"
        + "企业主要负责人、安全管理人员可写本企业;企业职工、辖区监管人员和管理员只读;范围外一律404)")
class RiskApiController {

    private static final String RETRY_KEY = "客户端生成的幂等键:带同一键重试时返回首次创建的记录,不会重复创建";

    private final RiskInventory inventory;
    private final RiskAssessments assessments;

    RiskApiController(RiskInventory inventory, RiskAssessments assessments) {
        this.inventory = inventory;
        this.assessments = assessments;
    }

    /** Create and update body; {@code version} is required on update. */
    record ObjectRequest(ObjectKind kind, @Size(max = 100) String name, Boolean majorHazardSource, @Size(max = 64) String hazardSourceCode,
            Long version) {
        AnalysisObjectData toData() {
            return new AnalysisObjectData(kind, name, Boolean.TRUE.equals(majorHazardSource), hazardSourceCode);
        }
    }

    record UnitRequest(@Size(max = 100) String name, @Size(max = 100) String responsibleDepartment, @Size(max = 50) String responsiblePerson, ControlLevel controlLevel,
            Long version) {
        AnalysisUnitData toData() {
            return new AnalysisUnitData(name, responsibleDepartment, responsiblePerson, controlLevel);
        }
    }

    record EventRequest(@Size(max = 500) String description, @Size(max = 8) String hazardFactorCode, Set<AccidentType> accidentTypes, Long version) {
        RiskEventData toData() {
            return new RiskEventData(description, hazardFactorCode, accidentTypes);
        }
    }

    record MeasureRequest(@Size(max = 500) String description, MeasureCategory category, @Size(max = 50) String subcategory, @Size(max = 50) String responsiblePerson,
            Integer checkCycle, CheckCycleUnit checkCycleUnit, Long version) {
        ControlMeasureData toData() {
            return new ControlMeasureData(description, category, subcategory, responsiblePerson, checkCycle,
                    checkCycleUnit);
        }
    }

    record AssessmentRequest(AssessmentKind kind, AssessmentMethod method, Map<String, BigDecimal> inputs,
            DirectBasis directBasis, @Size(max = 500) String directCriterion) {
        AssessmentData toData() {
            return new AssessmentData(kind, method, inputs, directBasis, directCriterion);
        }
    }

    record EventDetail(RiskEventView event, List<ControlMeasureView> measures, List<AssessmentView> history) {
    }

    record RollUpResponse(UUID enterpriseId, String enterpriseName, RiskLevel enterpriseLevel, Map<String, Long> counts,
            long unassessedUnits, List<RiskRollUp.UnitLevel> units) {
    }

    // ---- analysis objects

    @GetMapping("/enterprises/{enterpriseId}/objects")
    @Operation(summary = "分页查询风险分析对象", description = "level 为对象下各单元的最高等级(重大危险源直接为 MAJOR)")
    PageResponse<AnalysisObjectView> objects(@PathVariable UUID enterpriseId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(inventory.objects(enterpriseId, pageable(page, size)), o -> o);
    }

    @PostMapping("/enterprises/{enterpriseId}/objects")
    @Operation(summary = "新增风险分析对象", description = "kind: EQUIPMENT 设备设施 / ACTIVITY 作业活动 / AREA 区域场所;"
            + "majorHazardSource 为 true 时必须填写 hazardSourceCode(危险源编码)")
    ResponseEntity<AnalysisObjectView> addObject(@PathVariable UUID enterpriseId, @RequestBody ObjectRequest request,
            @Parameter(description = RETRY_KEY) @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = inventory.addObject(enterpriseId, request.toData(), key);
        return ResponseEntity.created(URI.create("/api/v1/risk/objects/" + id)).body(inventory.object(id));
    }

    @GetMapping("/objects/{id}")
    @Operation(summary = "风险分析对象详情")
    AnalysisObjectView object(@PathVariable UUID id) {
        return inventory.object(id);
    }

    @PutMapping("/objects/{id}")
    @Operation(summary = "修改风险分析对象", description = "须带读取时的 version;版本过期返回409")
    AnalysisObjectView updateObject(@PathVariable UUID id, @RequestBody ObjectRequest request) {
        inventory.updateObject(id, version(request.version()), request.toData());
        return inventory.object(id);
    }

    @DeleteMapping("/objects/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除风险分析对象", description = "只能删除没有分析单元的对象")
    void deleteObject(@PathVariable UUID id, @RequestParam long version) {
        inventory.deleteObject(id, version);
    }

    // ---- analysis units

    @GetMapping("/enterprises/{enterpriseId}/units")
    @Operation(summary = "分页查询风险分析单元", description = "reassessmentDue: 复评到期日(末次评估后一年,或被提前)")
    PageResponse<AnalysisUnitView> units(@PathVariable UUID enterpriseId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(inventory.units(enterpriseId, pageable(page, size)), u -> u);
    }

    @PostMapping("/objects/{objectId}/units")
    @Operation(summary = "新增风险分析单元", description = "controlLevel: COMPANY 公司 / WORKSHOP 车间 / TEAM 班组 / POST 岗位")
    ResponseEntity<AnalysisUnitView> addUnit(@PathVariable UUID objectId, @RequestBody UnitRequest request,
            @Parameter(description = RETRY_KEY) @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = inventory.addUnit(objectId, request.toData(), key);
        return ResponseEntity.created(URI.create("/api/v1/risk/units/" + id)).body(inventory.unit(id));
    }

    @GetMapping("/units/{id}")
    @Operation(summary = "风险分析单元详情")
    AnalysisUnitView unit(@PathVariable UUID id) {
        return inventory.unit(id);
    }

    @PutMapping("/units/{id}")
    @Operation(summary = "修改风险分析单元", description = "须带读取时的 version;版本过期返回409")
    AnalysisUnitView updateUnit(@PathVariable UUID id, @RequestBody UnitRequest request) {
        inventory.updateUnit(id, version(request.version()), request.toData());
        return inventory.unit(id);
    }

    @DeleteMapping("/units/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除风险分析单元", description = "只能删除没有风险事件的单元")
    void deleteUnit(@PathVariable UUID id, @RequestParam long version) {
        inventory.deleteUnit(id, version);
    }

    // ---- risk events

    @GetMapping("/enterprises/{enterpriseId}/events")
    @Operation(summary = "分页查询风险事件", description = "currentLevel: 有管控后评估时取管控后等级,否则取固有等级;"
            + "属于重大危险源的事件直接判定为 MAJOR")
    PageResponse<RiskEventView> events(@PathVariable UUID enterpriseId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(inventory.events(enterpriseId, pageable(page, size)), e -> e);
    }

    @PostMapping("/units/{unitId}/events")
    @Operation(summary = "新增风险事件", description = "hazardFactorCode: GB/T 13861 代码(1–8位数字,首位1–4,"
            + "前两位为11、12、21、22、23、31、32、33、39或4x);accidentTypes: GB 6441-1986 事故类别,至少一项")
    ResponseEntity<RiskEventView> addEvent(@PathVariable UUID unitId, @RequestBody EventRequest request,
            @Parameter(description = RETRY_KEY) @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = inventory.addEvent(unitId, request.toData(), key);
        return ResponseEntity.created(URI.create("/api/v1/risk/events/" + id)).body(inventory.event(id));
    }

    @GetMapping("/events/{id}")
    @Operation(summary = "风险事件详情", description = "含管控措施和全部评估历史(最新在前)")
    EventDetail event(@PathVariable UUID id) {
        return new EventDetail(inventory.event(id), inventory.measuresOf(id), assessments.history(id));
    }

    @PutMapping("/events/{id}")
    @Operation(summary = "修改风险事件", description = "须带读取时的 version;版本过期返回409")
    RiskEventView updateEvent(@PathVariable UUID id, @RequestBody EventRequest request) {
        inventory.updateEvent(id, version(request.version()), request.toData());
        return inventory.event(id);
    }

    @DeleteMapping("/events/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除风险事件", description = "只能删除没有管控措施且未评估过的事件(评估历史须保留)")
    void deleteEvent(@PathVariable UUID id, @RequestParam long version) {
        inventory.deleteEvent(id, version);
    }

    @PostMapping("/events/{id}/assessments")
    @Operation(summary = "评估风险事件", description = "kind: INHERENT 固有 / RESIDUAL 管控后;method: LEC(inputs l,e,c)、"
            + "LS(l,s)、MES(m,e,s) 或 DIRECT(directBasis: MAJOR_HAZARD_SOURCE 或 MAJOR_ACCIDENT_HAZARD_CRITERION"
            + "+ directCriterion 条款原文)。取值不在分级表内返回400并列出允许值")
    ResponseEntity<AssessmentView> assess(@PathVariable UUID id, @RequestBody AssessmentRequest request,
            @Parameter(description = RETRY_KEY) @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        AssessmentView assessment = assessments.assess(id, request.toData(), key);
        return ResponseEntity.created(URI.create("/api/v1/risk/events/" + id)).body(assessment);
    }

    // ---- control measures

    @GetMapping("/enterprises/{enterpriseId}/measures")
    @Operation(summary = "分页查询管控措施")
    PageResponse<ControlMeasureView> measures(@PathVariable UUID enterpriseId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(inventory.measures(enterpriseId, pageable(page, size)), m -> m);
    }

    @PostMapping("/events/{eventId}/measures")
    @Operation(summary = "新增管控措施", description = "category(classify1): ENGINEERING 工程技术 / MAINTENANCE 维护保养 / "
            + "OPERATION 操作行为 / EMERGENCY 应急措施;subcategory(classify2) 自由文本,建议:工艺控制、关键设备、安全仪表、"
            + "人员资质、交接班、个体防护、应急预案;checkCycle 正整数,checkCycleUnit: HOUR/DAY/WEEK/MONTH/YEAR")
    ResponseEntity<ControlMeasureView> addMeasure(@PathVariable UUID eventId, @RequestBody MeasureRequest request,
            @Parameter(description = RETRY_KEY) @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = inventory.addMeasure(eventId, request.toData(), key);
        return ResponseEntity.created(URI.create("/api/v1/risk/measures/" + id)).body(inventory.measure(id));
    }

    @GetMapping("/measures/{id}")
    @Operation(summary = "管控措施详情")
    ControlMeasureView measure(@PathVariable UUID id) {
        return inventory.measure(id);
    }

    @PutMapping("/measures/{id}")
    @Operation(summary = "修改管控措施", description = "须带读取时的 version;版本过期返回409")
    ControlMeasureView updateMeasure(@PathVariable UUID id, @RequestBody MeasureRequest request) {
        inventory.updateMeasure(id, version(request.version()), request.toData());
        return inventory.measure(id);
    }

    @DeleteMapping("/measures/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除管控措施")
    void deleteMeasure(@PathVariable UUID id, @RequestParam long version) {
        inventory.deleteMeasure(id, version);
    }

    // ---- roll-up and reassessment

    @GetMapping("/enterprises/{enterpriseId}/roll-up")
    @Operation(summary = "企业风险等级汇总", description = "enterpriseLevel: 各分析对象的最高等级;counts: 各等级(重大、较大、一般、低)"
            + "的分析单元数;unassessedUnits: 尚无评估的单元数;units: 各单元等级。事件等级取管控后评估,无则取固有评估")
    RollUpResponse rollUp(@PathVariable UUID enterpriseId) {
        RiskRollUp r = inventory.rollUp(enterpriseId);
        Map<String, Long> counts = new LinkedHashMap<>();
        r.counts().forEach((level, n) -> counts.put(level.label(), n));
        return new RollUpResponse(r.enterpriseId(), r.enterpriseName(), r.enterpriseLevel(), counts,
                r.unassessedUnits(), r.units());
    }

    @GetMapping("/reassessments/due")
    @Operation(summary = "复评到期(含逾期)的分析单元", description = "enterpriseId 为空时列出本人可见的全部企业(监管人员为辖区内)")
    PageResponse<DueReassessment> due(@RequestParam(required = false) UUID enterpriseId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(assessments.dueForReassessment(enterpriseId, pageable(page, size)), d -> d);
    }

    private static Pageable pageable(int page, int size) {
        return PageResponse.request(page, size, Sort.by("createdAt", "id"));
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "修改时必须提供 version");
        }
        return version;
    }
}
