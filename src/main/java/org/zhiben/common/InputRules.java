package org.zhiben.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The rules every piece of user input obeys, whatever module receives it, applied once at the edges (JSON bodies,
 * request parameters, page forms; see {@code common.web.InputBinding}):
 * <ul>
 * <li><b>Text</b> holds no control characters: nothing below U+0020 except tab, line feed and carriage return, and
 * no DEL (U+007F). PostgreSQL refuses NUL in text, and no field of the platform has a use for the others. Nor does
 * it hold half of a UTF-16 surrogate pair, which is no character at all: stored, it would come back as invalid
 * JSON or as "?".</li>
 * <li><b>Dates</b> lie within a window, by default 1900-01-01 to 2100-12-31 ({@code zhiben.input.earliest-date},
 * {@code zhiben.input.latest-date}): no deadline in the year 9999 or 294277, no date PostgreSQL cannot store.</li>
 * </ul>
 * Code that parses a date out of text itself calls {@link #date(String, String)} or {@link #checkDate}.
 */
public final class InputRules {

    public static final String CONTROL_CHARACTER = "不能包含控制字符或无效字符";

    private static volatile LocalDate earliest = LocalDate.of(1900, 1, 1);
    private static volatile LocalDate latest = LocalDate.of(2100, 12, 31);

    private InputRules() {
    }

    /** Sets the date window (from configuration at start-up). */
    public static void dateWindow(LocalDate earliestDate, LocalDate latestDate) {
        if (earliestDate.isAfter(latestDate)) {
            throw new IllegalArgumentException("earliest date after latest date");
        }
        earliest = earliestDate;
        latest = latestDate;
    }

    public static LocalDate earliestDate() {
        return earliest;
    }

    public static LocalDate latestDate() {
        return latest;
    }

    /**
     * A form's or body's text field: stripped, null when blank; adds to {@code v} when it is required and blank
     * ("请填写…"), longer than {@code max} or holds a control character.
     */
    public static String text(java.util.List<FieldViolation> v, String field, String value, boolean required, int max,
            String label) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(new FieldViolation(field, "请填写" + label));
            }
            return null;
        }
        String s = value.strip();
        if (s.length() > max) {
            v.add(new FieldViolation(field, label + "不能超过" + max + "字"));
        }
        if (hasControlCharacter(s)) {
            v.add(new FieldViolation(field, CONTROL_CHARACTER));
        }
        return s;
    }

    /** A telephone number as people write it: mobile, landline with area code and extension, +86; 5–32 characters. */
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("[0-9+\\-() ]{5,32}");

    /** An optional phone number: stripped, null when blank; adds to {@code v} when it is no phone number. */
    public static String phone(java.util.List<FieldViolation> v, String field, String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (!PHONE.matcher(s).matches() || s.chars().filter(Character::isDigit).count() < 5) {
            v.add(new FieldViolation(field, label + "格式不正确(数字,可含 +、-、括号和空格)"));
        }
        return s;
    }

    /** Whether {@code text} holds a character that no text field accepts (see above). */
    public static boolean hasControlCharacter(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a pair: one character beyond the Basic Multilingual Plane (an emoji, a rare hanzi)
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The text unchanged, or {@link InvalidInputException} for {@code field} if it holds a control character. */
    public static String checkText(String field, String text) {
        if (hasControlCharacter(text)) {
            throw new InvalidInputException(field, CONTROL_CHARACTER);
        }
        return text;
    }

    public static boolean dateAllowed(LocalDate date) {
        return date == null || (!date.isBefore(earliest) && !date.isAfter(latest));
    }

    public static String dateWindowMessage() {
        return "日期应在 " + earliest + " 至 " + latest + " 之间";
    }

    /** The date unchanged, or {@link InvalidInputException} for {@code field} if it lies outside the window. */
    public static LocalDate checkDate(String field, LocalDate date) {
        if (!dateAllowed(date)) {
            throw new InvalidInputException(field, dateWindowMessage());
        }
        return date;
    }

    /** The version a page form was filled from; a form without one is stale (an old page, a lost hidden field). */
    public static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "页面已过期,请刷新后重试");
        }
        return version;
    }

    /**
     * One of an enum's constants by name from a form's {@code field}, null when blank; another name is refused with
     * {@code message}.
     */
    public static <E extends Enum<E>> E choice(Class<E> type, String field, String text, String message) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(field, message);
        }
    }

    /** {@link #choice}, where a blank field is refused with {@code message} too. */
    public static <E extends Enum<E>> E requiredChoice(Class<E> type, String field, String text, String message) {
        E chosen = choice(type, field, text, message);
        if (chosen == null) {
            throw new InvalidInputException(field, message);
        }
        return chosen;
    }

    /** An ISO date ({@code 2026-05-31}) typed into {@code field}, null when blank, within the window. */
    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "日期格式应为 yyyy-MM-dd");
        }
        return checkDate(field, date);
    }
}
