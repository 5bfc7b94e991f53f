package org.zhiben.risk.inventory;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RiskEventRepository extends JpaRepository<RiskEvent, UUID> {

    Page<RiskEvent> findByEnterpriseId(UUID enterpriseId, Pageable pageable);

    Page<RiskEvent> findByUnitId(UUID unitId, Pageable pageable);
}
