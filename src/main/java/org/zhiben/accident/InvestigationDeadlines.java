package org.zhiben.accident;

import java.time.Instant;
import java.time.LocalDate;
import org.zhiben.common.Zones;

/**
 * The investigation deadlines of 493号令 第二十九、三十二条, counted in days in China's time zone: the report within 60
 * days of the accident, extendable once, with approval, by at most 60 days; the government's reply (批复) within 15
 * days of receiving the report, 30 for 特别重大, which may be extended once by at most 30 days. A step done on its due
 * date is on time.
 */
public final class InvestigationDeadlines {

    public static final int REPORT_DAYS = 60;
    public static final int MAX_REPORT_EXTENSION = 60;
    public static final int REPLY_DAYS = 15;
    public static final int EXTRAORDINARY_REPLY_DAYS = 30;
    public static final int MAX_REPLY_EXTENSION = 30;

    private InvestigationDeadlines() {
    }

    public static LocalDate day(Instant at) {
        return at.atZone(Zones.CHINA).toLocalDate();
    }

    /** The investigation report's due date, with {@code extensionDays} (0 when none) granted. */
    public static LocalDate reportDue(Instant occurredAt, int extensionDays) {
        return day(occurredAt).plusDays(REPORT_DAYS + extensionDays);
    }

    /** The reply's due date for a report submitted at {@code submittedAt}. */
    public static LocalDate replyDue(AccidentGrade grade, Instant submittedAt, int extensionDays) {
        int days = grade == AccidentGrade.EXTRAORDINARY ? EXTRAORDINARY_REPLY_DAYS + extensionDays : REPLY_DAYS;
        return day(submittedAt).plusDays(days);
    }

    /** Whether a step due on {@code due} and done at {@code at} was late. */
    public static boolean late(LocalDate due, Instant at) {
        return day(at).isAfter(due);
    }

    public static boolean replyExtendable(AccidentGrade grade) {
        return grade == AccidentGrade.EXTRAORDINARY;
    }
}
