package org.zhiben.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class PeriodLabelsTest {

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void chineseFormsAreTheOnesDocumentsCarry() {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        assertThat(PeriodLabels.quarter(2026, 3, zh)).isEqualTo("2026年第三季度");
        assertThat(PeriodLabels.quarter(2026, 1, zh)).isEqualTo("2026年第一季度");
        assertThat(PeriodLabels.quarter(2026, 4, zh)).isEqualTo("2026年第四季度");
        assertThat(PeriodLabels.year(2026, zh)).isEqualTo("2026年度");
        assertThat(PeriodLabels.month(YearMonth.of(2026, 11), zh)).isEqualTo("2026年11月");
        assertThat(PeriodLabels.monthOfYear(1, zh)).isEqualTo("1月");
        assertThat(PeriodLabels.week(2026, 53, zh)).isEqualTo("2026年第53周");
    }

    @Test
    void englishForms() {
        Locale en = Locale.ENGLISH;
        assertThat(PeriodLabels.quarter(2026, 3, en)).isEqualTo("2026 Q3");
        assertThat(PeriodLabels.year(2026, en)).isEqualTo("2026");
        assertThat(PeriodLabels.month(YearMonth.of(2026, 11), en)).isEqualTo("Nov 2026");
        assertThat(PeriodLabels.monthOfYear(12, en)).isEqualTo("Dec");
        assertThat(PeriodLabels.week(2026, 1, en)).isEqualTo("2026 week 1");
    }

    @Test
    void thePageLanguageDecidesAndChineseOutsideARequest() {
        assertThat(PeriodLabels.quarter(2025, 2)).isEqualTo("2025年第二季度");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(PeriodLabels.quarter(2025, 2)).isEqualTo("2025 Q2");
        assertThat(PeriodLabels.month(YearMonth.of(2025, 5))).isEqualTo("May 2025");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(PeriodLabels.month(YearMonth.of(2025, 5))).isEqualTo("2025年5月");
    }

    @Test
    void outOfRangeQuartersAndWeeksAreRefused() {
        assertThatThrownBy(() -> PeriodLabels.quarter(2026, 0, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PeriodLabels.quarter(2026, 5, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PeriodLabels.week(2026, 54, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PeriodLabels.week(2026, 0, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void templatesNameTheMonthOfAKeyAndKeepAnythingElse() throws Exception {
        Labels labels = new Labels(LabelledTextsTest.applicationMessages());
        assertThat(labels.monthOfYear("2026-11")).isEqualTo("11月");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(labels.monthOfYear("2026-11")).isEqualTo("Nov");
        assertThat(labels.monthOfYear("total")).isEqualTo("total");
        assertThat(labels.of(null)).isEmpty();
        assertThat(labels.of(42)).isEqualTo("42");
    }
}
