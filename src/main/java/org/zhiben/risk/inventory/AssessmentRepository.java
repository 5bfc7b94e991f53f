package org.zhiben.risk.inventory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Append-only: save and read, no update or delete. */
public interface AssessmentRepository extends Repository<Assessment, UUID> {

    Assessment save(Assessment assessment);

    Optional<Assessment> findById(UUID id);

    List<Assessment> findByEventIdOrderByAssessedAtDescIdDesc(UUID eventId);

    boolean existsByEventId(UUID eventId);
}
