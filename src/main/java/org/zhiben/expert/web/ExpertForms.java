package org.zhiben.expert.web;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;
import org.zhiben.expert.AssignmentKind;
import org.zhiben.expert.AssignmentRequest;
import org.zhiben.expert.ExpertData;
import org.zhiben.expert.ExpertKind;
import org.zhiben.expert.Speciality;

/** The page forms of the expert module (text fields, parsed here so a bad value is a message beside its field). */
final class ExpertForms {

    private ExpertForms() {
    }

    /** A new expert (ties to enterprises are kept through the API). */
    public static class ExpertForm {
        private @Size(max = 64) String userId;
        private @Size(max = 100) String name;
        private @Size(max = 24) String kind;
        private @Size(max = 200) String organisation;
        private @Size(max = 12) String regionCode;
        private List<@Size(max = 200) String> sectors = new ArrayList<>();
        private List<@Size(max = 400) String> specialities = new ArrayList<>();
        private @Size(max = 1000) String qualifications;
        private @Size(max = 64) String validFrom;
        private @Size(max = 64) String validTo;
        private @Size(max = 32) String feePerDay;
        private @Size(max = 500) String feeNote;
        private @Size(max = 64) String idempotencyKey;

        ExpertData toData() {
            Set<Speciality> s = new java.util.HashSet<>();
            for (String x : specialities) {
                s.add(enumOf(Speciality.class, "specialities", x));
            }
            BigDecimal fee = null;
            if (feePerDay != null && !feePerDay.isBlank()) {
                try {
                    fee = new BigDecimal(feePerDay.strip());
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("feePerDay", "请填写数字");
                }
            }
            List<String> q = qualifications == null ? List.of() : Arrays.stream(qualifications.split("\\R"))
                    .map(String::strip).filter(x -> !x.isEmpty()).toList();
            return new ExpertData(uuid("userId", userId), name, kind == null || kind.isBlank() ? null
                    : enumOf(ExpertKind.class, "kind", kind), organisation, regionCode, Set.copyOf(sectors), s, q,
                    date("validFrom", validFrom), date("validTo", validTo), fee, feeNote, List.of());
        }

        public String getUserId() { return userId; }
        public void setUserId(String v) { userId = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getKind() { return kind; }
        public void setKind(String v) { kind = v; }
        public String getOrganisation() { return organisation; }
        public void setOrganisation(String v) { organisation = v; }
        public String getRegionCode() { return regionCode; }
        public void setRegionCode(String v) { regionCode = v; }
        public List<String> getSectors() { return sectors; }
        public void setSectors(List<String> v) { sectors = v == null ? new ArrayList<>() : v; }
        public List<String> getSpecialities() { return specialities; }
        public void setSpecialities(List<String> v) { specialities = v == null ? new ArrayList<>() : v; }
        public String getQualifications() { return qualifications; }
        public void setQualifications(String v) { qualifications = v; }
        public String getValidFrom() { return validFrom; }
        public void setValidFrom(String v) { validFrom = v; }
        public String getValidTo() { return validTo; }
        public void setValidTo(String v) { validTo = v; }
        public String getFeePerDay() { return feePerDay; }
        public void setFeePerDay(String v) { feePerDay = v; }
        public String getFeeNote() { return feeNote; }
        public void setFeeNote(String v) { feeNote = v; }
        public String getIdempotencyKey() { return idempotencyKey; }
        public void setIdempotencyKey(String v) { idempotencyKey = v; }
    }

    /** Draw (no expert) or choose (expert and reason). */
    public static class AssignForm {
        private @Size(max = 64) String enterpriseId;
        private @Size(max = 24) String kind;
        private @Size(max = 64) String expertId;
        private @Size(max = 1000) String reason;
        private @Size(max = 64) String from;
        private @Size(max = 64) String until;
        private @Size(max = 64) String idempotencyKey;

        AssignmentRequest toRequest() {
            UUID e = uuid("enterpriseId", enterpriseId);
            if (e == null) {
                throw new InvalidInputException("enterpriseId", "请选择企业");
            }
            return new AssignmentRequest(e, kind == null || kind.isBlank() ? null
                    : enumOf(AssignmentKind.class, "kind", kind), uuid("expertId", expertId), reason,
                    date("from", from), date("until", until));
        }

        public String getEnterpriseId() { return enterpriseId; }
        public void setEnterpriseId(String v) { enterpriseId = v; }
        public String getKind() { return kind; }
        public void setKind(String v) { kind = v; }
        public String getExpertId() { return expertId; }
        public void setExpertId(String v) { expertId = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
        public String getFrom() { return from; }
        public void setFrom(String v) { from = v; }
        public String getUntil() { return until; }
        public void setUntil(String v) { until = v; }
        public String getIdempotencyKey() { return idempotencyKey; }
        public void setIdempotencyKey(String v) { idempotencyKey = v; }
    }

    /** The expert's report, or an official's withdrawal reason. */
    public static class ReportForm {
        private Long version;
        private @Size(max = 4000) String findings;
        private @Size(max = 2000) String conclusion;
        private @Size(max = 500) String reason;

        long version() {
            return InputRules.version(version);
        }

        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
        public String getFindings() { return findings; }
        public void setFindings(String v) { findings = v; }
        public String getConclusion() { return conclusion; }
        public void setConclusion(String v) { conclusion = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
    }

    static UUID uuid(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "无效的选择");
        }
    }

    static LocalDate date(String field, String text) {
        return text == null || text.isBlank() ? null : InputRules.date(field, text.strip());
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String field, String text) {
        return InputRules.requiredChoice(type, field, text, "无效的选择");
    }
}
