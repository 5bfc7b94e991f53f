package org.zhiben.expert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An assignment of an expert to an enterprise. */
public record AssignmentView(UUID id, UUID enterpriseId, String enterpriseName, String regionCode, UUID expertId,
        String expertName, UUID expertUserId, AssignmentKind kind, String method, UUID drawId, String reason,
        LocalDate validFrom, LocalDate validUntil, String state, String findings, String conclusion, int hazardsFound,
        int majorsFound, Instant reportedAt, long version) {

    public boolean drawn() {
        return "DRAWN".equals(method);
    }

    public boolean reported() {
        return "REPORTED".equals(state);
    }

    public boolean withdrawn() {
        return "CANCELLED".equals(state);
    }
}
