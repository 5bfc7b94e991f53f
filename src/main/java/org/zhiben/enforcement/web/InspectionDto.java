package org.zhiben.enforcement.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.zhiben.enforcement.InspectionMode;
import org.zhiben.enforcement.OnSiteMeasure;
import org.zhiben.enforcement.internal.Inspection;
import org.zhiben.enforcement.internal.Writ;

record InspectionDto(UUID id, UUID enterpriseId, String enterpriseName, String officeName, InspectionMode mode,
        String modeLabel, UUID drawId, String templateName, LocalDate inspectedOn, String place, String summary,
        List<Inspection.Member> officers, List<Inspection.Finding> findings, List<OnSiteMeasure> measures,
        String measureNote, LocalDate rectifyDue, int generalFindings, int majorFindings,
        List<DocumentRef> documents, long version) {

    record DocumentRef(UUID id, String kind, String label, String number) {
    }

    static InspectionDto of(Inspection i, List<Writ> writs) {
        return new InspectionDto(i.getId(), i.getEnterpriseId(), i.getEnterpriseName(), i.getOfficeName(),
                i.getMode(), i.getMode().label(), i.getDrawId(), i.getTemplateName(), i.getInspectedOn(),
                i.getPlace(), i.getSummary(), List.copyOf(i.getOfficers()), List.copyOf(i.getFindings()),
                i.measureSet().stream().sorted().toList(), i.getMeasureNote(), i.getRectifyDue(),
                i.getGeneralFindings(), i.getMajorFindings(), writs.stream().map(w -> new DocumentRef(w.getId(),
                        w.getKind().name(), w.getKind().label(), w.getNumber())).toList(), i.getVersion());
    }
}
