package org.zhiben.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** GB/T 13861-2022 top structure: 1 (11, 12) · 2 (21, 22, 23) · 3 (31, 32, 33, 39) · 4; digits only, up to 8. */
class HazardFactorTest {

    @Test
    void acceptsCodesUnderTheTopCategories() {
        for (String code : new String[] {"1", "11", "12", "1201", "2", "21", "2101", "22", "23", "3", "31", "32", "33",
            "39", "3901", "4", "41", "49", "21010101"}) {
            assertThat(HazardFactor.problem(code)).as(code).isNull();
        }
        assertThat(new HazardFactor("2101").categoryLabel()).isEqualTo("物的因素 › 物理性危险和有害因素");
        assertThat(new HazardFactor("4").categoryLabel()).isEqualTo("管理因素");
        assertThat(new HazardFactor("45").categoryLabel()).isEqualTo("管理因素");
    }

    @Test
    void rejectsOtherCategoriesLettersAndLongCodes() {
        assertThat(HazardFactor.problem("13")).contains("前两位");
        assertThat(HazardFactor.problem("24")).contains("前两位");
        assertThat(HazardFactor.problem("34")).contains("前两位");
        assertThat(HazardFactor.problem("5")).contains("首位");
        assertThat(HazardFactor.problem("0")).contains("首位");
        assertThat(HazardFactor.problem("21a")).contains("数字");
        assertThat(HazardFactor.problem("210101011")).contains("1–8位");
        assertThat(HazardFactor.problem("")).contains("请填写");
        assertThatThrownBy(() -> new HazardFactor("99")).isInstanceOf(IllegalArgumentException.class);
    }
}
