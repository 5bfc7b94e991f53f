package org.zhiben.standardization.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.zhiben.standardization.GradingState;

public interface GradingRepository extends JpaRepository<Grading, UUID>, JpaSpecificationExecutor<Grading> {

    List<Grading> findByEnterpriseIdOrderByCreatedAtDesc(UUID enterpriseId);

    List<Grading> findByEnterpriseIdAndState(UUID enterpriseId, GradingState state);

    List<Grading> findByStateAndValidUntilBefore(GradingState state, LocalDate day);

    boolean existsByEnterpriseIdAndStateIn(UUID enterpriseId, Collection<GradingState> states);
}
