package org.zhiben.inspection.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Single schedules by id; the generator and the measure sync work on schedules with SQL. */
public interface InspectionScheduleRepository extends JpaRepository<InspectionSchedule, UUID> {
}
