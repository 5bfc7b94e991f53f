package org.zhiben.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhiben.common.InvalidInputException;

/** Which of the eleven unit types owe the enterprise duties: the 生产经营单位, by default all but four. */
class UnitDutiesTest {

    static final Set<UnitType> DEFAULT = EnumSet.of(UnitType.FACTORY_MINE, UnitType.MARKET, UnitType.SCENIC_AREA,
            UnitType.STATION, UnitType.AIRPORT, UnitType.BUSINESS_OUTLET, UnitType.OTHER);

    @Test
    void villagesSchoolsHospitalsAndReligiousSitesOweNoneOfThem() {
        UnitDuties duties = new UnitDuties(DEFAULT);
        for (Duty duty : Duty.values()) {
            assertThat(duties.owing(duty)).isEqualTo(DEFAULT);
            for (UnitType type : UnitType.values()) {
                assertThat(duties.owes(type, duty)).as(type + " " + duty).isEqualTo(DEFAULT.contains(type));
            }
        }
        assertThatThrownBy(() -> duties.require(UnitType.RELIGIOUS_SITE, Duty.STATISTICS_SIGNOFF, "period"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("隐患排查治理统计分析表签字适用于生产经营单位,宗教场所不适用");
        duties.require(UnitType.FACTORY_MINE, Duty.STATISTICS_SIGNOFF, "period");
    }

    @Test
    void theListIsConfigurable() {
        UnitDuties onlyFactories = new UnitDuties(EnumSet.of(UnitType.FACTORY_MINE));
        assertThat(onlyFactories.owes(UnitType.OTHER, Duty.WEEKLY_PREJUDGMENT)).isFalse();
        assertThat(new UnitDuties(Set.of()).owing(Duty.INSPECTION_PLANS)).isEmpty();
    }
}
