package org.zhiben.accident.zero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.common.InvalidInputException;
import org.zhiben.directory.UnitType;

/** The unit-year's states: 创建中 → 待认定 at year end → 已认定 / 未通过, and the veto at any time. */
class ZeroUnitYearTest {

    private static final Instant NOW = Instant.parse("2021-03-01T00:00:00Z");
    private static final Set<String> STANDARD = Set.of("1.1", "1.2");

    private static ZeroUnitYear year(int year, int current) {
        ZeroUnit u = ZeroUnit.enterprise(UUID.randomUUID(), UUID.randomUUID(), "测试厂", UnitType.FACTORY_MINE,
                "990101100201", Set.of("03"), false, LocalDate.of(2019, 12, 31), NOW);
        return ZeroUnitYear.of(u, year, current, NOW);
    }

    private static Map<String, Boolean> all(boolean value) {
        Map<String, Boolean> m = new LinkedHashMap<>();
        STANDARD.forEach(c -> m.put(c, value));
        return m;
    }

    @Test
    void aYearRunsUntilItEndsAndIsThenPending() {
        ZeroUnitYear y = year(2021, 2021);
        assertThat(y.getState()).isEqualTo(UnitYearState.CREATING);
        assertThat(y.endYear(2021)).isFalse();
        assertThatThrownBy(() -> y.decide(true, all(true), Map.of(), null, STANDARD, null, "县", NOW, 2021))
                .isInstanceOf(InvalidInputException.class);
        assertThat(y.endYear(2022)).isTrue();
        assertThat(y.getState()).isEqualTo(UnitYearState.PENDING);
        assertThat(year(2020, 2021).getState()).isEqualTo(UnitYearState.PENDING);
    }

    @Test
    void recognitionNeedsEveryItemMetAndNoVeto() {
        ZeroUnitYear y = year(2020, 2021);
        Map<String, Boolean> one = Map.of("1.1", true);
        assertThatThrownBy(() -> y.decide(true, one, Map.of(), null, STANDARD, null, "县", NOW, 2021))
                .isInstanceOf(InvalidInputException.class);
        Map<String, Boolean> notMet = all(true);
        notMet.put("1.2", false);
        assertThatThrownBy(() -> y.decide(true, notMet, Map.of(), null, STANDARD, null, "县", NOW, 2021))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> y.decide(false, notMet, Map.of(), " ", STANDARD, null, "县", NOW, 2021))
                .isInstanceOf(InvalidInputException.class);
        y.decide(true, all(true), Map.of(), "资料齐全", STANDARD, null, "县", NOW, 2021);
        assertThat(y.getState()).isEqualTo(UnitYearState.RECOGNISED);
        assertThatThrownBy(() -> y.decide(false, all(true), Map.of(), "再议", STANDARD, null, "县", NOW, 2021))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aVetoBarsRecognitionAndUndoesOneAlreadyGiven() {
        ZeroUnitYear vetoed = year(2020, 2021);
        UUID accident = UUID.randomUUID();
        assertThat(vetoed.veto(accident, "事故", NOW)).isTrue();
        assertThat(vetoed.veto(UUID.randomUUID(), "第二起", NOW)).isFalse();
        assertThat(vetoed.getVetoAccidentId()).isEqualTo(accident);
        assertThatThrownBy(() -> vetoed.decide(true, all(true), Map.of(), null, STANDARD, null, "县", NOW, 2021))
                .isInstanceOf(InvalidInputException.class);
        vetoed.decide(false, all(true), Map.of(), null, STANDARD, null, "县", NOW, 2021);
        assertThat(vetoed.getState()).isEqualTo(UnitYearState.FAILED);
        assertThat(vetoed.getDecisionNote()).isEqualTo("一票否决");

        ZeroUnitYear recognised = year(2020, 2021);
        recognised.decide(true, all(true), Map.of(), null, STANDARD, null, "县", NOW, 2021);
        recognised.veto(accident, "瞒报事故后查实", NOW);
        assertThat(recognised.getState()).isEqualTo(UnitYearState.FAILED);
        assertThat(recognised.getDecisionNote()).startsWith("认定后发生事故,一票否决");
    }
}
