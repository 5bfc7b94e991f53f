package org.zhiben.risk.prejudgment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.Labelled;
import org.zhiben.common.Zones;

/**
 * The period a risk pre-judgment is for, computed in Asia/Shanghai: a day ({@code 2026-04-01}), an ISO week
 * ({@code 2026-W53}, Monday to Sunday, numbered in its week-based year), a month ({@code 2026-04}) or a quarter
 * ({@code 2026-Q2}). {@code start} is the first day, {@code end} the last.
 */
public record PrejudgmentPeriod(Cadence cadence, String label, LocalDate start, LocalDate end) {

    public enum Cadence implements Labelled {
        DAY("日"), WEEK("周"), MONTH("月"), QUARTER("季");

        private final String label;

        Cadence(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** The period containing the instant as a date in China. */
    public static PrejudgmentPeriod containing(Cadence cadence, Instant instant) {
        return containing(cadence, instant.atZone(Zones.CHINA).toLocalDate());
    }

    public static PrejudgmentPeriod containing(Cadence cadence, LocalDate day) {
        return switch (cadence) {
            case DAY -> new PrejudgmentPeriod(cadence, day.toString(), day, day);
            case WEEK -> {
                LocalDate monday = day.with(DayOfWeek.MONDAY);
                yield new PrejudgmentPeriod(cadence, String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), monday, monday.plusDays(6));
            }
            case MONTH -> {
                YearMonth m = YearMonth.from(day);
                yield new PrejudgmentPeriod(cadence, m.toString(), m.atDay(1), m.atEndOfMonth());
            }
            case QUARTER -> {
                int q = day.get(IsoFields.QUARTER_OF_YEAR);
                LocalDate first = LocalDate.of(day.getYear(), (q - 1) * 3 + 1, 1);
                yield new PrejudgmentPeriod(cadence, day.getYear() + "-Q" + q, first,
                        first.plusMonths(3).minusDays(1));
            }
        };
    }

    /** Reads a label of the cadence; anything else is refused naming the expected form. */
    public static PrejudgmentPeriod parse(Cadence cadence, String label) {
        String text = label == null ? "" : label.strip();
        try {
            PrejudgmentPeriod p = switch (cadence) {
                case DAY -> containing(cadence, LocalDate.parse(text));
                case WEEK -> {
                    Matcher m = WEEK.matcher(text);
                    if (!m.matches()) {
                        yield null;
                    }
                    LocalDate jan4 = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4);
                    int week = Integer.parseInt(m.group(2));
                    if (week < 1 || week > jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                        yield null;
                    }
                    yield containing(cadence, jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week));
                }
                case MONTH -> containing(cadence, YearMonth.parse(text).atDay(1));
                case QUARTER -> {
                    Matcher m = QUARTER.matcher(text);
                    yield m.matches() ? containing(cadence, LocalDate.of(Integer.parseInt(m.group(1)),
                            (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1)) : null;
                }
            };
            if (p != null && p.label.equals(text)) {
                InputRules.checkDate("period", p.start);
                return p;
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException("period", "预判期间格式应为 " + example(cadence) + ",收到「" + text + "」");
    }

    public PrejudgmentPeriod previous() {
        return containing(cadence, start.minusDays(1));
    }

    public PrejudgmentPeriod next() {
        return containing(cadence, end.plusDays(1));
    }

    public static String example(Cadence cadence) {
        return switch (cadence) {
            case DAY -> "2026-04-01";
            case WEEK -> "2026-W14";
            case MONTH -> "2026-04";
            case QUARTER -> "2026-Q2";
        };
    }
}
