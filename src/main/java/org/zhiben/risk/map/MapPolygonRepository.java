package org.zhiben.risk.map;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MapPolygonRepository extends JpaRepository<MapPolygon, UUID> {

    List<MapPolygon> findByPlanIdOrderByCreatedAtAscIdAsc(UUID planId);

    Optional<MapPolygon> findByPlanIdAndUnitId(UUID planId, UUID unitId);
}
