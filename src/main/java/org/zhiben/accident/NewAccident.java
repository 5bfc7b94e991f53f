package org.zhiben.accident;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A first report. Either {@code enterpriseId} (a registered enterprise; region and sectors are copied from it) or,
 * for a unit outside the registry, {@code regionCode}, {@code unitName} and {@code sectors}. {@code firstReportedAt}
 * defaults to now (the moment the platform receives the report). {@code productionSafety}: 生产安全事故 (true) or
 * another safety accident. Category: {@code categoryScheme} (default GB6441-1986) and {@code categoryCode}.
 */
public record NewAccident(UUID enterpriseId, String regionCode, String unitName, Set<String> sectors, String place,
        Instant occurredAt, Instant knownAt, Instant firstReportedAt, String categoryScheme, String categoryCode,
        Boolean productionSafety, SpecialKind specialKind, Integer deaths, Integer missing, Integer seriousInjuries,
        BigDecimal directLossYuan, String summary, String cause) {

    public NewAccident {
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
    }
}
