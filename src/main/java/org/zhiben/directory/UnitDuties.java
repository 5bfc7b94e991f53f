package org.zhiben.directory;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhiben.common.InvalidInputException;

/**
 * The one place that says which unit types owe the {@link Duty enterprise duties}: the 生产经营单位 among the eleven
 * types, by default every type except 村(社区), 学校(含幼儿园), 医院 and 宗教场所 (其它 counts as a business, as most
 * units registered under it are). Configurable with {@code zhiben.duties.production-unit-types}; see
 * docs/obligations.md.
 */
@Component
public class UnitDuties {

    private final EnumSet<UnitType> productionUnits;

    UnitDuties(@Value("${zhiben.duties.production-unit-types:FACTORY_MINE,MARKET,SCENIC_AREA,STATION,AIRPORT,"
            + "BUSINESS_OUTLET,OTHER}") Set<UnitType> productionUnits) {
        this.productionUnits = productionUnits.isEmpty() ? EnumSet.noneOf(UnitType.class)
                : EnumSet.copyOf(productionUnits);
    }

    public boolean owes(UnitType type, Duty duty) {
        return productionUnits.contains(type);
    }

    /** The unit types that owe {@code duty}. */
    public Set<UnitType> owing(Duty duty) {
        return EnumSet.copyOf(productionUnits);
    }

    /** Refuses, with a field error on {@code field}, a duty this unit type does not owe. */
    public void require(UnitType type, Duty duty, String field) {
        if (!owes(type, duty)) {
            throw new InvalidInputException(field, duty.label() + "适用于生产经营单位," + type.label() + "不适用");
        }
    }
}
