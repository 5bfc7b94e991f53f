package org.zhiben.training;

import java.util.List;

/** A question as written or imported. */
public record QuestionData(QuestionType type, String stem, List<String> options, String answer, String explanation,
        String source, String tagSector, String tagPosition, String tagTopic) {
}
