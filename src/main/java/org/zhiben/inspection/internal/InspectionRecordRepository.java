package org.zhiben.inspection.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionRecordRepository extends JpaRepository<InspectionRecord, UUID> {
}
