package org.zhiben.hazard;

import java.util.Set;
import java.util.UUID;

/**
 * The hazard module's entry for other modules. Both methods join the caller's transaction, so an inspection record
 * and the hazards it finds are written together or not at all; the reporter is the current user.
 */
public interface HazardReporting {

    /** Records a hazard in state REPORTED and answers its id; the current user's scope must cover the enterprise. */
    UUID report(NewHazard hazard);

    /**
     * Records an expert's finding of a 体检式精查 (source EXPERT_REVIEW). Experts have no jurisdiction of their own: the
     * calling module has checked that the current user, an expert, is assigned to this enterprise, and passes the
     * enterprise's facts from that assignment.
     */
    UUID reportForAssignedExpert(NewHazard hazard, AssignedEnterprise enterprise);

    /** The enterprise an expert was sent to, as the assignment recorded it. */
    record AssignedEnterprise(UUID id, String name, String regionCode, Set<String> sectors) {

        public AssignedEnterprise {
            sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        }
    }
}
