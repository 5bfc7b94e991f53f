package org.zhiben.inspection;

import java.util.UUID;

/** The answer to one item; {@code photo} is the raw image (JPEG or PNG, checked by content) or null. */
public record AnswerInput(UUID itemId, AnswerResult result, String note, byte[] photo) {
}
