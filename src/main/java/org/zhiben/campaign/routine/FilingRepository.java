package org.zhiben.campaign.routine;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FilingRepository extends JpaRepository<Filing, UUID> {

    List<Filing> findByRequirementIdOrderBySubmittedAt(UUID requirementId);
}
