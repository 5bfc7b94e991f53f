package org.zhiben.campaign.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.zhiben.campaign.Campaigns;
import org.zhiben.campaign.Comparison;
import org.zhiben.campaign.PlanLevel;
import org.zhiben.campaign.ReportClaim;
import org.zhiben.campaign.ReportReview;
import org.zhiben.campaign.TargetKind;
import org.zhiben.campaign.TaskState;
import org.zhiben.campaign.UnitKind;
import org.zhiben.campaign.UnitRole;
import org.zhiben.campaign.internal.CampaignTask;
import org.zhiben.campaign.internal.Plan;
import org.zhiben.common.EscalationStep;
import org.zhiben.common.FileType;

/** What the campaign API answers. */
final class CampaignDto {

    private CampaignDto() {
    }

    record ActionDto(int seq, String title) {
    }

    record PlanDto(UUID id, String title, String issuer, PlanLevel level, String regionCode, String regionName,
            String docNo, UUID parentId, LocalDate startDate, LocalDate endDate, LocalDate issuedOn, long version,
            List<ActionDto> actions) {

        static PlanDto of(Plan p, Campaigns c) {
            return new PlanDto(p.getId(), p.getTitle(), p.getIssuer(), p.getLevel(), p.getRegionCode(),
                    c.regionName(p.getRegionCode()), p.getDocNo(), p.getParentId(), p.getStartDate(), p.getEndDate(),
                    p.getIssuedOn(), p.getVersion(),
                    p.getActions().stream().map(a -> new ActionDto(a.getSeq(), a.getTitle())).toList());
        }
    }

    record UnitDto(UnitRole role, UnitKind kind, String ref, String name) {
    }

    record MilestoneDto(UUID id, LocalDate dueDate, String phrase, TargetKind kind, String description,
            Comparison comparison, BigDecimal value, String unit, String metricKey, String target, boolean met,
            LocalDate metOn, BigDecimal lastValue, Instant measuredAt) {
    }

    record EvidenceDto(int seq, String name, FileType type, long size, String sha256) {
    }

    record ReportDto(UUID id, String period, Instant reportedAt, String reportedBy, String unit, ReportClaim claim,
            int percent, BigDecimal quantity, String narrative, UUID milestoneId, ReportReview review,
            String reviewedBy, Instant reviewedAt, String reviewNote, List<EvidenceDto> evidence) {
    }

    record EscalationDto(EscalationStep step, String label, int round, Instant proposedAt, Instant confirmedAt,
            String confirmedBy, Instant declinedAt, String declinedBy, String note) {
    }

    record TaskDto(UUID id, UUID planId, String action, String taskNo, String text, List<String> sectors,
            UUID implementsId, TaskState state, String stateLabel, int progress, String completedBy,
            String returnReason, LocalDate laggingSince, String lagReason, String followUpNote, LocalDate followUpDue,
            LocalDate deadline, long version,
            List<UnitDto> units, List<MilestoneDto> milestones, List<ReportDto> reports,
            List<EscalationDto> escalations) {

        static TaskDto of(CampaignTask t, Plan plan, Campaigns c) {
            return new TaskDto(t.getId(), t.getPlanId(), c.actionTitle(plan, t.getActionId()).orElse(null),
                    t.getTaskNo(), t.getText(), List.copyOf(t.getSectors().codes()), t.getImplementsId(), t.getState(),
                    t.getState().label(), t.getProgress(), t.getCompletedBy(), t.getReturnReason(),
                    t.getLaggingSince(), t.getLagReason(), t.getFollowUpNote(), t.getFollowUpDue(),
                    t.deadline().orElse(null), t.getVersion(),
                    t.getUnits().stream().map(u -> new UnitDto(u.getRole(), u.getKind(), u.getRef(), u.getName()))
                            .toList(),
                    t.getMilestones().stream().map(m -> new MilestoneDto(m.getId(), m.getDueDate(), m.getPhrase(),
                            m.getTargetKind(), m.getDescription(), m.getComparison(), m.getTargetValue(), m.getUnit(),
                            m.getMetricKey(), m.targetText(), m.met(), m.getMetOn(), m.getLastValue(),
                            m.getMeasuredAt())).toList(),
                    t.getReports().stream().map(r -> new ReportDto(r.getId(), r.getPeriod(), r.getReportedAt(),
                            r.getReportedByName(), r.getUnitName(), r.getClaim(), r.getPercent(), r.getQuantity(),
                            r.getNarrative(), r.getMilestoneId(), r.getReview(), r.getReviewedByName(),
                            r.getReviewedAt(), r.getReviewNote(), r.getEvidence().stream().map(e -> new EvidenceDto(
                                    e.getSeq(), e.getName(), e.getFileType(), e.getSize(), e.getSha256())).toList()))
                            .toList(),
                    t.getEscalations().stream().map(e -> new EscalationDto(e.getStep(), e.getStep().label(),
                            e.getRound(), e.getProposedAt(), e.getConfirmedAt(), e.getConfirmedByName(),
                            e.getDeclinedAt(), e.getDeclinedByName(), e.getNote())).toList());
        }
    }
}
