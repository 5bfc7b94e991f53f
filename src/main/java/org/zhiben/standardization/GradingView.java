package org.zhiben.standardization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.zhiben.directory.StandardizationGrade;

/** A grading as pages and the API show it; {@code regradingDue}: certified and within the notice of its last day. */
public record GradingView(UUID id, UUID enterpriseId, String enterpriseName, String regionCode,
        StandardizationGrade level, GradingState state, Map<String, Integer> scores, int selfScore,
        Instant appliedAt, Instant acceptedAt, UUID reviewAssignmentId, Integer reviewScore, String reviewOpinion,
        Instant approvedAt, Instant announcedAt, String certificateNo, LocalDate validFrom, LocalDate validUntil,
        String closedReason, boolean reviewFlagged, String flagReason, boolean regradingDue, long version) {
}
