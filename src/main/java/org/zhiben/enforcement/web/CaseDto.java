package org.zhiben.enforcement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.zhiben.enforcement.CaseAction;
import org.zhiben.enforcement.CaseMeasure;
import org.zhiben.enforcement.CaseState;
import org.zhiben.enforcement.internal.EnforcementCase;
import org.zhiben.enforcement.internal.Writ;

record CaseDto(UUID id, UUID enterpriseId, String enterpriseName, String officeName, UUID inspectionId, String title,
        String facts, CaseState state, String stateLabel, LocalDate filedOn, String evidence, LocalDate notifiedOn,
        LocalDate replyDue, boolean hearingRight, boolean hearingRequested, String statement, LocalDate hearingHeldOn,
        LocalDate decidedOn, List<CaseMeasure> measures, BigDecimal fineUnitYuan, String principalName,
        BigDecimal finePrincipalYuan, LocalDate rectifyDue, String transferTo, String decisionText,
        LocalDate paymentDue, LocalDate paidOn, LocalDate closedOn, List<CaseAction> allowedActions,
        List<InspectionDto.DocumentRef> documents, long version) {

    static CaseDto of(EnforcementCase c, List<Writ> writs) {
        return new CaseDto(c.getId(), c.getEnterpriseId(), c.getEnterpriseName(), c.getOfficeName(),
                c.getInspectionId(), c.getTitle(), c.getFacts(), c.getState(), c.getState().label(), c.getFiledOn(),
                c.getEvidence(), c.getNotifiedOn(), c.getReplyDue(), c.hearingRight(), c.isHearingRequested(),
                c.getStatement(), c.getHearingHeldOn(), c.getDecidedOn(), c.measureSet().stream().sorted().toList(),
                c.getFineUnitYuan(), c.getPrincipalName(), c.getFinePrincipalYuan(), c.getRectifyDue(),
                c.getTransferTo(), c.getDecisionText(), c.getPaymentDue(), c.getPaidOn(), c.getClosedOn(),
                c.allowedActions(), writs.stream().map(w -> new InspectionDto.DocumentRef(w.getId(), w.getKind().name(),
                        w.getKind().label(), w.getNumber())).toList(), c.getVersion());
    }
}
