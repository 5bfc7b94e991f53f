package org.zhiben.risk.inventory;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnalysisObjectRepository extends JpaRepository<AnalysisObject, UUID> {

    List<AnalysisObject> findByEnterpriseIdOrderByCreatedAtAscIdAsc(UUID enterpriseId);

    Page<AnalysisObject> findByEnterpriseId(UUID enterpriseId, Pageable pageable);

    boolean existsByEnterpriseId(UUID enterpriseId);
}
