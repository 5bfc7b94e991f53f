package org.zhiben.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.zhiben.enforcement.OfficerTrainings;

/** Training records of enforcement officers and their coverage (seed 002 task 10: 执法人员培训全覆盖). */
@RestController
@RequestMapping("/api/v1/enforcement/officers")
@Tag(name = "执法 Enforcement")
class OfficerTrainingApiController {

    private final OfficerTrainings trainings;

    OfficerTrainingApiController(OfficerTrainings trainings) {
        this.trainings = trainings;
    }

    record TrainingRequest(LocalDate trainedOn, @Size(max = 200) String topic, BigDecimal hours,
            @Size(max = 100) String organiser) {
    }

    @GetMapping("/{id}/trainings")
    @Operation(summary = "执法人员的培训记录(日期、课程、学时、组织单位),新的在前")
    List<OfficerTrainings.Training> trainings(@PathVariable UUID id) {
        return trainings.of(id);
    }

    @PostMapping(path = "/{id}/trainings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记执法人员培训记录:培训日期(不晚于今天)、课程或主题(≤200字)、学时(0<学时≤200)、组织单位(≤100字);"
            + "须为执法人员所在区划或上级的监管人员,否则404")
    ResponseEntity<OfficerTrainings.Training> add(@PathVariable UUID id, @Valid @RequestBody TrainingRequest r,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID created = trainings.add(id, new OfficerTrainings.NewTraining(r.trainedOn(), r.topic(), r.hours(),
                r.organiser()), key);
        OfficerTrainings.Training t = trainings.of(id).stream().filter(x -> x.id().equals(created)).findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/enforcement/officers/" + id + "/trainings/" + created))
                .body(t);
    }

    @GetMapping("/training-coverage")
    @Operation(summary = "执法人员培训覆盖率:期间内执法证有效的执法人员中至少有一条培训记录的比例,按下一级区划分组,并列出未培训人员;"
            + "默认本年度")
    OfficerTrainings.Coverage coverage(
            @Parameter(description = "开始日期(含),默认本年1月1日") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "结束日期(含),默认开始日期所在年的12月31日") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return trainings.coverage(from, to);
    }
}
