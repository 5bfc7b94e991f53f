package org.zhiben.directory.web;

import org.zhiben.common.Uscc;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
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
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.PageResponse;
import org.zhiben.directory.EnterpriseData;
import org.zhiben.directory.EnterpriseFilter;
import org.zhiben.directory.EnterpriseImportReport;
import org.zhiben.directory.EnterpriseXlsx;
import org.zhiben.directory.EnterpriseScale;
import org.zhiben.directory.EnterpriseStatus;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.StandardizationGrade;
import org.zhiben.directory.UnitType;
import org.zhiben.directory.internal.Enterprise;

@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "企业 Enterprises", description = "一企一档:企业登记、查询、修改(均受数据范围限制)")
class EnterpriseApiController {

    private final Enterprises enterprises;
    private final EnterpriseXlsx xlsx;

    EnterpriseApiController(Enterprises enterprises, EnterpriseXlsx xlsx) {
        this.enterprises = enterprises;
        this.xlsx = xlsx;
    }

    record EnterpriseDto(UUID id, String uscc, String name, UnitType unitType, Set<String> sectors,
            String industryCategory, String regionCode, String address, String principalName, String principalPhone,
            String actualControllerName, String actualControllerPhone, String safetyManagerName,
            String safetyManagerPhone, EnterpriseScale scale, boolean highRisk,
            StandardizationGrade standardizationGrade, EnterpriseStatus status, String beneficialOwnerName,
            String parentCompanyName, String parentCompanyUscc, long version, Instant createdAt, Instant updatedAt) {

        static EnterpriseDto of(Enterprise e) {
            return new EnterpriseDto(e.getId(), e.getUscc(), e.getName(), e.getUnitType(), Set.copyOf(e.getSectors()),
                    e.getIndustryCategory(), e.getRegionCode(), e.getAddress(), e.getPrincipalName(),
                    e.getPrincipalPhone(), e.getActualControllerName(), e.getActualControllerPhone(),
                    e.getSafetyManagerName(), e.getSafetyManagerPhone(), e.getScale(), e.isHighRisk(),
                    e.getStandardizationGrade(), e.getStatus(), e.getBeneficialOwnerName(), e.getParentCompanyName(),
                    e.getParentCompanyUscc(), e.getVersion(), e.getCreatedAt(), e.getUpdatedAt());
        }
    }

    /** Create and update body; {@code version} is required on update (optimistic locking). */
    record EnterpriseRequest(@Size(max = 18, message = Uscc.TOO_LONG) String uscc, @Size(max = 200) String name, UnitType unitType, Set<@Size(max = 64) String> sectors, @Size(max = 1) String industryCategory,
            @Size(max = 12) String regionCode, @Size(max = 300) String address, @Size(max = 50) String principalName, @Size(max = 32) String principalPhone,
            @Size(max = 50) String actualControllerName, @Size(max = 32) String actualControllerPhone, @Size(max = 50) String safetyManagerName,
            @Size(max = 32) String safetyManagerPhone, EnterpriseScale scale, Boolean highRisk,
            StandardizationGrade standardizationGrade, EnterpriseStatus status,
            @Size(max = 50) String beneficialOwnerName, @Size(max = 100) String parentCompanyName,
            @Size(max = 18, message = Uscc.TOO_LONG) String parentCompanyUscc, Long version) {

        EnterpriseData toData() {
            return new EnterpriseData(uscc, name, unitType, sectors, industryCategory, regionCode, address,
                    principalName, principalPhone, actualControllerName, actualControllerPhone, safetyManagerName,
                    safetyManagerPhone, scale == null ? null : scale, Boolean.TRUE.equals(highRisk),
                    standardizationGrade, status == null ? EnterpriseStatus.OPERATING : status, beneficialOwnerName,
                    parentCompanyName, parentCompanyUscc == null ? null : parentCompanyUscc.strip());
        }
    }

    @GetMapping
    @Operation(summary = "分页查询企业", description = "region: 12位区划代码(须在本人辖区内,否则404);sector: 行业领域代码;q: 名称或信用代码")
    PageResponse<EnterpriseDto> list(@RequestParam(required = false) String region,
            @RequestParam(required = false) String sector, @RequestParam(required = false) UnitType unitType,
            @RequestParam(required = false) Boolean highRisk, @RequestParam(required = false) EnterpriseStatus status,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(enterprises.search(new EnterpriseFilter(region, sector, unitType, highRisk, status, q),
                PageResponse.request(page, size, Sort.by("name", "id"))), EnterpriseDto::of);
    }

    @PostMapping
    @Operation(summary = "登记企业", description = "带 Idempotency-Key 重试时返回首次创建的企业,不会重复登记")
    ResponseEntity<EnterpriseDto> create(@RequestBody EnterpriseRequest request,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = enterprises.register(request.toData(), key);
        return ResponseEntity.created(URI.create("/api/v1/enterprises/" + id)).body(EnterpriseDto.of(enterprises.get(id)));
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入企业 xlsx", description = "有效行保存、无效行逐行报告(行号、列、原因);"
            + "按统一社会信用代码幂等:重复导入只更新,不重复登记;非 xlsx 内容返回400")
    EnterpriseImportReport importXlsx(@RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return xlsx.importXlsx(in);
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "企业详情")
    EnterpriseDto get(@PathVariable UUID id) {
        return EnterpriseDto.of(enterprises.get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改企业", description = "须带读取时的 version;版本过期返回409,不会覆盖他人的修改")
    EnterpriseDto update(@PathVariable UUID id, @RequestBody EnterpriseRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "修改时必须提供 version");
        }
        enterprises.update(id, request.version(), request.toData());
        return EnterpriseDto.of(enterprises.get(id));
    }
}
