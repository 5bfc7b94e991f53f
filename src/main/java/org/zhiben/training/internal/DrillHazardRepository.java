package org.zhiben.training.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DrillHazardRepository extends JpaRepository<DrillHazard, UUID> {

    Optional<DrillHazard> findByDrillIdAndItemNo(UUID drillId, int itemNo);

    List<DrillHazard> findByDrillIdIn(Collection<UUID> drillIds);
}
