package org.zhiben.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A typical case as the caller sees it, with what the caller may do now: edit and submit (the case's own office,
 * while a draft or returned), review (the office it was submitted to: accept or return), publish (that office, once
 * accepted).
 */
public record TypicalCaseView(UUID id, long version, UUID caseId, UUID enterpriseId, String enterpriseName,
        String officeCode, String officeName, String caseTitle, String title, String summary, String lessons,
        List<String> tags, TypicalCaseState state, String stateLabel, String submittedTo, String submittedToName,
        LocalDate submittedOn, String submittedByName, LocalDate reviewedOn, String reviewedByName,
        String returnReason, LocalDate publishedOn, String publishedByName, boolean canEdit, boolean canReview,
        boolean canPublish) {
}
