package org.zhiben.risk.majorsource;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MajorHazardSourceRepository extends JpaRepository<MajorHazardSource, UUID> {

    Optional<MajorHazardSource> findByUnitId(UUID unitId);

    List<MajorHazardSource> findByEnterpriseIdOrderByCreatedAtAscIdAsc(UUID enterpriseId);
}
