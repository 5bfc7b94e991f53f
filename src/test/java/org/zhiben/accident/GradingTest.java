package org.zhiben.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.accident.AccidentGrade.EXTRAORDINARY;
import static org.zhiben.accident.AccidentGrade.GENERAL;
import static org.zhiben.accident.AccidentGrade.LARGE;
import static org.zhiben.accident.AccidentGrade.MAJOR;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhiben.common.InvalidInputException;

/** 493号令 第三条, every bound just below and at it ("以上"包括本数,"以下"不包括本数). */
class GradingTest {

    private static Casualties deaths(int n) {
        return new Casualties(n, 0, 0, BigDecimal.ZERO);
    }

    @ParameterizedTest
    @CsvSource({"0, GENERAL", "2, GENERAL", "3, LARGE", "9, LARGE", "10, MAJOR", "29, MAJOR", "30, EXTRAORDINARY",
        "31, EXTRAORDINARY"})
    void deathBounds(int deaths, AccidentGrade expected) {
        assertThat(Grading.grade(deaths(deaths))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, GENERAL", "9, GENERAL", "10, LARGE", "49, LARGE", "50, MAJOR", "99, MAJOR", "100, EXTRAORDINARY"})
    void seriousInjuryBounds(int injuries, AccidentGrade expected) {
        assertThat(Grading.grade(new Casualties(0, 0, injuries, BigDecimal.ZERO))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"9999999.99, GENERAL", "10000000, LARGE", "49999999.99, LARGE", "50000000, MAJOR",
        "99999999.99, MAJOR", "100000000, EXTRAORDINARY", "100000000.00, EXTRAORDINARY"})
    void lossBounds(String yuan, AccidentGrade expected) {
        assertThat(Grading.grade(new Casualties(0, 0, 0, new BigDecimal(yuan)))).isEqualTo(expected);
    }

    @Test
    void missingCountAsDeaths() {
        assertThat(Grading.grade(new Casualties(2, 0, 0, BigDecimal.ZERO))).isEqualTo(GENERAL);
        assertThat(Grading.grade(new Casualties(2, 1, 0, BigDecimal.ZERO))).isEqualTo(LARGE);
        assertThat(Grading.grade(new Casualties(0, 3, 0, BigDecimal.ZERO))).isEqualTo(LARGE);
        assertThat(Grading.grade(new Casualties(9, 1, 0, BigDecimal.ZERO))).isEqualTo(MAJOR);
        assertThat(Grading.grade(new Casualties(20, 10, 0, BigDecimal.ZERO))).isEqualTo(EXTRAORDINARY);
        assertThat(Grading.grade(new Casualties(20, 9, 0, BigDecimal.ZERO))).isEqualTo(MAJOR);
    }

    @Test
    void highestCriterionWins() {
        Grading.Result byLoss = Grading.of(new Casualties(1, 0, 12, new BigDecimal("60000000")));
        assertThat(byLoss.grade()).isEqualTo(MAJOR);
        assertThat(byLoss.criterion()).isEqualTo(Grading.Criterion.DIRECT_LOSS);

        Grading.Result byInjuries = Grading.of(new Casualties(3, 0, 100, new BigDecimal("60000000")));
        assertThat(byInjuries.grade()).isEqualTo(EXTRAORDINARY);
        assertThat(byInjuries.criterion()).isEqualTo(Grading.Criterion.SERIOUS_INJURIES);

        Grading.Result byDeaths = Grading.of(new Casualties(10, 0, 10, new BigDecimal("10000000")));
        assertThat(byDeaths.grade()).isEqualTo(MAJOR);
        assertThat(byDeaths.criterion()).isEqualTo(Grading.Criterion.DEATHS);
        assertThat(byDeaths.basis()).contains("10人").contains("重大事故");

        Grading.Result general = Grading.of(new Casualties(2, 0, 9, new BigDecimal("9999999")));
        assertThat(general.grade()).isEqualTo(GENERAL);
        assertThat(general.criterion()).isEqualTo(Grading.Criterion.ALL);
    }

    @Test
    void negativeFiguresAreRefused() {
        assertThatThrownBy(() -> new Casualties(-1, 0, 0, BigDecimal.ZERO)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Casualties(0, -1, 0, BigDecimal.ZERO)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Casualties(0, 0, -1, BigDecimal.ZERO)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Casualties(0, 0, 0, new BigDecimal("-0.01")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Casualties(0, 0, 0, null)).isInstanceOf(InvalidInputException.class);
    }
}
