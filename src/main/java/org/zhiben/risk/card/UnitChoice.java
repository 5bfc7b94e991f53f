package org.zhiben.risk.card;

import java.util.UUID;
import org.zhiben.risk.ControlLevel;
import org.zhiben.risk.RiskLevel;

/** An analysis unit offered on the position form. */
public record UnitChoice(UUID id, String objectName, String name, ControlLevel controlLevel, RiskLevel level) {
}
