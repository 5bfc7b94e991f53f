package org.zhiben.accident.zero;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ZeroTeamRepository extends JpaRepository<ZeroTeam, UUID> {

    List<ZeroTeam> findByCampaignIdOrderByOrgKindDescOrgCodeAsc(UUID campaignId);

    Optional<ZeroTeam> findByCampaignIdAndOrgKindAndOrgCode(UUID campaignId, String orgKind, String orgCode);
}
