package org.zhiben.enforcement.web;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;
import org.zhiben.enforcement.CaseAction;
import org.zhiben.enforcement.CaseCommand;
import org.zhiben.enforcement.CaseMeasure;
import org.zhiben.enforcement.InspectionMode;
import org.zhiben.enforcement.NewCase;
import org.zhiben.enforcement.NewCheckItem;
import org.zhiben.enforcement.NewDraw;
import org.zhiben.enforcement.NewInspection;
import org.zhiben.enforcement.NewOfficer;
import org.zhiben.enforcement.OnSiteMeasure;

/** The page forms of the enforcement module (bound with {@code @ModelAttribute}, saved through FormSubmission). */
final class Forms {

    private Forms() {
    }

    static Set<String> sectors(String text) {
        Set<String> s = new LinkedHashSet<>();
        if (text != null) {
            for (String part : text.split("[,,\\s]+")) {
                if (!part.isBlank()) {
                    s.add(part.strip());
                }
            }
        }
        return s;
    }

    static BigDecimal yuan(String field, String text) {
        if (text == null || text.isBlank()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "请填写金额(元),如 50000 或 12000.50");
        }
    }

    public static class OfficerTrainingForm {
        private @Size(max = 64) String idempotencyKey;
        private UUID officerId;
        private LocalDate trainedOn;
        private @Size(max = 200) String topic;
        private java.math.BigDecimal hours;
        private @Size(max = 100) String organiser;

        org.zhiben.enforcement.OfficerTrainings.NewTraining toTraining() {
            return new org.zhiben.enforcement.OfficerTrainings.NewTraining(trainedOn, topic, hours, organiser);
        }

        public String getIdempotencyKey() { return idempotencyKey; }
        public void setIdempotencyKey(String v) { idempotencyKey = v; }
        public UUID getOfficerId() { return officerId; }
        public void setOfficerId(UUID v) { officerId = v; }
        public LocalDate getTrainedOn() { return trainedOn; }
        public void setTrainedOn(LocalDate v) { trainedOn = v; }
        public String getTopic() { return topic; }
        public void setTopic(String v) { topic = v; }
        public java.math.BigDecimal getHours() { return hours; }
        public void setHours(java.math.BigDecimal v) { hours = v; }
        public String getOrganiser() { return organiser; }
        public void setOrganiser(String v) { organiser = v; }
    }

    public static class OfficerForm {
        private @Size(max = 64) String idempotencyKey;
        private UUID userId;
        private @Size(max = 40) String certNo;
        private LocalDate validFrom;
        private LocalDate validUntil;
        private @Size(max = 12) String regionCode;
        private @Size(max = 200) String sectors;
        private @Size(max = 100) String office;

        NewOfficer toOfficer() {
            return new NewOfficer(userId, certNo, validFrom, validUntil, regionCode, Forms.sectors(sectors), office);
        }

        public String getIdempotencyKey() { return idempotencyKey; }
        public void setIdempotencyKey(String v) { idempotencyKey = v; }
        public UUID getUserId() { return userId; }
        public void setUserId(UUID v) { userId = v; }
        public String getCertNo() { return certNo; }
        public void setCertNo(String v) { certNo = v; }
        public LocalDate getValidFrom() { return validFrom; }
        public void setValidFrom(LocalDate v) { validFrom = v; }
        public LocalDate getValidUntil() { return validUntil; }
        public void setValidUntil(LocalDate v) { validUntil = v; }
        public String getRegionCode() { return regionCode; }
        public void setRegionCode(String v) { regionCode = v; }
        public String getSectors() { return sectors; }
        public void setSectors(String v) { sectors = v; }
        public String getOffice() { return office; }
        public void setOffice(String v) { office = v; }
    }

    public static class ItemForm {
        private @Size(max = 64) String idempotencyKey;
        private @Size(max = 20) String code;
        private @Size(max = 200) String name;
        private @Size(max = 500) String basis;
        private @Size(max = 200) String subject;
        private @Size(max = 200) String sectors;

        NewCheckItem toItem() {
            return new NewCheckItem(code, name, basis, subject, Forms.sectors(sectors));
        }

        public String getIdempotencyKey() { return idempotencyKey; }
        public void setIdempotencyKey(String v) { idempotencyKey = v; }
        public String getCode() { return code; }
        public void setCode(String v) { code = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getBasis() { return basis; }
        public void setBasis(String v) { basis = v; }
        public String getSubject() { return subject; }
        public void setSubject(String v) { subject = v; }
        public String getSectors() { return sectors; }
        public void setSectors(String v) { sectors = v; }
    }

    public static class DrawForm {
        private @Size(max = 64) String idempotencyKey;
        private @Size(max = 200) String title;
        private UUID itemId;
        private @Size(max = 12) String regionCode;
        private @Size(max = 64) String sector;
        private Integer enterpriseCount = 5;
        private Integer officerCount = 2;
        private Integer recentDays = 180;
        private boolean incentives = true;
        private UUID conflictOfficerId;
        private @Size(max = 200) String conflictReason;

        NewDraw toDraw() {
            List<NewDraw.Conflict> conflicts = new ArrayList<>();
            if (conflictOfficerId != null) {
                conflicts.add(new NewDraw.Conflict(conflictOfficerId, conflictReason));
            }
            return new NewDraw(title, itemId, regionCode, sector, enterpriseCount == null ? 0 : enterpriseCount,
                    officerCount == null ? 0 : officerCount, recentDays == null ? 0 : recentDays, incentives,
                    conflicts, null);
        }

        public String getIdempotencyKey() { return idempotencyKey; }
        public void setIdempotencyKey(String v) { idempotencyKey = v; }
        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public UUID getItemId() { return itemId; }
        public void setItemId(UUID v) { itemId = v; }
        public String getRegionCode() { return regionCode; }
        public void setRegionCode(String v) { regionCode = v; }
        public String getSector() { return sector; }
        public void setSector(String v) { sector = v; }
        public Integer getEnterpriseCount() { return enterpriseCount; }
        public void setEnterpriseCount(Integer v) { enterpriseCount = v; }
        public Integer getOfficerCount() { return officerCount; }
        public void setOfficerCount(Integer v) { officerCount = v; }
        public Integer getRecentDays() { return recentDays; }
        public void setRecentDays(Integer v) { recentDays = v; }
        public boolean isIncentives() { return incentives; }
        public void setIncentives(boolean v) { incentives = v; }
        public UUID getConflictOfficerId() { return conflictOfficerId; }
        public void setConflictOfficerId(UUID v) { conflictOfficerId = v; }
        public String getConflictReason() { return conflictReason; }
        public void setConflictReason(String v) { conflictReason = v; }
    }

    public static class InspectionForm {
        private @Size(max = 64) String idempotencyKey;
        private UUID enterpriseId;
        private InspectionMode mode;
        private UUID drawId;
        private UUID templateId;
        private LocalDate inspectedOn;
        private @Size(max = 200) String place;
        private @Size(max = 2000) String summary;
        private List<UUID> officerIds = new ArrayList<>();
        private @Size(max = 20000) String findings;
        private Set<OnSiteMeasure> measures = EnumSet.noneOf(OnSiteMeasure.class);
        private @Size(max = 2000) String measureNote;
        private LocalDate rectifyDue;

        /** One finding per line; a line starting with 重大 proposes a major hazard. */
        NewInspection toInspection() {
            List<NewInspection.FindingInput> list = new ArrayList<>();
            if (findings != null) {
                for (String line : findings.split("\\R")) {
                    String l = line.strip();
                    if (!l.isEmpty()) {
                        boolean major = l.startsWith("重大");
                        list.add(new NewInspection.FindingInput(null,
                                major ? l.replaceFirst("^重大[::]?", "").strip() : l, major));
                    }
                }
            }
            return new NewInspection(enterpriseId, mode, drawId, templateId, inspectedOn, place, summary,
                    officerIds, list, measures, measureNote, rectifyDue);
        }

        public String getIdempotencyKey() { return idempotencyKey; }
        public void setIdempotencyKey(String v) { idempotencyKey = v; }
        public UUID getEnterpriseId() { return enterpriseId; }
        public void setEnterpriseId(UUID v) { enterpriseId = v; }
        public InspectionMode getMode() { return mode; }
        public void setMode(InspectionMode v) { mode = v; }
        public UUID getDrawId() { return drawId; }
        public void setDrawId(UUID v) { drawId = v; }
        public UUID getTemplateId() { return templateId; }
        public void setTemplateId(UUID v) { templateId = v; }
        public LocalDate getInspectedOn() { return inspectedOn; }
        public void setInspectedOn(LocalDate v) { inspectedOn = v; }
        public String getPlace() { return place; }
        public void setPlace(String v) { place = v; }
        public String getSummary() { return summary; }
        public void setSummary(String v) { summary = v; }
        public List<UUID> getOfficerIds() { return officerIds; }
        public void setOfficerIds(List<UUID> v) { officerIds = v == null ? new ArrayList<>() : v; }
        public String getFindings() { return findings; }
        public void setFindings(String v) { findings = v; }
        public Set<OnSiteMeasure> getMeasures() { return measures; }
        public void setMeasures(Set<OnSiteMeasure> v) { measures = v == null ? EnumSet.noneOf(OnSiteMeasure.class) : v; }
        public String getMeasureNote() { return measureNote; }
        public void setMeasureNote(String v) { measureNote = v; }
        public LocalDate getRectifyDue() { return rectifyDue; }
        public void setRectifyDue(LocalDate v) { rectifyDue = v; }
    }

    public static class CaseForm {
        private @Size(max = 64) String idempotencyKey;
        private UUID enterpriseId;
        private UUID inspectionId;
        private @Size(max = 200) String title;
        private @Size(max = 4000) String facts;

        NewCase toCase() {
            return new NewCase(enterpriseId, inspectionId, title, facts);
        }

        public String getIdempotencyKey() { return idempotencyKey; }
        public void setIdempotencyKey(String v) { idempotencyKey = v; }
        public UUID getEnterpriseId() { return enterpriseId; }
        public void setEnterpriseId(UUID v) { enterpriseId = v; }
        public UUID getInspectionId() { return inspectionId; }
        public void setInspectionId(UUID v) { inspectionId = v; }
        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public String getFacts() { return facts; }
        public void setFacts(String v) { facts = v; }
    }

    public static class ActionForm {
        private Long version;
        private CaseAction action;
        private @Size(max = 4000) String text;
        private LocalDate date;
        private Set<CaseMeasure> measures = EnumSet.noneOf(CaseMeasure.class);
        private @Size(max = 32) String fineUnitYuan;
        private @Size(max = 100) String principalName;
        private @Size(max = 32) String finePrincipalYuan;
        private LocalDate rectifyDue;
        private @Size(max = 200) String transferTo;
        private boolean hearing;

        CaseCommand toCommand() {
            if (action == null) {
                throw new InvalidInputException("action", "请选择操作");
            }
            return new CaseCommand(action, text, date, measures, yuan("fineUnitYuan", fineUnitYuan), principalName,
                    yuan("finePrincipalYuan", finePrincipalYuan), rectifyDue, transferTo, hearing);
        }

        long version() {
            return InputRules.version(version);
        }

        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
        public CaseAction getAction() { return action; }
        public void setAction(CaseAction v) { action = v; }
        public String getText() { return text; }
        public void setText(String v) { text = v; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate v) { date = v; }
        public Set<CaseMeasure> getMeasures() { return measures; }
        public void setMeasures(Set<CaseMeasure> v) { measures = v == null ? EnumSet.noneOf(CaseMeasure.class) : v; }
        public String getFineUnitYuan() { return fineUnitYuan; }
        public void setFineUnitYuan(String v) { fineUnitYuan = v; }
        public String getPrincipalName() { return principalName; }
        public void setPrincipalName(String v) { principalName = v; }
        public String getFinePrincipalYuan() { return finePrincipalYuan; }
        public void setFinePrincipalYuan(String v) { finePrincipalYuan = v; }
        public LocalDate getRectifyDue() { return rectifyDue; }
        public void setRectifyDue(LocalDate v) { rectifyDue = v; }
        public String getTransferTo() { return transferTo; }
        public void setTransferTo(String v) { transferTo = v; }
        public boolean isHearing() { return hearing; }
        public void setHearing(boolean v) { hearing = v; }
    }

    /** 典型案例: mark a closed case, or revise a draft or returned one (tags separated by commas or spaces). */
    public static class TypicalCaseForm {
        private @Size(max = 64) String idempotencyKey;
        private UUID caseId;
        private Long version;
        private @Size(max = 200) String title;
        private @Size(max = 4000) String summary;
        private @Size(max = 2000) String lessons;
        private @Size(max = 200) String tags;

        org.zhiben.enforcement.NewTypicalCase toTypicalCase() {
            List<String> t = new ArrayList<>();
            if (tags != null) {
                for (String part : tags.split("[,,、;;\\s]+")) {
                    if (!part.isBlank()) {
                        t.add(part.strip());
                    }
                }
            }
            return new org.zhiben.enforcement.NewTypicalCase(caseId, title, summary, lessons, t);
        }

        public String getIdempotencyKey() { return idempotencyKey; }
        public void setIdempotencyKey(String v) { this.idempotencyKey = v; }
        public UUID getCaseId() { return caseId; }
        public void setCaseId(UUID v) { this.caseId = v; }
        public Long getVersion() { return version; }
        public void setVersion(Long v) { this.version = v; }
        public String getTitle() { return title; }
        public void setTitle(String v) { this.title = v; }
        public String getSummary() { return summary; }
        public void setSummary(String v) { this.summary = v; }
        public String getLessons() { return lessons; }
        public void setLessons(String v) { this.lessons = v; }
        public String getTags() { return tags; }
        public void setTags(String v) { this.tags = v; }
    }
}
