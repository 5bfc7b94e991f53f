package org.zhiben.hazard;

import java.util.UUID;

/**
 * The hazard module's entry for other modules. {@link #report} joins the caller's transaction, so an inspection record
 * and the hazards it finds are written together or not at all; the reporter is the current user, whose scope must
 * cover the enterprise.
 */
public interface HazardReporting {

    /** Records a hazard in state REPORTED and answers its id. */
    UUID report(NewHazard hazard);
}
