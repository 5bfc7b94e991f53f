package org.zhiben.risk.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnalysisUnitRepository extends JpaRepository<AnalysisUnit, UUID> {

    Page<AnalysisUnit> findByEnterpriseId(UUID enterpriseId, Pageable pageable);

    Page<AnalysisUnit> findByObjectId(UUID objectId, Pageable pageable);

    List<AnalysisUnit> findByEnterpriseIdAndReassessmentDueLessThanEqualOrderByReassessmentDueAscIdAsc(
            UUID enterpriseId, LocalDate day);

    /** Region range of a jurisdiction ({@code low}..{@code high}, as the index on region code and due date serves). */
    List<AnalysisUnit> findByRegionCodeBetweenAndReassessmentDueLessThanEqualOrderByReassessmentDueAscIdAsc(
            String low, String high, LocalDate day);
}
