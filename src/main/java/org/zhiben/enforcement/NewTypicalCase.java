package org.zhiben.enforcement;

import java.util.List;
import java.util.UUID;

/** A typical case to mark (caseId) or the revised text of one (caseId ignored). */
public record NewTypicalCase(UUID caseId, String title, String summary, String lessons, List<String> tags) {

    public NewTypicalCase {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
