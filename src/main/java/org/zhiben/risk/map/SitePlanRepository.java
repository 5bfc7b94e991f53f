package org.zhiben.risk.map;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SitePlanRepository extends JpaRepository<SitePlan, UUID> {

    List<SitePlan> findByEnterpriseIdOrderByCreatedAtAscIdAsc(UUID enterpriseId);

    boolean existsByEnterpriseId(UUID enterpriseId);
}
