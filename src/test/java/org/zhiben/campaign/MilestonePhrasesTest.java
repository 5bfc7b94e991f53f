package org.zhiben.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhiben.common.InvalidInputException;

/** The seeds' deadline phrases (000, 002, 003) as dates. */
class MilestonePhrasesTest {

    private final MilestonePhrases phrases = new MilestonePhrases("05-31");
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    private LocalDate parse(String p) {
        return phrases.parse("phrase", p, 2024, END);
    }

    @Test
    void yearEnds() {
        assertThat(parse("2024年底前")).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(parse("2025年年底前")).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(parse("2026年底")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(parse("2024年")).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void monthEndsAndDays() {
        assertThat(parse("2025年6月底前")).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(parse("2024年6月底前")).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(parse("2025年5月底前")).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(parse("2024年2月底前")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(parse("6月底前")).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(parse("2026年11月20日前")).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(parse("12月1日前")).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(parse("2025年上半年")).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(parse("2025年一季度")).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(parse("第三季度末")).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(parse("三年内")).isEqualTo(END);
    }

    @Test
    void beforeTheFloodSeasonIsConfigurable() {
        assertThat(parse("汛前")).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(parse("2025年汛前")).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(new MilestonePhrases("04-30").parse("p", "2024年汛前", 2024, END))
                .isEqualTo(LocalDate.of(2024, 4, 30));
    }

    @Test
    void nonsenseAndImpossibleDatesAreInvalidInput() {
        assertThatThrownBy(() -> parse("尽快")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("无法识别的时限");
        assertThatThrownBy(() -> parse("2025年13月底前")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("日期不存在");
        assertThatThrownBy(() -> parse("2025年2月30日前")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> parse(null)).isInstanceOf(InvalidInputException.class);
    }
}
