package org.zhiben.campaign.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TaskRepository extends JpaRepository<CampaignTask, UUID> {

    List<CampaignTask> findByPlanIdOrderByCreatedAt(UUID planId);

    List<CampaignTask> findByPlanIdIn(Collection<UUID> planIds);

    List<CampaignTask> findByImplementsIdIn(Collection<UUID> ids);

    boolean existsByPlanIdAndTaskNo(UUID planId, String taskNo);

    @Query("select distinct t from CampaignTask t join t.units u where u.kind = org.zhiben.campaign.UnitKind.ENTERPRISE and u.ref = ?1")
    List<CampaignTask> findByEnterpriseUnit(String enterpriseId);

    @Query("select count(u) > 0 from CampaignTask t join t.units u where u.kind = org.zhiben.campaign.UnitKind.ENTERPRISE and u.ref = ?1")
    boolean existsByEnterpriseUnit(String enterpriseId);

    @Query("select t.id from CampaignTask t where t.state <> org.zhiben.campaign.TaskState.COMPLETED or t.completedBy <> 'OFFICE'")
    List<UUID> findOpenIds();
}
