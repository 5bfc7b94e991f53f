package org.zhiben.enforcement;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An enforcement inspection as recorded: the enterprise, mode (a 双随机 one names its draw), the officers (at least
 * two with a valid 执法证), the checklist template used (inspection library), the findings and the on-site measures.
 */
public record NewInspection(UUID enterpriseId, InspectionMode mode, UUID drawId, UUID templateId,
        LocalDate inspectedOn, String place, String summary, List<UUID> officerIds, List<FindingInput> findings,
        Set<OnSiteMeasure> measures, String measureNote, LocalDate rectifyDue) {

    public NewInspection {
        officerIds = officerIds == null ? List.of() : List.copyOf(officerIds);
        findings = findings == null ? List.of() : List.copyOf(findings);
        measures = measures == null ? Set.of() : Set.copyOf(measures);
    }

    /** A finding: a checklist item that failed (its content, basis and major flag are taken from the item) or free text. */
    public record FindingInput(UUID itemId, @Size(max = 2000) String description, Boolean major) {
    }
}
