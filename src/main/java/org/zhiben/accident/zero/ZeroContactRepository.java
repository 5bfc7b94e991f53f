package org.zhiben.accident.zero;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ZeroContactRepository extends JpaRepository<ZeroContact, UUID> {

    List<ZeroContact> findByCampaignIdOrderByOrgKindDescOrgCodeAscDutyAsc(UUID campaignId);

    Optional<ZeroContact> findByCampaignIdAndOrgKindAndOrgCodeAndDuty(UUID campaignId, String orgKind, String orgCode,
            String duty);
}
