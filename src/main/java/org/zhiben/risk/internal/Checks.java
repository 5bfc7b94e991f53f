package org.zhiben.risk.internal;

import java.util.ArrayList;
import java.util.List;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;

/** Collects field violations of an input record and throws them together. */
public final class Checks {

    private final List<FieldViolation> violations = new ArrayList<>();

    /** Trimmed text, or null when blank. */
    public static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Checks require(Object value, String field, String message) {
        if (value == null) {
            violations.add(new FieldViolation(field, message));
        }
        return this;
    }

    public Checks maxLength(String value, int max, String field, String label) {
        if (value != null && value.length() > max) {
            violations.add(new FieldViolation(field, label + "不能超过" + max + "个字符"));
        }
        return this;
    }

    public Checks check(boolean ok, String field, String message) {
        if (!ok) {
            violations.add(new FieldViolation(field, message));
        }
        return this;
    }

    public void orThrow() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
