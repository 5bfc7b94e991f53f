package org.zhiben.risk.inventory;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ControlMeasureRepository extends JpaRepository<ControlMeasure, UUID> {

    Page<ControlMeasure> findByEnterpriseId(UUID enterpriseId, Pageable pageable);

    Page<ControlMeasure> findByEventId(UUID eventId, Pageable pageable);
}
