package org.zhiben.campaign.routine;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaperRepository extends JpaRepository<Paper, UUID> {

    List<Paper> findByPlanId(UUID planId);

    Optional<Paper> findByPlanIdAndKindAndYear(UUID planId, PaperKind kind, int year);
}
