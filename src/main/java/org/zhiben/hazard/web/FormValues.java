package org.zhiben.hazard.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;

/** Typed values out of a page form's text fields; a malformed date, amount or id is a message beside its field. */
final class FormValues {

    private FormValues() {
    }

    /** The constant named {@code value}, or null for blank or unknown (the rule then asks for it). */
    /** The option chosen in {@code field}, null when none; a value that is no option is a message on the field. */
    static <E extends Enum<E>> E constant(Class<E> type, String value, String field) {
        return InputRules.choice(type, field, value, "取值无效,请从选项中选择");
    }

    static LocalDate date(String value, String field) {
        return InputRules.date(field, value);
    }

    static BigDecimal money(String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "金额应为数字");
        }
    }

    /** An account of the enterprise picked from the list, or null for none. */
    static UUID user(String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "请选择本企业的用户");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
