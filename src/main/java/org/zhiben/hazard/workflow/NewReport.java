package org.zhiben.hazard.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardType;
import org.zhiben.hazard.ManageType;

/**
 * A hazard as reported on the form or the API. With {@code manageType} 即查即改 the hazard was fixed on the spot:
 * before and after photos and what was done ({@code rectification}) are then required and it is closed at once.
 * Photos are keys answered by the photo upload. {@code foundOn} (optional, Asia/Shanghai date) back-dates the report
 * (补录 of a paper or spreadsheet ledger): principal, safety manager or official only, not in the future, not before
 * 2000-01-01; without it the hazard is found now.
 */
@NamedInterface(name = "workflow", propagate = false)
public record NewReport(UUID enterpriseId, HazardSource source, HazardLevel proposedLevel, HazardType type,
        String factorCode, String accidentType, String description, String cause, String location, UUID unitId,
        UUID measureId, UUID inspectionRecordId, ManageType manageType, List<String> beforePhotos,
        List<String> afterPhotos, String rectification, BigDecimal cost, LocalDate foundOn) {

    /** The earliest date a hazard may be back-dated to. */
    public static final LocalDate EARLIEST_FOUND_ON = LocalDate.of(2000, 1, 1);

    public NewReport {
        beforePhotos = beforePhotos == null ? List.of() : List.copyOf(beforePhotos);
        afterPhotos = afterPhotos == null ? List.of() : List.copyOf(afterPhotos);
    }
}
