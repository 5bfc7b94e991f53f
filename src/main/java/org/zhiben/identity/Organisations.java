package org.zhiben.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Port to the organisation directory (implemented by the directory module, so identity does not depend on it).
 */
public interface Organisations {

    /** The sectors a department supervises, or empty when it supervises all (a comprehensive department). */
    Optional<Set<String>> sectorLimitOf(UUID departmentId);

    boolean departmentExists(UUID departmentId);

    boolean enterpriseExists(UUID enterpriseId);

    boolean regionExists(String regionCode);

    Optional<String> enterpriseName(UUID enterpriseId);

    /** The enterprise registered under a USCC, for binding enterprise accounts by the code people know. */
    Optional<UUID> enterpriseByUscc(String uscc);

    Optional<String> usccOf(UUID enterpriseId);

    /** Departments to offer when binding an official, as id → region name · department name. */
    List<Option> departments();

    record Option(UUID id, String label) {
    }
}
