package org.zhiben.accident.web;

import java.math.BigDecimal;
import java.util.List;
import org.zhiben.common.FieldViolation;

/** Counts of people as the API receives them (JSON numbers): whole and not negative, or a field violation. */
final class People {

    private People() {
    }

    static Integer count(String field, BigDecimal value, boolean required, List<FieldViolation> errors) {
        if (value == null) {
            if (required) {
                errors.add(new FieldViolation(field, "请填写" + label(field)));
            }
            return null;
        }
        if (value.signum() < 0) {
            errors.add(new FieldViolation(field, label(field) + "不能为负数"));
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            errors.add(new FieldViolation(field, label(field) + "应为整数"));
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            errors.add(new FieldViolation(field, label(field) + "过大"));
            return null;
        }
        return value.intValueExact();
    }

    /** A count typed into a page form: blank is 0 unless required. */
    static Integer countText(String field, String value, boolean required, List<FieldViolation> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldViolation(field, "请填写" + label(field)));
                return null;
            }
            return 0;
        }
        try {
            return count(field, new BigDecimal(value.strip()), true, errors);
        } catch (NumberFormatException e) {
            errors.add(new FieldViolation(field, "请填写" + label(field) + "(整数)"));
            return null;
        }
    }

    /** An amount of yuan typed into a page form. */
    static BigDecimal yuanText(String field, String value, List<FieldViolation> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldViolation(field, "请填写直接经济损失(元)"));
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldViolation(field, "请填写金额(元)"));
            return null;
        }
    }

    private static String label(String field) {
        return switch (field) {
            case "deaths" -> "死亡人数";
            case "missing" -> "失踪人数";
            case "seriousInjuries" -> "重伤人数";
            default -> field;
        };
    }
}
