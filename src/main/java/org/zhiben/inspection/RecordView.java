package org.zhiben.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.zhiben.hazard.HazardSource;

/** A submitted inspection record with its answers and the hazards they reported. */
public record RecordView(UUID id, UUID taskId, UUID enterpriseId, HazardSource source, UUID recordedBy,
        String recordedByName, Instant recordedAt, LocalDate recordedOn, int findings, List<Answer> answers) {

    public record Answer(UUID itemId, String content, boolean major, AnswerResult result, String note,
            String photoKey, UUID hazardId) {
    }

    public List<UUID> hazardIds() {
        return answers.stream().map(Answer::hazardId).filter(h -> h != null).toList();
    }
}
