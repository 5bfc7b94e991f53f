package org.zhiben.directory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InputRules;
import org.zhiben.common.RegionCode;
import org.zhiben.common.Uscc;
import org.zhiben.directory.EnterpriseData;
import org.zhiben.identity.DataScope;

/** The registry's rules for one enterprise's data, shared by the form, the API and the import. */
@Component
public class EnterpriseValidator {

    private final Set<String> sectorCodes;
    private final Set<String> categoryCodes;

    EnterpriseValidator(SectorRepository sectors, IndustryCategoryRepository categories) {
        // reference tables seeded by migration; they change only with a release
        this.sectorCodes = sectors.findAll().stream().map(Sector::getCode).collect(Collectors.toUnmodifiableSet());
        this.categoryCodes = categories.findAll().stream().map(IndustryCategory::getCode)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Violations of the data; {@code regionExists} answers whether a region code is in the tree, {@code scope}
     * whether the caller may place an enterprise there (its region and sectors).
     */
    public List<FieldViolation> violations(EnterpriseData d, Predicate<String> regionExists, DataScope scope) {
        List<FieldViolation> v = new ArrayList<>();
        String usccProblem = Uscc.problem(d.uscc());
        if (usccProblem != null) {
            v.add(new FieldViolation("uscc", usccProblem));
        }
        if (d.name() == null || d.name().isBlank()) {
            v.add(new FieldViolation("name", "单位名称不能为空"));
        } else if (d.name().strip().length() > 200) {
            v.add(new FieldViolation("name", "单位名称不能超过200个字符"));
        }
        if (d.unitType() == null) {
            v.add(new FieldViolation("unitType", "请选择单位类型"));
        }
        if (d.sectors().isEmpty()) {
            v.add(new FieldViolation("sectors", "请至少选择一个行业领域"));
        } else if (!sectorCodes.containsAll(d.sectors())) {
            v.add(new FieldViolation("sectors", "行业领域代码不存在:" + d.sectors().stream()
                    .filter(s -> !sectorCodes.contains(s)).sorted().collect(Collectors.joining("、"))));
        }
        if (d.industryCategory() != null && !d.industryCategory().isBlank()
                && !categoryCodes.contains(d.industryCategory().strip())) {
            v.add(new FieldViolation("industryCategory", "国民经济行业门类应为A-T中的一个字母"));
        }
        String regionProblem = RegionCode.problem(d.regionCode());
        if (regionProblem != null) {
            v.add(new FieldViolation("regionCode", regionProblem));
        } else if (!regionExists.test(d.regionCode())) {
            v.add(new FieldViolation("regionCode", "区划代码不存在:" + d.regionCode()));
        } else if (!scope.coversRegion(d.regionCode())) {
            v.add(new FieldViolation("regionCode", "该区划不在您的管辖范围内"));
        }
        if (!d.sectors().isEmpty() && !scope.coversSectors(d.sectors())) {
            v.add(new FieldViolation("sectors", "行业领域不在您部门的监管范围内"));
        }
        if (d.address() != null && d.address().length() > 300) {
            v.add(new FieldViolation("address", "地址不能超过300个字符"));
        }
        name(v, "principalName", d.principalName());
        name(v, "actualControllerName", d.actualControllerName());
        name(v, "safetyManagerName", d.safetyManagerName());
        name(v, "beneficialOwnerName", d.beneficialOwnerName());
        if (d.parentCompanyName() != null && d.parentCompanyName().strip().length() > 100) {
            v.add(new FieldViolation("parentCompanyName", "上级公司名称不能超过100个字符"));
        }
        if (d.parentCompanyUscc() != null && !d.parentCompanyUscc().isBlank()) {
            String parentProblem = Uscc.problem(d.parentCompanyUscc().strip());
            if (parentProblem != null) {
                v.add(new FieldViolation("parentCompanyUscc", "上级公司" + parentProblem));
            } else if (d.parentCompanyUscc().strip().equals(d.uscc())) {
                v.add(new FieldViolation("parentCompanyUscc", "上级公司不能是本单位"));
            }
        }
        phone(v, "principalPhone", d.principalPhone());
        phone(v, "actualControllerPhone", d.actualControllerPhone());
        phone(v, "safetyManagerPhone", d.safetyManagerPhone());
        if (d.scale() == null) {
            v.add(new FieldViolation("scale", "请选择规模(规上/规下)"));
        }
        if (d.standardizationGrade() == null) {
            v.add(new FieldViolation("standardizationGrade", "请选择标准化等级"));
        }
        if (d.status() == null) {
            v.add(new FieldViolation("status", "请选择经营状态"));
        }
        return v;
    }

    private static void name(List<FieldViolation> v, String field, String value) {
        if (value != null && value.strip().length() > 50) {
            v.add(new FieldViolation(field, "姓名不能超过50个字符"));
        }
    }

    private static void phone(List<FieldViolation> v, String field, String value) {
        InputRules.phone(v, field, value, "电话号码");
    }
}
