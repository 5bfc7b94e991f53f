package org.zhiben.monitoring.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.zhiben.monitoring.AlarmState;

public interface MonitoringAlarmRepository extends JpaRepository<MonitoringAlarm, UUID>,
        JpaSpecificationExecutor<MonitoringAlarm> {

    Optional<MonitoringAlarm> findByOpenKeyAndKind(UUID openKey, String kind);

    List<MonitoringAlarm> findByOpenKeyInAndKind(Collection<UUID> openKeys, String kind);

    List<MonitoringAlarm> findByStateInAndEscalatedAtIsNullAndRaisedAtLessThanEqual(Collection<AlarmState> states,
            Instant raisedBefore);
}
