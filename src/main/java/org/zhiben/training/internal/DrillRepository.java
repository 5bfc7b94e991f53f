package org.zhiben.training.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface DrillRepository extends JpaRepository<Drill, UUID>, JpaSpecificationExecutor<Drill> {

    java.util.List<Drill> findByEnterpriseIdAndHeldOnBetween(UUID enterpriseId, java.time.LocalDate from, java.time.LocalDate to);

    java.util.List<Drill> findByEnterpriseIdOrderByHeldOnDesc(UUID enterpriseId);
}
