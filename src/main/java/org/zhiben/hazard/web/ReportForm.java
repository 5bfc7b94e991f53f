package org.zhiben.hazard.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardType;
import org.zhiben.hazard.ManageType;
import org.zhiben.hazard.workflow.NewReport;

/** The report form (/hazards/new) as typed; property names are the workflow's field names. */
public class ReportForm {

    private UUID enterpriseId;
    private @Size(max = 64) String idempotencyKey;
    private @Size(max = 2000) String description;
    private @Size(max = 16) String type;
    private @Size(max = 24) String source;
    private @Size(max = 8) String proposedLevel;
    private @Size(max = 200) String location;
    private @Size(max = 8) String factorCode;
    private @Size(max = 32) String accidentType;
    private @Size(max = 64) String foundOn;
    private @Size(max = 2000) String cause;
    private @Size(max = 16) String manageType;
    private @Size(max = 2000) String rectification;
    private @Size(max = 32) String cost;
    private List<MultipartFile> beforePhotos = new ArrayList<>();
    private List<MultipartFile> afterPhotos = new ArrayList<>();
    /** Ticked after the form warned of a probable duplicate: "this is a different hazard". */
    private boolean notDuplicate;

    public boolean isNotDuplicate() {
        return notDuplicate;
    }

    public void setNotDuplicate(boolean notDuplicate) {
        this.notDuplicate = notDuplicate;
    }

    /** 即查即改: ticked as fixed on the spot. */
    public boolean isImmediate() {
        return ManageType.IMMEDIATE.name().equals(manageType);
    }

    /** The report with the photos already uploaded (after photos count for 即查即改 only). */
    NewReport toReport(List<String> before, List<String> after) {
        ManageType manage = isImmediate() ? ManageType.IMMEDIATE : ManageType.DEADLINE;
        return new NewReport(enterpriseId, FormValues.constant(HazardSource.class, source, "source"),
                FormValues.constant(HazardLevel.class, proposedLevel, "proposedLevel"),
                FormValues.constant(HazardType.class, type, "type"),
                factorCode, accidentType, description, cause, location, null, null, null, manage, before,
                isImmediate() ? after : List.of(), rectification, FormValues.money(cost, "cost"), foundOnDate());
    }

    LocalDate foundOnDate() {
        return FormValues.date(foundOn, "foundOn");
    }

    public UUID getEnterpriseId() { return enterpriseId; }
    public void setEnterpriseId(UUID enterpriseId) { this.enterpriseId = enterpriseId; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getProposedLevel() { return proposedLevel; }
    public void setProposedLevel(String proposedLevel) { this.proposedLevel = proposedLevel; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getFactorCode() { return factorCode; }
    public void setFactorCode(String factorCode) { this.factorCode = factorCode; }
    public String getAccidentType() { return accidentType; }
    public void setAccidentType(String accidentType) { this.accidentType = accidentType; }
    public String getFoundOn() { return foundOn; }
    public void setFoundOn(String foundOn) { this.foundOn = foundOn; }
    public String getCause() { return cause; }
    public void setCause(String cause) { this.cause = cause; }
    public String getManageType() { return manageType; }
    public void setManageType(String manageType) { this.manageType = manageType; }
    public String getRectification() { return rectification; }
    public void setRectification(String rectification) { this.rectification = rectification; }
    public String getCost() { return cost; }
    public void setCost(String cost) { this.cost = cost; }
    public List<MultipartFile> getBeforePhotos() { return beforePhotos; }
    public void setBeforePhotos(List<MultipartFile> beforePhotos) { this.beforePhotos = beforePhotos; }
    public List<MultipartFile> getAfterPhotos() { return afterPhotos; }
    public void setAfterPhotos(List<MultipartFile> afterPhotos) { this.afterPhotos = afterPhotos; }
}
