package org.zhiben.risk.card;

import java.util.List;
import java.util.UUID;
import org.zhiben.risk.RiskLevel;

/** A position in the list of an enterprise's positions. */
public record PositionSummary(UUID id, String name, List<String> unitNames, RiskLevel level, long version) {
}
