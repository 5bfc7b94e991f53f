package org.zhiben.campaign.routine;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FilingRequirementRepository extends JpaRepository<FilingRequirement, UUID> {

    List<FilingRequirement> findByPlanIdOrderByDueDate(UUID planId);
}
