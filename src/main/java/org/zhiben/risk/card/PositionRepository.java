package org.zhiben.risk.card;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PositionRepository extends JpaRepository<Position, UUID> {

    List<Position> findByEnterpriseIdOrderByNameAsc(UUID enterpriseId);

    boolean existsByEnterpriseIdAndNameAndIdNot(UUID enterpriseId, String name, UUID id);
}
