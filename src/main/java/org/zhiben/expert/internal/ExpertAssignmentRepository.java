package org.zhiben.expert.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.zhiben.expert.AssignmentKind;

public interface ExpertAssignmentRepository extends JpaRepository<ExpertAssignment, UUID>,
        JpaSpecificationExecutor<ExpertAssignment> {

    List<ExpertAssignment> findByExpertIdOrderByValidFromDescIdDesc(UUID expertId);

    /** Assignments at an enterprise not cancelled whose window contains {@code day}. */
    @Query("select a from ExpertAssignment a where a.enterpriseId = ?1 and a.state <> "
            + "org.zhiben.expert.internal.ExpertAssignment.State.CANCELLED and a.validFrom <= ?2 and a.validUntil >= ?2")
    List<ExpertAssignment> runningAt(UUID enterpriseId, LocalDate day);

    /** Experts who did a kind of assignment at an enterprise ending on or after {@code since}. */
    @Query("select distinct a.expertId from ExpertAssignment a where a.enterpriseId = ?1 and a.kind = ?2 and a.state <> "
            + "org.zhiben.expert.internal.ExpertAssignment.State.CANCELLED and a.validUntil >= ?3")
    List<UUID> expertsWith(UUID enterpriseId, AssignmentKind kind, LocalDate since);

    List<ExpertAssignment> findByExpertIdAndEnterpriseIdAndKindAndStateIn(UUID expertId, UUID enterpriseId,
            AssignmentKind kind, Collection<ExpertAssignment.State> states);

    /** Per expert: assignments, reported ones, hazards and majors found. */
    @Query("select a.expertId, count(a), sum(case when a.state = org.zhiben.expert.internal.ExpertAssignment.State.REPORTED"
            + " then 1 else 0 end), sum(a.hazardsFound), sum(a.majorsFound) from ExpertAssignment a"
            + " where a.expertId in ?1 group by a.expertId")
    List<Object[]> records(Collection<UUID> expertIds);
}
