package org.zhiben.tip.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InternalRewardRepository extends JpaRepository<InternalReward, UUID> {

    List<InternalReward> findByEnterpriseIdOrderByGrantedOnDesc(UUID enterpriseId);
}
