package org.zhiben.identity;

import java.util.ArrayList;
import java.util.List;

/** At least 8 characters from at least 3 of 4 classes (upper, lower, digit, symbol); at most 64; not the username. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    public static List<String> violations(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("密码至少" + MIN_LENGTH + "位");
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("密码不能超过" + MAX_LENGTH + "位");
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            problems.add("密码须包含大写字母、小写字母、数字、符号中的至少三类");
        }
        if (username != null && !username.isBlank() && password.toLowerCase().contains(username.toLowerCase())) {
            problems.add("密码不能包含用户名");
        }
        return problems;
    }
}
