package org.zhiben.training.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface PositionRequirementRepository extends JpaRepository<PositionRequirement, UUID>, JpaSpecificationExecutor<PositionRequirement> {

    java.util.List<PositionRequirement> findByEnterpriseId(UUID enterpriseId);
}
