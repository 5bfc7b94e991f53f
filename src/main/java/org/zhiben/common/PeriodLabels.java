package org.zhiben.common;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The one way to name a reporting period on a page: a year, a quarter, a month, a month of a year and an ISO week, in
 * Chinese ("2026年度", "2026年第三季度", "2026年11月", "11月", "2026年第14周") or, on an English page, as "2026",
 * "2026 Q3", "Nov 2026", "Nov", "2026 week 14". The methods without a locale use the page's language and Chinese
 * outside a request, so documents and stored texts keep the Chinese forms.
 */
public final class PeriodLabels {

    private static final String QUARTERS = "一二三四";

    private PeriodLabels() {
    }

    private static boolean chinese(Locale locale) {
        return locale == null || Locale.CHINESE.getLanguage().equals(locale.getLanguage());
    }

    private static Locale page() {
        return Labels.pageLocale();
    }

    /** A reporting year: 2026年度 · 2026. */
    public static String year(int year) {
        return year(year, page());
    }

    public static String year(int year, Locale locale) {
        return chinese(locale) ? year + "年度" : String.valueOf(year);
    }

    /** A quarter: 2026年第三季度 · 2026 Q3. */
    public static String quarter(int year, int quarter) {
        return quarter(year, quarter, page());
    }

    public static String quarter(int year, int quarter, Locale locale) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        return chinese(locale) ? year + "年第" + QUARTERS.charAt(quarter - 1) + "季度" : year + " Q" + quarter;
    }

    /** A month: 2026年11月 · Nov 2026. */
    public static String month(YearMonth month) {
        return month(month, page());
    }

    public static String month(YearMonth month, Locale locale) {
        return chinese(locale) ? month.getYear() + "年" + month.getMonthValue() + "月"
                : month.getMonth().getDisplayName(TextStyle.SHORT, locale) + " " + month.getYear();
    }

    /** A month within a year already named: 11月 · Nov. */
    public static String monthOfYear(int month) {
        return monthOfYear(month, page());
    }

    public static String monthOfYear(int month, Locale locale) {
        return chinese(locale) ? month + "月" : Month.of(month).getDisplayName(TextStyle.SHORT, locale);
    }

    /** An ISO week of its week-based year: 2026年第14周 · 2026 week 14. */
    public static String week(int weekBasedYear, int week) {
        return week(weekBasedYear, week, page());
    }

    public static String week(int weekBasedYear, int week, Locale locale) {
        if (week < 1 || week > 53) {
            throw new IllegalArgumentException("week " + week);
        }
        return chinese(locale) ? weekBasedYear + "年第" + week + "周" : weekBasedYear + " week " + week;
    }
}
