package org.zhiben.accident.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.zhiben.accident.AccidentCategories;
import org.zhiben.accident.AccidentFlag;
import org.zhiben.accident.AccidentGrade;
import org.zhiben.accident.AccidentState;
import org.zhiben.accident.ReportingClock;
import org.zhiben.accident.SpecialKind;
import org.zhiben.accident.internal.Accident;
import org.zhiben.accident.internal.Supplement;

/** An accident as the API answers it, with its reporting clock and investigation deadlines at the current instant. */
record AccidentDto(UUID id, long version, UUID enterpriseId, String unitName, String regionCode, List<String> sectors,
        String place, Instant occurredAt, Instant knownAt, Instant firstReportedAt, String categoryScheme,
        String categoryCode, String categoryLabel, boolean productionSafety, SpecialKind specialKind, int deaths,
        int missing, int seriousInjuries, BigDecimal directLossYuan, String summary, String cause, AccidentGrade grade,
        String gradeLabel, String gradeBasis, AccidentState state, String stateLabel, List<AccidentFlag> flags,
        String voidReason, List<Step> clock, ReportingClock.SupplementWindow supplementWindow,
        List<SupplementDto> supplements, Investigation investigation, List<FileDto> files) {

    record FileDto(UUID id, int seq, String name, String contentType, long sizeBytes, String sha256,
            String uploadedByName, Instant uploadedAt, String href) {
    }

    record Step(String from, String to, String actor, Instant due, Instant doneAt, ReportingClock.Status status,
            String statusLabel) {
    }

    record SupplementDto(int seq, Instant reportedAt, String reportedByName, int deaths, int missing,
            int seriousInjuries, BigDecimal directLossYuan, String note, AccidentGrade gradeBefore,
            AccidentGrade gradeAfter, boolean late) {
    }

    record Investigation(String investigatedBy, Instant startedAt, LocalDate reportDue, int reportExtensionDays,
            String reportExtensionReason, String reportExtensionApprovedBy, Instant reportSubmittedAt,
            boolean reportLate, LocalDate replyDue, int replyExtensionDays, Instant repliedAt, boolean replyLate,
            String replyText, Instant rectificationStartedAt, Instant closedAt) {
    }

    static AccidentDto of(Accident a, Instant now) {
        var c = a.casualties();
        return new AccidentDto(a.getId(), a.getVersion(), a.getEnterpriseId(), a.getUnitName(), a.getRegionCode(),
                List.copyOf(a.getSectors().codes()), a.getPlace(), a.getOccurredAt(), a.getKnownAt(),
                a.getFirstReportedAt(), a.getCategoryScheme(), a.getCategoryCode(),
                AccidentCategories.label(a.getCategoryScheme(), a.getCategoryCode()), a.isProductionSafety(),
                a.getSpecialKind(), c.deaths(), c.missing(), c.seriousInjuries(), c.directLossYuan(), a.getSummary(),
                a.getCause(), a.getGrade(), a.getGrade().label(), a.getGradeBasis(), a.getState(),
                a.getState().label(), List.copyOf(a.flags()), a.getVoidReason(),
                a.clock(now).stream().map(s -> new Step(s.from().label(), s.to().label(), s.actor(), s.due(),
                        s.doneAt(), s.status(), s.status().label())).toList(),
                a.supplementWindow(now), a.getSupplements().stream().map(AccidentDto::supplement).toList(),
                new Investigation(a.getGrade().investigatedBy().label(), a.getInvestigationStartedAt(), a.reportDue(),
                        a.getReportExtensionDays(), a.getReportExtensionReason(), a.getReportExtensionApprovedBy(),
                        a.getReportSubmittedAt(), a.isReportLate(), a.replyDue(), a.getReplyExtensionDays(),
                        a.getRepliedAt(), a.isReplyLate(), a.getReplyText(), a.getRectificationStartedAt(),
                        a.getClosedAt()),
                a.getFiles().stream().map(f -> new FileDto(f.getId(), f.getSeq(), f.getFileName(),
                        f.getFileType().contentType(), f.getSizeBytes(), f.getSha256(), f.getUploadedByName(),
                        f.getUploadedAt(), "/api/v1/accidents/" + a.getId() + "/files/" + f.getId())).toList());
    }

    private static SupplementDto supplement(Supplement s) {
        var c = s.casualties();
        return new SupplementDto(s.getSeq(), s.getReportedAt(), s.getReportedByName(), c.deaths(), c.missing(),
                c.seriousInjuries(), c.directLossYuan(), s.getNote(), s.getGradeBefore(), s.getGradeAfter(),
                s.isLate());
    }
}
