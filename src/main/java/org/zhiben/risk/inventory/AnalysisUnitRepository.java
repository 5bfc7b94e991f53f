package org.zhiben.risk.inventory;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AnalysisUnitRepository extends JpaRepository<AnalysisUnit, UUID>,
        JpaSpecificationExecutor<AnalysisUnit> {

    Page<AnalysisUnit> findByEnterpriseId(UUID enterpriseId, Pageable pageable);

    Page<AnalysisUnit> findByObjectId(UUID objectId, Pageable pageable);
}
