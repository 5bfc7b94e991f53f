package org.zhiben.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    @ParameterizedTest
    @CsvSource({
            "110000000000, PROVINCE, 11,           110000000000, 119999999999",
            "140400000000, CITY,     1404,         140400000000, 140499999999",
            "140403000000, COUNTY,   140403,       140403000000, 140403999999",
            "140403100000, TOWN,     140403100,    140403100000, 140403100999",
            "140403100201, VILLAGE,  140403100201, 140403100201, 140403100201"
    })
    void levelPrefixAndRange(String code, RegionLevel level, String prefix, String low, String high) {
        RegionCode region = RegionCode.of(code);
        assertThat(RegionCode.problem(code)).isNull();
        assertThat(RegionCode.isValid(code)).isTrue();
        assertThat(region.level()).isEqualTo(level);
        assertThat(region.prefix()).isEqualTo(prefix);
        assertThat(region.rangeLow()).isEqualTo(low);
        assertThat(region.rangeHigh()).isEqualTo(high);
        assertThat(region.toString()).isEqualTo(code);
    }

    @Test
    void townSegmentRangesAreAccepted() {
        assertThat(RegionCode.of("140403001000").level()).isEqualTo(RegionLevel.TOWN); // 街道
        assertThat(RegionCode.of("140403100000").level()).isEqualTo(RegionLevel.TOWN); // 镇
        assertThat(RegionCode.of("140403200000").level()).isEqualTo(RegionLevel.TOWN); // 乡
        assertThat(RegionCode.isValid("140403399000")).isTrue();
    }

    @Test
    void containsItselfAndDescendantsButNotSiblingsOrAncestors() {
        RegionCode county = RegionCode.of("140403000000");
        assertThat(county.contains(county)).isTrue();
        assertThat(county.contains(RegionCode.of("140403100000"))).isTrue();
        assertThat(county.contains(RegionCode.of("140403100201"))).isTrue();
        assertThat(county.contains(RegionCode.of("140404000000"))).isFalse();
        assertThat(county.contains(RegionCode.of("140400000000"))).isFalse();
        assertThat(county.contains(RegionCode.of("110000000000"))).isFalse();
        assertThat(county.contains("140403100201")).isTrue();
        assertThat(county.contains("140413000000")).isFalse();
        assertThat(county.contains((String) null)).isFalse();

        RegionCode town = RegionCode.of("140403100000");
        assertThat(town.contains("140403100999")).isTrue();
        assertThat(town.contains("140403101000")).isFalse();
        assertThat(town.contains(county)).isFalse();

        RegionCode province = RegionCode.of("140000000000");
        assertThat(province.contains("140403100201")).isTrue();
        assertThat(province.contains("150000000000")).isFalse();
    }

    @Test
    void parentChainEndsAtProvince() {
        RegionCode village = RegionCode.of("140403100201");
        RegionCode town = village.parent();
        assertThat(town).isEqualTo(RegionCode.of("140403100000"));
        RegionCode county = town.parent();
        assertThat(county).isEqualTo(RegionCode.of("140403000000"));
        RegionCode city = county.parent();
        assertThat(city).isEqualTo(RegionCode.of("140400000000"));
        RegionCode province = city.parent();
        assertThat(province).isEqualTo(RegionCode.of("140000000000"));
        assertThat(province.level()).isEqualTo(RegionLevel.PROVINCE);
        assertThat(province.parent()).isNull();
    }

    @Test
    void compareToOrdersByValue() {
        assertThat(RegionCode.of("110000000000")).isLessThan(RegionCode.of("140000000000"));
        assertThat(RegionCode.of("140403000000").compareTo(RegionCode.of("140403000000"))).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"11000000000", "1100000000000", "11000000000A", "1a0000000000", "11000000000 ",
            "１１００００００００００"})
    void wrongLengthOrNonDigitsAreRejected(String code) {
        assertThat(RegionCode.problem(code)).isEqualTo("区划代码应为12位数字");
        assertThat(RegionCode.isValid(code)).isFalse();
        assertThatThrownBy(() -> RegionCode.of(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("区划代码应为12位数字");
    }

    @Test
    void emptyAndNull() {
        assertThat(RegionCode.problem("")).isEqualTo("区划代码不能为空");
        assertThat(RegionCode.problem(null)).isEqualTo("区划代码不能为空");
        assertThat(RegionCode.isValid(null)).isFalse();
        assertThatThrownBy(() -> new RegionCode(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void provinceZeroIsRejected() {
        assertThat(RegionCode.problem("000000000000")).isEqualTo("省级代码不能为00");
        assertThat(RegionCode.problem("001100000000")).isEqualTo("省级代码不能为00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"140000001000", "140003000000", "140400100000", "140403000001", "110000000001"})
    void nonZeroSegmentAfterZeroSegmentIsRejected(String code) {
        assertThat(RegionCode.problem(code)).isEqualTo("区划代码结构错误:上级段为0时下级段必须为0");
        assertThat(RegionCode.isValid(code)).isFalse();
    }

    @Test
    void townSegmentBoundary() {
        assertThat(RegionCode.problem("140403399000")).isNull();
        assertThat(RegionCode.problem("140403400000")).isEqualTo("乡级代码应在001–399之间");
        assertThat(RegionCode.problem("140403999000")).isEqualTo("乡级代码应在001–399之间");
    }

    @Test
    void villageSegmentBoundary() {
        assertThat(RegionCode.problem("140403100399")).isNull();
        assertThat(RegionCode.of("140403100399").level()).isEqualTo(RegionLevel.VILLAGE);
        assertThat(RegionCode.problem("140403100400")).isEqualTo("村级代码应在001–399之间");
        assertThat(RegionCode.isValid("140403100400")).isFalse();
    }

    @Test
    void villageWithoutTownIsRejected() {
        assertThat(RegionCode.problem("140403000201")).isEqualTo("区划代码结构错误:上级段为0时下级段必须为0");
    }
}
