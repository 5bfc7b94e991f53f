package org.zhiben.campaign.routine;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, UUID> {

    List<Meeting> findByPlanIdOrderByPeriodDesc(UUID planId);

    boolean existsByPlanIdAndPeriod(UUID planId, String period);
}
