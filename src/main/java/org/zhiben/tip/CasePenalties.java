package org.zhiben.tip;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * The penalty decided in an enforcement case, for the reward of the tip that led to it. The enforcement module
 * implements it; until then (or for a case handled outside the platform) the handler records the case number and the
 * decided fine by hand on the tip.
 */
public interface CasePenalties {

    /** The case's number and decided fine, if the case exists and the current user may see it. */
    Optional<CasePenalty> find(UUID caseId);

    /** A case as the reward needs it. */
    /** A case: its number (the decision's), the fine once decided, and the enterprise it is against. */
    record CasePenalty(UUID caseId, String caseNo, BigDecimal penaltyYuan, boolean decided, UUID enterpriseId) {
    }
}
