package org.zhiben.monitoring.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface MonitoringPointRepository extends JpaRepository<MonitoringPoint, UUID>,
        JpaSpecificationExecutor<MonitoringPoint> {

    List<MonitoringPoint> findByEnterpriseIdOrderByCode(UUID enterpriseId);

    List<MonitoringPoint> findByEnterpriseIdAndCodeIn(UUID enterpriseId, Collection<String> codes);

    boolean existsByEnterpriseIdAndCode(UUID enterpriseId, String code);
}
