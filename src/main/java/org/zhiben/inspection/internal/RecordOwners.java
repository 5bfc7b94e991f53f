package org.zhiben.inspection.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.hazard.InspectionRecordOwners;

/** Tells the hazard module which enterprise an inspection record belongs to, for the links of reported hazards. */
@Component
class RecordOwners implements InspectionRecordOwners {

    private final InspectionRecordRepository records;

    RecordOwners(InspectionRecordRepository records) {
        this.records = records;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> enterpriseOf(UUID recordId) {
        return recordId == null ? Optional.empty() : records.findById(recordId).map(InspectionRecord::getEnterpriseId);
    }
}
