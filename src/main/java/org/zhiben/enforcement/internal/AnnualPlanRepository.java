package org.zhiben.enforcement.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AnnualPlanRepository extends JpaRepository<AnnualPlan, UUID>, JpaSpecificationExecutor<AnnualPlan> {

    Optional<AnnualPlan> findByRegionCodeAndYear(String regionCode, int year);

    boolean existsByRegionCodeAndYear(String regionCode, int year);
}
