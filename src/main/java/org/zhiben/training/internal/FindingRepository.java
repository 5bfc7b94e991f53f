package org.zhiben.training.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface FindingRepository extends JpaRepository<Finding, UUID>, JpaSpecificationExecutor<Finding> {

    java.util.Optional<Finding> findByPersonIdAndCriterionAndTypeCode(UUID personId, String criterion, String typeCode);

    java.util.List<Finding> findByPersonId(UUID personId);
}
