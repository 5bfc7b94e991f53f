package org.zhiben.hazard.workflow;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardState;
import org.zhiben.hazard.HazardType;

/**
 * A hazard as other modules read it: what it is, where it stands, and the {@code version} a command must name.
 * {@code backdated}: 补录, reported later than found.
 */
@NamedInterface(name = "workflow", propagate = false)
public record HazardView(UUID id, long version, UUID enterpriseId, String enterpriseName, String description,
        HazardSource source, HazardType type, HazardLevel level, HazardState state, LocalDate foundOn,
        boolean backdated, LocalDate deadline, boolean overdue, boolean supervised, LocalDate closedOn) {

    static HazardView of(Hazard h) {
        return new HazardView(h.getId(), h.getVersion(), h.getEnterpriseId(), h.getEnterpriseName(),
                h.getDescription(), h.getSource(), h.getType(), h.getLevel(), h.getState(), h.getFoundOn(),
                h.isBackdated(), h.getDeadline(), h.isOverdue(), h.isSupervised(), h.getClosedOn());
    }
}
