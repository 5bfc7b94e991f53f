package org.zhiben.tip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.zhiben.common.InvalidInputException;

/** DOMAIN §8 figures, bounds included. */
class RewardsTest {

    private static BigDecimal fine(String yuan, RewardKind kind) {
        return Rewards.calculate(kind, new BigDecimal(yuan), null, null).amountYuan();
    }

    @Test
    void fifteenPercentWithTheMinimumAndTheMaximum() {
        assertThat(fine("10000", RewardKind.MAJOR_HAZARD)).isEqualByComparingTo("3000");
        assertThat(fine("0", RewardKind.MAJOR_HAZARD)).isEqualByComparingTo("3000");
        assertThat(fine("19999.99", RewardKind.ILLEGAL_OPERATION)).isEqualByComparingTo("3000");
        assertThat(fine("20000", RewardKind.ILLEGAL_OPERATION)).isEqualByComparingTo("3000");
        assertThat(fine("20001", RewardKind.ILLEGAL_OPERATION)).isEqualByComparingTo("3000.15");
        assertThat(fine("100000", RewardKind.MAJOR_HAZARD)).isEqualByComparingTo("15000");
        assertThat(fine("1999999.99", RewardKind.MAJOR_HAZARD)).isEqualByComparingTo("300000.00");
        assertThat(fine("2000000", RewardKind.MAJOR_HAZARD)).isEqualByComparingTo("300000");
        assertThat(fine("5000000", RewardKind.MAJOR_HAZARD)).isEqualByComparingTo("300000");
        assertThat(Rewards.calculate(RewardKind.MAJOR_HAZARD, new BigDecimal("10000"), null, null).rule())
                .contains("15%").contains("最低");
    }

    @Test
    void concealedDeathsByGradeUpToTheCap() {
        assertThat(Rewards.calculate(RewardKind.CONCEALED_ACCIDENT, null, 1, "一般").amountYuan())
                .isEqualByComparingTo("30000");
        assertThat(Rewards.calculate(RewardKind.CONCEALED_ACCIDENT, null, 2, "一般").amountYuan())
                .isEqualByComparingTo("60000");
        assertThat(Rewards.calculate(RewardKind.CONCEALED_ACCIDENT, null, 1, "较大").amountYuan())
                .isEqualByComparingTo("40000");
        assertThat(Rewards.calculate(RewardKind.CONCEALED_ACCIDENT, null, 1, "重大").amountYuan())
                .isEqualByComparingTo("50000");
        assertThat(Rewards.calculate(RewardKind.CONCEALED_ACCIDENT, null, 1, "特别重大").amountYuan())
                .isEqualByComparingTo("60000");
        assertThat(Rewards.calculate(RewardKind.CONCEALED_ACCIDENT, null, 5, "特别重大").amountYuan())
                .isEqualByComparingTo("300000");
        assertThat(Rewards.calculate(RewardKind.CONCEALED_ACCIDENT, null, 7, "较大").amountYuan())
                .isEqualByComparingTo("280000");
        assertThat(Rewards.calculate(RewardKind.CONCEALED_ACCIDENT, null, 8, "较大").amountYuan())
                .isEqualByComparingTo("300000");
        assertThat(Rewards.calculate(RewardKind.CONCEALED_ACCIDENT, null, 40, "特别重大").amountYuan())
                .isEqualByComparingTo("300000");
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> Rewards.calculate(null, BigDecimal.ONE, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("kind"));
        assertThatThrownBy(() -> Rewards.calculate(RewardKind.MAJOR_HAZARD, new BigDecimal("-1"), null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("penaltyYuan"));
        assertThatThrownBy(() -> Rewards.calculate(RewardKind.MAJOR_HAZARD, null, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Rewards.calculate(RewardKind.CONCEALED_ACCIDENT, null, 0, "一般"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("concealedDeaths"));
        assertThatThrownBy(() -> Rewards.calculate(RewardKind.CONCEALED_ACCIDENT, null, 1, "很大"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("accidentGrade"));
        // an accident with 3 deaths is no longer 一般 (493号令)
        assertThatThrownBy(() -> Rewards.calculate(RewardKind.CONCEALED_ACCIDENT, null, 3, "一般"))
                .isInstanceOf(InvalidInputException.class);
    }
}
