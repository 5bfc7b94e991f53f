package org.zhiben.risk;

import java.util.ArrayList;
import java.util.List;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;

/** Collects field violations of an input record and throws them together. */
final class Checks {

    private final List<FieldViolation> violations = new ArrayList<>();

    /** Trimmed text, or null when blank. */
    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    Checks require(Object value, String field, String message) {
        if (value == null) {
            violations.add(new FieldViolation(field, message));
        }
        return this;
    }

    Checks maxLength(String value, int max, String field, String label) {
        if (value != null && value.length() > max) {
            violations.add(new FieldViolation(field, label + "不能超过" + max + "个字符"));
        }
        return this;
    }

    Checks check(boolean ok, String field, String message) {
        if (!ok) {
            violations.add(new FieldViolation(field, message));
        }
        return this;
    }

    void orThrow() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
