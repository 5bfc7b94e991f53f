package org.zhiben.directory;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.RegionCode;
import org.zhiben.directory.internal.Department;
import org.zhiben.directory.internal.DepartmentRepository;
import org.zhiben.directory.internal.RegionRepository;
import org.zhiben.directory.internal.SectorRepository;

/** Government departments and the sectors they lead. */
@Service
public class Departments {

    private final DepartmentRepository departments;
    private final RegionRepository regions;
    private final SectorRepository sectors;
    private final AuditTrail audit;

    Departments(DepartmentRepository departments, RegionRepository regions, SectorRepository sectors, AuditTrail audit) {
        this.departments = departments;
        this.regions = regions;
        this.sectors = sectors;
        this.audit = audit;
    }

    public record DepartmentView(UUID id, String regionCode, String regionName, String name, boolean comprehensive,
            java.util.List<String> sectors) {
    }

    @Transactional(readOnly = true)
    public java.util.List<DepartmentView> list() {
        var all = departments.findAllByOrderByRegionCodeAscNameAsc();
        Map<String, String> names = new java.util.HashMap<>();
        regions.findAllById(all.stream().map(Department::getRegionCode).collect(java.util.stream.Collectors.toSet()))
                .forEach(r -> names.put(r.getCode(), r.getName()));
        return all.stream().map(d -> new DepartmentView(d.getId(), d.getRegionCode(),
                names.getOrDefault(d.getRegionCode(), d.getRegionCode()), d.getName(), d.isComprehensive(),
                d.getSectors().stream().sorted().toList())).toList();
    }

    /** A comprehensive department (e.g. 应急管理局) oversees every sector; others only {@code sectorCodes}. */
    @Transactional
    public UUID create(String regionCode, String name, boolean comprehensive, Set<String> sectorCodes) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("name", "部门名称不能为空且不超过100个字符");
        }
        if (!RegionCode.isValid(regionCode) || !regions.existsById(regionCode)) {
            throw new InvalidInputException("regionCode", "区划不存在");
        }
        if (!sectors.findAllById(sectorCodes).stream().map(s -> s.getCode()).toList().containsAll(sectorCodes)) {
            throw new InvalidInputException("sectors", "行业领域代码不存在");
        }
        if (!comprehensive && sectorCodes.isEmpty()) {
            throw new InvalidInputException("sectors", "行业部门须至少负责一个行业领域");
        }
        if (departments.findAllByOrderByRegionCodeAscNameAsc().stream()
                .anyMatch(d -> d.getRegionCode().equals(regionCode) && d.getName().equals(name.strip()))) {
            throw new InvalidInputException("name", "该区划下已有同名部门");
        }
        Department d = departments.save(new Department(regionCode, name.strip(), comprehensive, sectorCodes));
        audit.record(AuditRecord.created("Department", d.getId(), "创建部门 " + name,
                Map.of("regionCode", regionCode, "name", name, "comprehensive", comprehensive, "sectors", sectorCodes)));
        return d.getId();
    }
}
