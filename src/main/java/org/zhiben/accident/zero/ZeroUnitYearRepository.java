package org.zhiben.accident.zero;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ZeroUnitYearRepository extends JpaRepository<ZeroUnitYear, UUID> {

    List<ZeroUnitYear> findByUnitIdOrderByYear(UUID unitId);

    List<ZeroUnitYear> findByVetoAccidentId(UUID accidentId);

    List<ZeroUnitYear> findByCampaignIdAndYearAndState(UUID campaignId, int year, UnitYearState state);
}
