package org.zhiben.accident.zero;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ZeroCampaignRepository extends JpaRepository<ZeroCampaign, UUID>, JpaSpecificationExecutor<ZeroCampaign> {
}
