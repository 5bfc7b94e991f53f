package org.zhiben.training;


/** A draw rule of an exam: {@code count} questions of {@code type}, tagged {@code tag} when given. */
public record DrawRule(QuestionType type, int count, String tag) {
}
