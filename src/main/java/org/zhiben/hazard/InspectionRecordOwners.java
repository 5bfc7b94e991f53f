package org.zhiben.hazard;

import java.util.Optional;
import java.util.UUID;

/**
 * Which enterprise an inspection record (排查记录) belongs to, so that a reported hazard can only link to one of its
 * own enterprise's records. Implemented by the inspection module, which depends on this one (not the other way
 * round); without it no link to a record is accepted.
 */
public interface InspectionRecordOwners {

    /** The enterprise of the record, empty when there is no such record. Not limited to the caller's scope. */
    Optional<UUID> enterpriseOf(UUID recordId);
}
