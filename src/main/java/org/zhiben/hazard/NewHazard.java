package org.zhiben.hazard;

import java.util.List;
import java.util.UUID;

/**
 * A hazard as another module reports it (an inspection finding, say). Links to the risk inventory and the inspection
 * record are optional; {@code photoKeys} are {@link org.zhiben.common.FileStore} keys of images already stored and
 * checked by the caller. {@code proposedLevel} is what the finder proposes; the enterprise confirms the level.
 */
public record NewHazard(UUID enterpriseId, HazardSource source, HazardLevel proposedLevel, HazardType type,
        String factorCode, String accidentType, String description, String location, UUID unitId, UUID measureId,
        UUID inspectionRecordId, List<String> photoKeys) {

    public NewHazard {
        photoKeys = photoKeys == null ? List.of() : List.copyOf(photoKeys);
    }
}
