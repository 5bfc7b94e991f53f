package org.zhiben.accident.web;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.zhiben.accident.NewAccident;
import org.zhiben.accident.SpecialKind;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.Zones;

/** The report form of an enterprise user: times as Beijing local date-times, figures as typed. */
public class AccidentForm {

    private @Size(max = 64) String idempotencyKey;
    private @Size(max = 200) String place;
    private @Size(max = 64) String occurredAt;
    private @Size(max = 64) String knownAt;
    private @Size(max = 8) String categoryCode;
    private boolean productionSafety = true;
    private @Size(max = 16) String specialKind = SpecialKind.NONE.name();
    private @Size(max = 32) String deaths = "0";
    private @Size(max = 32) String missing = "0";
    private @Size(max = 32) String seriousInjuries = "0";
    private @Size(max = 32) String directLossYuan = "0";
    private @Size(max = 2000) String summary;
    private @Size(max = 2000) String cause;

    /** The report, or every field's problem at once. */
    NewAccident toReport() {
        List<FieldViolation> errors = new ArrayList<>();
        Instant occurred = time("occurredAt", occurredAt, errors);
        Instant known = time("knownAt", knownAt, errors);
        Integer d = people("deaths", deaths, errors);
        Integer m = people("missing", missing, errors);
        Integer s = people("seriousInjuries", seriousInjuries, errors);
        BigDecimal loss = null;
        try {
            loss = directLossYuan == null || directLossYuan.isBlank() ? BigDecimal.ZERO
                    : new BigDecimal(directLossYuan.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldViolation("directLossYuan", "请填写金额(元)"));
        }
        SpecialKind kind = SpecialKind.NONE;
        try {
            kind = SpecialKind.valueOf(specialKind);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(new FieldViolation("specialKind", "请选择"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new NewAccident(null, null, null, null, place, occurred, known, null, null, categoryCode,
                productionSafety, kind, d, m, s, loss, summary, cause);
    }

    private static Instant time(String field, String value, List<FieldViolation> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldViolation(field, "请填写时间"));
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(Zones.CHINA).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldViolation(field, "时间格式应为 年-月-日 时:分"));
            return null;
        }
    }

    private static Integer people(String field, String value, List<FieldViolation> errors) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return People.count(field, new BigDecimal(value.strip()), true, errors);
        } catch (NumberFormatException e) {
            errors.add(new FieldViolation(field, "请填写人数(整数)"));
            return null;
        }
    }

    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String v) { idempotencyKey = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public String getOccurredAt() { return occurredAt; }
    public void setOccurredAt(String v) { occurredAt = v; }
    public String getKnownAt() { return knownAt; }
    public void setKnownAt(String v) { knownAt = v; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String v) { categoryCode = v; }
    public boolean isProductionSafety() { return productionSafety; }
    public void setProductionSafety(boolean v) { productionSafety = v; }
    public String getSpecialKind() { return specialKind; }
    public void setSpecialKind(String v) { specialKind = v; }
    public String getDeaths() { return deaths; }
    public void setDeaths(String v) { deaths = v; }
    public String getMissing() { return missing; }
    public void setMissing(String v) { missing = v; }
    public String getSeriousInjuries() { return seriousInjuries; }
    public void setSeriousInjuries(String v) { seriousInjuries = v; }
    public String getDirectLossYuan() { return directLossYuan; }
    public void setDirectLossYuan(String v) { directLossYuan = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
    public String getCause() { return cause; }
    public void setCause(String v) { cause = v; }
}
