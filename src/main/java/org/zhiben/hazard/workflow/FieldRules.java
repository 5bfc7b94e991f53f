package org.zhiben.hazard.workflow;

import java.math.BigDecimal;
import java.util.List;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;

/** The checks every hazard form field shares: required text and its length, amounts of money. */
final class FieldRules {

    private static final BigDecimal MAX_MONEY = new BigDecimal("1000000000000");

    private FieldRules() {
    }

    static void text(List<FieldViolation> v, String field, String value, boolean required, int max, String label) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(new FieldViolation(field, "请填写" + label));
            }
        } else if (value.strip().length() > max) {
            v.add(new FieldViolation(field, label + "不能超过" + max + "个字符"));
        }
    }

    static void money(List<FieldViolation> v, String field, BigDecimal value, String label) {
        if (value != null && (value.signum() < 0 || value.compareTo(MAX_MONEY) >= 0 || value.scale() > 2)) {
            v.add(new FieldViolation(field, label + "应为不小于0、最多两位小数的金额(元)"));
        }
    }

    /** Refuses the input when any rule was broken, all messages at once. */
    static void refuseIfAny(List<FieldViolation> v) {
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
