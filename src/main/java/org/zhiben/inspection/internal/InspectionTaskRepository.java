package org.zhiben.inspection.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Single tasks by id; lists, generation, missed marking and rates are SQL over many rows. */
public interface InspectionTaskRepository extends JpaRepository<InspectionTask, UUID> {
}
