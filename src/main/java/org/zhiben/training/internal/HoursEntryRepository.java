package org.zhiben.training.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface HoursEntryRepository extends JpaRepository<HoursEntry, UUID>, JpaSpecificationExecutor<HoursEntry> {

    java.util.List<HoursEntry> findByPersonIdOrderByTakenOnDesc(UUID personId);

    boolean existsBySessionIdAndPersonId(UUID sessionId, UUID personId);

    java.util.List<HoursEntry> findBySessionId(UUID sessionId);
}
