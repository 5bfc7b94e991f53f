package org.zhiben.campaign.duty;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LeaderDutyRepository extends JpaRepository<LeaderDuty, UUID> {

    List<LeaderDuty> findByPlanIdOrderByLeaderNameAscEnterpriseNameAsc(UUID planId);

    boolean existsByPlanIdAndKindAndLeaderUserIdAndEnterpriseId(UUID planId, DutyKind kind, UUID leader,
            UUID enterprise);
}
