package org.zhiben.hazard.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.Labelled;
import org.zhiben.common.PeriodLabels;

/**
 * A reporting period of the 16号令 statistics table: a quarter ({@code 2025Q1}) or a year ({@code 2025}), in Asia/Shanghai
 * calendar dates. Due dates (第二十条: 下一季度15日前, 下一年1月31日前) are read inclusively, as the last day on which a
 * signature is on time: a quarter is due on the 15th of the month after it (Q1 on 04-15, Q4 on 01-15 of the next
 * year), a year on 01-31 of the next year. A signature dated after the due day is late.
 */
public record StatisticsPeriod(int year, int quarter) implements Comparable<StatisticsPeriod>, Labelled {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:Q([1-4]))?");

    public StatisticsPeriod {
        if (year < 2000 || year > 2100 || quarter < 0 || quarter > 4) {
            throw new InvalidInputException("period", "统计期应为 2000–2100 年的年度或季度");
        }
    }

    public static StatisticsPeriod quarter(int year, int quarter) {
        if (quarter < 1) {
            throw new InvalidInputException("period", "季度应为1–4");
        }
        return new StatisticsPeriod(year, quarter);
    }

    public static StatisticsPeriod year(int year) {
        return new StatisticsPeriod(year, 0);
    }

    /** {@code 2025Q1} or {@code 2025}. */
    public static StatisticsPeriod parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new InvalidInputException("period", "统计期格式应为 2025Q1(季度)或 2025(年度)");
        }
        int y = Integer.parseInt(m.group(1));
        return m.group(2) == null ? year(y) : quarter(y, Integer.parseInt(m.group(2)));
    }

    public boolean yearly() {
        return quarter == 0;
    }

    public String kindCode() {
        return yearly() ? "Y" : "Q";
    }

    public LocalDate start() {
        return yearly() ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 3 * quarter - 2, 1);
    }

    /** The last day of the period (inclusive). */
    public LocalDate end() {
        return yearly() ? LocalDate.of(year, 12, 31) : start().plusMonths(3).minusDays(1);
    }

    /** The last day on which the signed table is on time. */
    public LocalDate dueDate() {
        return yearly() ? LocalDate.of(year + 1, 1, 31) : end().plusDays(1).withDayOfMonth(15);
    }

    public boolean ended(LocalDate today) {
        return today.isAfter(end());
    }

    public boolean overdueOn(LocalDate today) {
        return today.isAfter(dueDate());
    }

    public boolean lateIfSignedOn(LocalDate signedOn) {
        return signedOn.isAfter(dueDate());
    }

    /** The ended periods of the last {@code years} years, newest first (quarters before their year). */
    public static List<StatisticsPeriod> endedBefore(LocalDate today, int years) {
        List<StatisticsPeriod> periods = new ArrayList<>();
        for (int y = today.getYear(); y > today.getYear() - years; y--) {
            if (year(y).ended(today)) {
                periods.add(year(y));
            }
            for (int q = 4; q >= 1; q--) {
                if (quarter(y, q).ended(today)) {
                    periods.add(quarter(y, q));
                }
            }
        }
        return periods;
    }

    /** The newest period of this kind whose due date has passed on {@code today}. */
    public static StatisticsPeriod latestDue(LocalDate today, boolean yearly) {
        if (yearly) {
            int y = today.getYear() - 1;
            return year(y).overdueOn(today) ? year(y) : year(y - 1);
        }
        StatisticsPeriod p = quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
        while (!p.overdueOn(today)) {
            p = p.previous();
        }
        return p;
    }

    public StatisticsPeriod previous() {
        if (yearly()) {
            return year(year - 1);
        }
        return quarter == 1 ? quarter(year - 1, 4) : quarter(year, quarter - 1);
    }

    public String code() {
        return yearly() ? String.valueOf(year) : year + "Q" + quarter;
    }

    /** "2022年第三季度、2022年度" */
    public static String labels(java.util.Collection<StatisticsPeriod> periods) {
        return periods.stream().map(StatisticsPeriod::label).collect(java.util.stream.Collectors.joining("、"));
    }

    /** The Chinese name, as documents and the 16号令 table carry it. */
    @Override
    public String label() {
        return yearly() ? PeriodLabels.year(year, null) : PeriodLabels.quarter(year, quarter, null);
    }

    /** The name in the page's language ("2025 Q1", "2025" in English). */
    @Override
    public String text() {
        return yearly() ? PeriodLabels.year(year) : PeriodLabels.quarter(year, quarter);
    }

    @Override
    public String toString() {
        return code();
    }

    @Override
    public int compareTo(StatisticsPeriod o) {
        return start().equals(o.start()) ? Boolean.compare(yearly(), o.yearly()) : start().compareTo(o.start());
    }
}
