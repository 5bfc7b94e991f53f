package org.zhiben.hazard.workflow;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardType;
import org.zhiben.hazard.ManageType;

/**
 * A hazard as reported on the form or the API. With {@code manageType} 即查即改 the hazard was fixed on the spot:
 * before and after photos and what was done ({@code rectification}) are then required and it is closed at once.
 * Photos are keys answered by the photo upload.
 */
public record NewReport(UUID enterpriseId, HazardSource source, HazardLevel proposedLevel, HazardType type,
        String factorCode, String accidentType, String description, String cause, String location, UUID unitId,
        UUID measureId, UUID inspectionRecordId, ManageType manageType, List<String> beforePhotos,
        List<String> afterPhotos, String rectification, BigDecimal cost) {

    public NewReport {
        beforePhotos = beforePhotos == null ? List.of() : List.copyOf(beforePhotos);
        afterPhotos = afterPhotos == null ? List.of() : List.copyOf(afterPhotos);
    }
}
