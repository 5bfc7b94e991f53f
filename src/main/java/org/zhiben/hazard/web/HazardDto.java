package org.zhiben.hazard.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.zhiben.common.FieldViolation;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardState;
import org.zhiben.hazard.HazardType;
import org.zhiben.hazard.ManageType;
import org.zhiben.common.EscalationStep;
import org.zhiben.hazard.workflow.Extension;
import org.zhiben.hazard.workflow.Hazard;
import org.zhiben.hazard.workflow.HazardAction;
import org.zhiben.hazard.workflow.HazardWorkflow;
import org.zhiben.hazard.workflow.MajorPlan;
import org.zhiben.hazard.workflow.PhotoKind;
import org.zhiben.hazard.workflow.RejectionKind;
import org.zhiben.hazard.workflow.SignatureRole;

/** A hazard as the API answers it, with its {@code version} and the {@code allowedActions} of the caller. */
record HazardDto(UUID id, UUID enterpriseId, String enterpriseName, String regionCode, HazardSource source,
        HazardLevel level, HazardLevel proposedLevel, HazardState state, HazardType type, ManageType manageType,
        String factorCode, String accidentType, String description, String cause, String location, UUID unitId,
        UUID measureId, UUID inspectionRecordId, Instant foundAt, LocalDate foundOn, boolean backdated, String reportedByName,
        UUID responsibleUserId, String responsibleName, String responsiblePhone, LocalDate deadline, String measures,
        BigDecimal funds, String contingency, BigDecimal cost, String rectification, Instant rectifiedAt,
        Instant closedAt, LocalDate closedOn, boolean overdue, boolean supervised, RejectionKind rejectionKind,
        String rejectionReason, UUID duplicateOf, MajorPlan plan, List<String> planMissing, String assessmentBy,
        String assessmentSummary, Instant assessmentAt, String applicationText, Instant applicationAt, long version,
        Set<HazardAction> allowedActions, SignatureRole nextSignature, List<PhotoDto> photos,
        List<SignatureDto> signatures, List<SupervisionDto> supervisionOrders, List<ExtensionDto> extensions,
        List<ReviewDto> reviews, List<EscalationDto> escalations, List<TimelineDto> timeline) {

    record PhotoDto(UUID id, PhotoKind kind, String contentType, long size, String sha256, String url) {
    }

    record SignatureDto(SignatureRole role, String userName, Instant signedAt, String algorithm, String contentHash,
            boolean valid, Instant voidedAt, String voidReason) {
    }

    record SupervisionDto(String department, String requirements, LocalDate deadline, String issuedBy,
            Instant issuedAt) {
    }

    record ExtensionDto(UUID id, LocalDate previousDeadline, LocalDate requestedDeadline, String reason,
            String requestedBy, Instant requestedAt, Extension.Status status, String decidedBy, Instant decidedAt,
            String decisionNote) {
    }

    record ReviewDto(String reviewer, Instant reviewedAt, String opinion) {
    }

    record EscalationDto(EscalationStep step, Instant proposedAt, Instant confirmedAt, String confirmedBy,
            Instant declinedAt, String declinedBy, String note) {
    }

    record TimelineDto(int seq, String action, HazardState from, HazardState to, String actor, Instant at,
            String note) {
    }

    static HazardDto of(HazardWorkflow.Detail d) {
        Hazard h = d.hazard();
        String base = "/api/v1/hazards/" + h.getId() + "/photos/";
        return new HazardDto(h.getId(), h.getEnterpriseId(), h.getEnterpriseName(), h.getRegionCode(), h.getSource(),
                h.getLevel(), h.getProposedLevel(), h.getState(), h.getType(), h.getManageType(), h.getFactorCode(),
                h.getAccidentType(), h.getDescription(), h.getCause(), h.getLocation(), h.getUnitId(),
                h.getMeasureId(), h.getInspectionRecordId(), h.getFoundAt(), h.getFoundOn(), h.isBackdated(), h.getReportedByName(),
                h.getResponsibleUserId(), h.getResponsibleName(), h.getResponsiblePhone(), h.getDeadline(),
                h.getMeasures(), h.getFunds(), h.getContingency(), h.getCost(), h.getRectification(),
                h.getRectifiedAt(), h.getClosedAt(), h.getClosedOn(), h.isOverdue(), h.isSupervised(),
                h.getRejectionKind(), h.getRejectionReason(), h.getDuplicateOf(),
                h.getLevel() == HazardLevel.MAJOR ? h.plan() : null,
                h.getLevel() == HazardLevel.MAJOR ? h.plan().violations().stream().map(FieldViolation::field).toList()
                        : List.of(),
                h.getAssessmentBy(), h.getAssessmentSummary(), h.getAssessmentAt(), h.getApplicationText(),
                h.getApplicationAt(), h.getVersion(), d.allowedActions(),
                h.getLevel() == HazardLevel.MAJOR ? h.nextSignature().orElse(null) : null,
                h.getPhotos().stream().map(p -> new PhotoDto(p.getId(), p.getKind(), p.getFileType().contentType(),
                        p.getSize(), p.getSha256(), base + p.getId())).toList(),
                h.getSignatures().stream().map(s -> new SignatureDto(s.getRole(), s.getUserName(), s.getSignedAt(),
                        s.getAlgorithm(), s.getContentHash(), s.getVoidedAt() == null, s.getVoidedAt(),
                        s.getVoidReason())).toList(),
                h.getSupervisions().stream().map(s -> new SupervisionDto(s.getDepartment(), s.getRequirements(),
                        s.getDeadline(), s.getIssuedByName(), s.getIssuedAt())).toList(),
                h.getExtensions().stream().map(e -> new ExtensionDto(e.getId(), e.getPreviousDeadline(),
                        e.getRequestedDeadline(), e.getReason(), e.getRequestedByName(), e.getRequestedAt(),
                        e.getStatus(), e.getDecidedByName(), e.getDecidedAt(), e.getDecisionNote())).toList(),
                h.getReviews().stream().map(r -> new ReviewDto(r.getReviewerName(), r.getReviewedAt(),
                        r.getOpinion())).toList(),
                h.getEscalations().stream().map(e -> new EscalationDto(e.getStep(), e.getProposedAt(),
                        e.getConfirmedAt(), e.getConfirmedByName(), e.getDeclinedAt(), e.getDeclinedByName(),
                        e.getNote())).toList(),
                h.getTransitions().stream().map(t -> new TimelineDto(t.getSeq(), t.getAction(), t.getFromState(),
                        t.getToState(), t.getActorName(), t.getAt(), t.getNote())).toList());
    }
}
