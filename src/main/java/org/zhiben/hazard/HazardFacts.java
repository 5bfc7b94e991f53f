package org.zhiben.hazard;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The facts of a hazard that statistics count, at one moment. Dates are Asia/Shanghai calendar dates; {@code sectors}
 * is the enterprise's sector codes comma-separated with leading and trailing commas (for example {@code ,03,04,});
 * {@code closedOn} is set once the hazard is closed (销号), {@code overdue} while it is open past its deadline.
 */
public record HazardFacts(UUID enterpriseId, String regionCode, String sectors, HazardLevel level,
        HazardSource source, HazardState state, LocalDate foundOn, LocalDate deadline, LocalDate closedOn,
        boolean overdue) {
}
