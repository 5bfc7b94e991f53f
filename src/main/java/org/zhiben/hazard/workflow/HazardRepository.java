package org.zhiben.hazard.workflow;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardState;

interface HazardRepository extends JpaRepository<Hazard, UUID>, JpaSpecificationExecutor<Hazard> {

    List<Hazard> findByEnterpriseIdOrderByFoundAtDesc(UUID enterpriseId, Pageable page);

    long countByEnterpriseIdAndStateIn(UUID enterpriseId, Collection<HazardState> states);

    @Query("select h.id from Hazard h where h.state in :states and h.overdue = false and h.terms.deadline >= :from and h.terms.deadline <= :to")
    List<UUID> dueSoon(Collection<HazardState> states, LocalDate from, LocalDate to);

    @Query("select h.id from Hazard h where h.state in :states and h.overdue = false and h.terms.deadline < :today")
    List<UUID> newlyOverdue(Collection<HazardState> states, LocalDate today);

    @Query("select h.id from Hazard h where h.level = :level and h.overdue = true and h.state in :states")
    List<UUID> overdueOfLevel(HazardLevel level, Collection<HazardState> states);
}
