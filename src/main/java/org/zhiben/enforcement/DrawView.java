package org.zhiben.enforcement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A draw as published (公示): what anyone may see and needs to re-run it — seed, the candidate lists in canonical order,
 * the exclusions with their reasons and the result. Officers are shown by name and 执法证 number, as on the 公示;
 * enterprises by name and USCC; no other personal data. {@code reproduced} says whether re-running {@link
 * org.zhiben.common.SeededDraw} over the stored lists gives the stored result. {@code planId} and {@code category}:
 * the annual plan the draw was made under and the supervision category it drew for, when it names one.
 */
@Schema(name = "EnforcementDrawView") // enforcement and expert both publish a DrawView
public record DrawView(UUID id, String title, String regionCode, String regionName, String itemCode, String itemName,
        String itemBasis, String seed, int enterpriseCount, int officerCount, Instant drawnAt,
        List<Candidate> enterpriseCandidates, List<Candidate> officerCandidates, List<Exclusion> exclusions,
        List<Candidate> drawnEnterprises, List<Candidate> drawnOfficers, boolean reproduced, UUID planId,
        SupervisionCategory category) {

    /** A candidate: id, name, and its public code (USCC for an enterprise, 执法证 number for an officer). */
    public record Candidate(UUID id, String name, String code) {
    }

    /** A candidate left out before the draw, and why; {@code detail} is shown to officials only. */
    public record Exclusion(String kind, UUID id, String name, String reason, String detail) {
    }
}
