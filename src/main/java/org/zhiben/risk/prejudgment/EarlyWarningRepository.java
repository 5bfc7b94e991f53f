package org.zhiben.risk.prejudgment;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EarlyWarningRepository extends JpaRepository<EarlyWarning, UUID>,
        JpaSpecificationExecutor<EarlyWarning> {

    Optional<EarlyWarning> findByPrejudgmentId(UUID prejudgmentId);

    Optional<EarlyWarning> findByAlarmId(UUID alarmId);
}
