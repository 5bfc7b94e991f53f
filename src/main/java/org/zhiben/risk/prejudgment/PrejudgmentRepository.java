package org.zhiben.risk.prejudgment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PrejudgmentRepository extends JpaRepository<Prejudgment, UUID> {

    Optional<Prejudgment> findByKindAndSubjectKeyAndPeriod(PrejudgmentKind kind, String subjectKey, String period);

    List<Prejudgment> findByEnterpriseIdAndKindAndPeriodIn(UUID enterpriseId, PrejudgmentKind kind,
            Collection<String> periods);

    List<Prejudgment> findByKindAndPeriodAndEnterpriseIdIn(PrejudgmentKind kind, String period,
            Collection<UUID> enterpriseIds);

    List<Prejudgment> findByKindAndRegionCodeAndPeriodIn(PrejudgmentKind kind, String regionCode,
            Collection<String> periods);

    List<Prejudgment> findByEnterpriseIdOrderByPeriodStartDescJudgedAtDesc(UUID enterpriseId, Pageable pageable);

    List<Prejudgment> findByEnterpriseIdIsNullAndRegionCodeInOrderByPeriodStartDescJudgedAtDesc(
            Collection<String> regionCodes, Pageable pageable);
}
