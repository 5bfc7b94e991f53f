package org.zhiben.monitoring.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.zhiben.monitoring.MonitoredKind;

public interface MonitoringDutyRepository extends JpaRepository<MonitoringDuty, UUID> {

    List<MonitoringDuty> findByEnterpriseId(UUID enterpriseId);

    boolean existsByEnterpriseIdAndKind(UUID enterpriseId, MonitoredKind kind);
}
