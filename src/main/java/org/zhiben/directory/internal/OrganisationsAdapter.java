package org.zhiben.directory.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.identity.Organisations;

/** The directory's side of identity's {@link Organisations} port. */
@Component
class OrganisationsAdapter implements Organisations {

    private final DepartmentRepository departments;
    private final EnterpriseRepository enterprises;
    private final RegionRepository regions;

    OrganisationsAdapter(DepartmentRepository departments, EnterpriseRepository enterprises, RegionRepository regions) {
        this.departments = departments;
        this.enterprises = enterprises;
        this.regions = regions;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Set<String>> sectorLimitOf(UUID departmentId) {
        return departments.findById(departmentId).flatMap(Department::sectorLimit);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean departmentExists(UUID departmentId) {
        return departments.existsById(departmentId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean enterpriseExists(UUID enterpriseId) {
        return enterprises.existsById(enterpriseId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean regionExists(String regionCode) {
        return regions.existsById(regionCode);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> enterpriseName(UUID enterpriseId) {
        return enterprises.findById(enterpriseId).map(Enterprise::getName);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> enterpriseByUscc(String uscc) {
        return uscc == null ? Optional.empty() : enterprises.findByUscc(uscc.strip()).map(Enterprise::getId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> usccOf(UUID enterpriseId) {
        return enterprises.findById(enterpriseId).map(Enterprise::getUscc);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Option> departments() {
        List<Department> all = departments.findAllByOrderByRegionCodeAscNameAsc();
        Map<String, String> names = regions.findAllById(all.stream().map(Department::getRegionCode).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Region::getCode, Region::getName));
        return all.stream().map(d -> new Option(d.getId(), names.getOrDefault(d.getRegionCode(), d.getRegionCode())
                + " · " + d.getName())).toList();
    }
}
