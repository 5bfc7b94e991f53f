package org.zhiben.accident.followup;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface FollowUpRepository extends JpaRepository<AccidentFollowUp, UUID> {

    Optional<AccidentFollowUp> findByAccidentId(UUID accidentId);
}

interface MeasureRepository extends JpaRepository<PreventiveMeasure, UUID> {

    List<PreventiveMeasure> findByAccidentIdOrderBySeq(UUID accidentId);
}

interface AnalogyCheckRepository extends JpaRepository<AnalogyCheck, UUID>, JpaSpecificationExecutor<AnalogyCheck> {
}

interface BlacklistRepository extends JpaRepository<BlacklistEntry, UUID>, JpaSpecificationExecutor<BlacklistEntry> {

    Optional<BlacklistEntry> findByAccidentId(UUID accidentId);
}
