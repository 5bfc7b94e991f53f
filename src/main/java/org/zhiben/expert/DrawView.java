package org.zhiben.expert;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recorded draw: repeat it with {@code SeededDraw.draw(seed, candidates, 1)} over the candidates in this order.
 * {@code exclusions} are the experts left out, each with why.
 */
@Schema(name = "ExpertDrawView") // enforcement and expert both publish a DrawView
public record DrawView(UUID id, AssignmentKind kind, UUID enterpriseId, String seed, List<UUID> candidates,
        List<Exclusion> exclusions, UUID drawnExpertId, Instant drawnAt) {

    public record Exclusion(UUID expertId, String expertName, String reason) {
    }
}
