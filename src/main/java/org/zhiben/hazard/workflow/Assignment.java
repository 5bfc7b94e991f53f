package org.zhiben.hazard.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.zhiben.hazard.HazardLevel;

/**
 * What confirmation sets: the level and the 五定 (责任人 with an optional account of the enterprise, 措施, 资金,
 * 时限, 预案).
 */
@NamedInterface(name = "workflow", propagate = false)
public record Assignment(HazardLevel level, LocalDate deadline, UUID responsibleUserId, String responsibleName,
        String responsiblePhone, String measures, BigDecimal funds, String contingency) {
}
