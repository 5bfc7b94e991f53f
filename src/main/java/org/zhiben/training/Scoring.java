package org.zhiben.training;

import java.util.Set;
import java.util.TreeSet;

/**
 * Scores one answer. Answers are option letters of the question as stored (A, B, …; 判断: T or F), whatever order
 * the candidate saw. 单选 and 判断: all points for the right letter. 多选: all points for exactly the right letters;
 * with {@code multiplePartial}, half the points (rounded down) for a non-empty subset of them without a wrong one;
 * otherwise nothing (all-or-nothing, the default).
 */
public final class Scoring {

    private Scoring() {
    }

    public static int points(QuestionType type, String answer, String given, int pointsEach, boolean multiplePartial) {
        Set<Character> right = letters(answer);
        Set<Character> chosen = letters(given);
        if (chosen.isEmpty()) {
            return 0;
        }
        if (right.equals(chosen)) {
            return pointsEach;
        }
        if (type == QuestionType.MULTIPLE && multiplePartial && right.containsAll(chosen)) {
            return pointsEach / 2;
        }
        return 0;
    }

    /** Sorted, upper-case, distinct letters of {@code text}. */
    public static Set<Character> letters(String text) {
        Set<Character> s = new TreeSet<>();
        if (text != null) {
            for (char c : text.toUpperCase().toCharArray()) {
                if (Character.isLetter(c)) {
                    s.add(c);
                }
            }
        }
        return s;
    }

    public static String canonical(String text) {
        StringBuilder b = new StringBuilder();
        letters(text).forEach(b::append);
        return b.toString();
    }
}
