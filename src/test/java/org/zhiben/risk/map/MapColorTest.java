package org.zhiben.risk.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhiben.risk.RiskLevel;

class MapColorTest {

    @Test
    void eachLevelHasItsColourAndUnassessedIsGrey() {
        assertThat(MapColor.of(RiskLevel.MAJOR)).isEqualTo("#dc3545");
        assertThat(MapColor.of(RiskLevel.LARGE)).isEqualTo("#fd7e14");
        assertThat(MapColor.of(RiskLevel.GENERAL)).isEqualTo("#ffc107");
        assertThat(MapColor.of(RiskLevel.LOW)).isEqualTo("#0d6efd");
        assertThat(MapColor.of(null)).isEqualTo("#adb5bd");
    }
}
