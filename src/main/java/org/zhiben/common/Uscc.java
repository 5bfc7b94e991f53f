package org.zhiben.common;

import java.util.Objects;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters over a 31-character alphabet without I, O, Z, S, V;
 * the last one is a check character over the first 17 (weights 3^i mod 31).
 */
public record Uscc(String value) {

    /** The message for a code longer than 18 characters, refused at the edge before it is parsed. */
    public static final String TOO_LONG = "统一社会信用代码应为18位";

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public Uscc {
        Objects.requireNonNull(value, "value");
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    public static Uscc of(String value) {
        return new Uscc(value);
    }

    public static boolean isValid(String value) {
        return value != null && problem(value) == null;
    }

    /** Why the text is not a valid code, in Chinese for the user, or {@code null} when it is. */
    public static String problem(String value) {
        if (value == null || value.isEmpty()) {
            return "统一社会信用代码不能为空";
        }
        if (value.length() != 18) {
            return "统一社会信用代码应为18位,实际为" + value.length() + "位";
        }
        for (int i = 0; i < 18; i++) {
            char c = value.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                return "第" + (i + 1) + "位字符“" + c + "”不允许(只允许数字和除I、O、Z、S、V外的大写字母)";
            }
        }
        if (!value.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return "第3-8位应为登记管理机关行政区划码(数字)";
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            return "校验位错误,应为" + expected;
        }
        return null;
    }

    /** The GB 32100 check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** Chars 3–8: the registering authority's six-digit division code. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    @Override
    public String toString() {
        return value;
    }
}
