package org.zhiben.accident.zero;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ZeroUnitRepository extends JpaRepository<ZeroUnit, UUID> {

    List<ZeroUnit> findByCampaignId(UUID campaignId);
}
