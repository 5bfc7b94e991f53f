package org.zhiben.campaign;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhiben.common.InvalidInputException;

/**
 * Turns the seeds' deadline phrases into dates, inclusive (the milestone is met in time when met on that day):
 * <ul>
 * <li>"2024年底前", "2024年年底前", "2024年底", "2024年" → 2024-12-31;</li>
 * <li>"2025年6月底前", "6月底前" (the plan's year) → the month's last day, 2025-06-30;</li>
 * <li>"2026年11月20日前", "12月1日前" → that day ("于每年12月1日前报送" is due on 12-01);</li>
 * <li>"2025年上半年" → 06-30; "2025年一季度" / "第三季度" → the quarter's last day;</li>
 * <li>"汛前", "2024年汛前" → the configurable day before the flood season ({@code zhiben.campaign.before-flood},
 * default 05-31);</li>
 * <li>"三年内", "行动期内" → the plan's end.</li>
 * </ul>
 * A phrase without a year takes {@code year}; anything else is invalid input on {@code field}.
 */
@Component
public class MilestonePhrases {

    private static final Pattern YEAR_END = Pattern.compile("^(\\d{4})年(?:年底|底|末|年末)?(?:前|之前|以前)?$");
    private static final Pattern MONTH_END = Pattern.compile("^(?:(\\d{4})年)?(\\d{1,2})月(?:底|末)(?:前|之前|以前)?$");
    private static final Pattern DAY = Pattern.compile("^(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日(?:前|之前|以前)?$");
    private static final Pattern HALF = Pattern.compile("^(?:(\\d{4})年)?上半年(?:底|末)?(?:前)?$");
    private static final Pattern QUARTER = Pattern.compile("^(?:(\\d{4})年)?第?([一二三四1-4])季度(?:末|底)?(?:前)?$");
    private static final Pattern FLOOD = Pattern.compile("^(?:(\\d{4})年)?(?:主)?汛(?:期)?前$");
    private static final Pattern WHOLE = Pattern.compile("^(?:三年内|行动期内|(?:20\\d{2}年)?年内)$");

    private final MonthDay beforeFlood;

    public MilestonePhrases(@Value("${zhiben.campaign.before-flood:05-31}") String beforeFlood) {
        this.beforeFlood = MonthDay.parse("--" + beforeFlood);
    }

    public MonthDay beforeFlood() {
        return beforeFlood;
    }

    /**
     * The date of {@code phrase}; {@code year} for phrases without one, {@code planEnd} for "三年内".
     * Unrecognised text is invalid input on {@code field}.
     */
    public LocalDate parse(String field, String phrase, int year, LocalDate planEnd) {
        String p = phrase == null ? "" : phrase.replaceAll("[\\s\u3000,,。]", "");
        try {
            Matcher m;
            if ((m = YEAR_END.matcher(p)).matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), 12, 31);
            }
            if ((m = MONTH_END.matcher(p)).matches()) {
                return YearMonth.of(year(m.group(1), year), Integer.parseInt(m.group(2))).atEndOfMonth();
            }
            if ((m = DAY.matcher(p)).matches()) {
                return LocalDate.of(year(m.group(1), year), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if ((m = HALF.matcher(p)).matches()) {
                return LocalDate.of(year(m.group(1), year), 6, 30);
            }
            if ((m = QUARTER.matcher(p)).matches()) {
                int q = "一二三四".indexOf(m.group(2)) >= 0 ? "一二三四".indexOf(m.group(2)) + 1
                        : Integer.parseInt(m.group(2));
                return YearMonth.of(year(m.group(1), year), q * 3).atEndOfMonth();
            }
            if ((m = FLOOD.matcher(p)).matches()) {
                return beforeFlood.atYear(year(m.group(1), year));
            }
            if (WHOLE.matcher(p).matches()) {
                if (p.endsWith("年内") && p.length() > 2 && !p.startsWith("三")) {
                    return LocalDate.of(Integer.parseInt(p.substring(0, 4)), 12, 31);
                }
                if (p.equals("年内")) {
                    return LocalDate.of(year, 12, 31);
                }
                if (planEnd != null) {
                    return planEnd;
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw new InvalidInputException(field, "时限中的日期不存在:" + phrase);
        }
        throw new InvalidInputException(field, "无法识别的时限:" + (phrase == null ? "" : phrase)
                + "(可写“2024年底前”“2025年6月底前”“12月1日前”“汛前”或直接填日期)");
    }

    private static int year(String text, int fallback) {
        return text == null ? fallback : Integer.parseInt(text);
    }

}
