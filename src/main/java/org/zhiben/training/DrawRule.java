package org.zhiben.training;

import jakarta.validation.constraints.Size;


/** A draw rule of an exam: {@code count} questions of {@code type}, tagged {@code tag} when given. */
public record DrawRule(QuestionType type, int count, @Size(max = 200) String tag) {
}
