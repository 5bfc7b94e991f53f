package org.zhiben.hazard.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.workflow.Assignment;
import org.zhiben.hazard.workflow.HazardAction;
import org.zhiben.hazard.workflow.HazardWorkflow;
import org.zhiben.hazard.workflow.MajorPlan;
import org.zhiben.hazard.workflow.PhotoKind;
import org.zhiben.hazard.workflow.RejectionKind;

/**
 * The fields of every action form on the detail page, as typed (each form posts only its own), plus the version the
 * user saw. Property names are the workflow's field names, so its messages land beside the right input.
 */
public class ActionForm {

    private @Size(max = 64) String version;
    private @Size(max = 8) String level;
    private @Size(max = 64) String deadline;
    private @Size(max = 64) String responsibleUserId;
    private @Size(max = 100) String responsibleName;
    private @Size(max = 32) String responsiblePhone;
    private @Size(max = 2000) String measures;
    private @Size(max = 32) String funds;
    private @Size(max = 2000) String contingency;
    private @Size(max = 16) String rejectionKind;
    private @Size(max = 1000) String reason;
    private @Size(max = 2000) String rectification;
    private @Size(max = 32) String cost;
    private @Size(max = 1000) String note;
    private @Size(max = 64) String approve;
    private @Size(max = 8) String kind;
    private @Size(max = 4000) String situation;
    private @Size(max = 4000) String harmAnalysis;
    private @Size(max = 4000) String goal;
    private @Size(max = 4000) String methods;
    private @Size(max = 4000) String resources;
    private @Size(max = 200) String organisation;
    private @Size(max = 4000) String schedule;
    private @Size(max = 4000) String safety;
    private @Size(max = 200) String department;
    private @Size(max = 2000) String requirements;
    private @Size(max = 200) String assessmentBy;
    private @Size(max = 4000) String assessmentSummary;
    private @Size(max = 4000) String applicationText;
    /** The signer ticked "我已核对" (SIGN on the page). */
    private @Size(max = 64) String confirmed;
    private @Size(max = 2000) String opinion;
    private List<MultipartFile> photos = new ArrayList<>();

    long seenVersion() {
        try {
            return Long.parseLong(version);
        } catch (NumberFormatException e) {
            return -1; // never matches: answered as a stale form
        }
    }

    /** A closed-loop transition with the photos already uploaded. */
    HazardWorkflow.Command command(HazardAction action, List<String> afterPhotos) {
        Assignment as = new Assignment(FormValues.constant(HazardLevel.class, level, "level"),
                FormValues.date(deadline, "deadline"), FormValues.user(responsibleUserId, "responsibleUserId"),
                responsibleName, responsiblePhone, measures, FormValues.money(funds, "funds"), contingency);
        return new HazardWorkflow.Command(action, as,
                FormValues.constant(RejectionKind.class, rejectionKind, "rejectionKind"), reason,
                null, rectification, FormValues.money(cost, "cost"), afterPhotos, note);
    }

    MajorPlan plan() {
        return new MajorPlan(situation, harmAnalysis, goal, methods, resources, organisation, schedule, safety);
    }

    PhotoKind photoKind() {
        return FormValues.constant(PhotoKind.class, kind, "kind");
    }

    boolean approved() {
        return "true".equals(approve);
    }

    /** What was typed, by field, for the form to show again when refused (no version, no files). */
    Map<String, String> typed() {
        BeanWrapperImpl bean = new BeanWrapperImpl(this);
        Map<String, String> typed = new LinkedHashMap<>();
        for (var p : bean.getPropertyDescriptors()) {
            if (p.getPropertyType() == String.class && p.getWriteMethod() != null && !p.getName().equals("version")
                    && bean.getPropertyValue(p.getName()) instanceof String value) {
                typed.put(p.getName(), value);
            }
        }
        return typed;
    }

    /** The workflow names the photos of SUBMIT afterPhotos: its messages about them go beside the photo input. */
    public List<MultipartFile> getAfterPhotos() { return photos; }
    /** The workflow names the photos of ADD_PHOTO file. */
    public List<MultipartFile> getFile() { return photos; }

    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getDeadline() { return deadline; }
    public void setDeadline(String deadline) { this.deadline = deadline; }
    public String getResponsibleUserId() { return responsibleUserId; }
    public void setResponsibleUserId(String responsibleUserId) { this.responsibleUserId = responsibleUserId; }
    public String getResponsibleName() { return responsibleName; }
    public void setResponsibleName(String responsibleName) { this.responsibleName = responsibleName; }
    public String getResponsiblePhone() { return responsiblePhone; }
    public void setResponsiblePhone(String responsiblePhone) { this.responsiblePhone = responsiblePhone; }
    public String getMeasures() { return measures; }
    public void setMeasures(String measures) { this.measures = measures; }
    public String getFunds() { return funds; }
    public void setFunds(String funds) { this.funds = funds; }
    public String getContingency() { return contingency; }
    public void setContingency(String contingency) { this.contingency = contingency; }
    public String getRejectionKind() { return rejectionKind; }
    public void setRejectionKind(String rejectionKind) { this.rejectionKind = rejectionKind; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getRectification() { return rectification; }
    public void setRectification(String rectification) { this.rectification = rectification; }
    public String getCost() { return cost; }
    public void setCost(String cost) { this.cost = cost; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getApprove() { return approve; }
    public void setApprove(String approve) { this.approve = approve; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getSituation() { return situation; }
    public void setSituation(String situation) { this.situation = situation; }
    public String getHarmAnalysis() { return harmAnalysis; }
    public void setHarmAnalysis(String harmAnalysis) { this.harmAnalysis = harmAnalysis; }
    public String getGoal() { return goal; }
    public void setGoal(String goal) { this.goal = goal; }
    public String getMethods() { return methods; }
    public void setMethods(String methods) { this.methods = methods; }
    public String getResources() { return resources; }
    public void setResources(String resources) { this.resources = resources; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getSchedule() { return schedule; }
    public void setSchedule(String schedule) { this.schedule = schedule; }
    public String getSafety() { return safety; }
    public void setSafety(String safety) { this.safety = safety; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getRequirements() { return requirements; }
    public void setRequirements(String requirements) { this.requirements = requirements; }
    public String getAssessmentBy() { return assessmentBy; }
    public void setAssessmentBy(String assessmentBy) { this.assessmentBy = assessmentBy; }
    public String getAssessmentSummary() { return assessmentSummary; }
    public void setAssessmentSummary(String assessmentSummary) { this.assessmentSummary = assessmentSummary; }
    public String getApplicationText() { return applicationText; }
    public void setApplicationText(String applicationText) { this.applicationText = applicationText; }
    public String getOpinion() { return opinion; }
    public void setOpinion(String opinion) { this.opinion = opinion; }
    public List<MultipartFile> getPhotos() { return photos; }
    public void setPhotos(List<MultipartFile> photos) { this.photos = photos; }

    public String getConfirmed() {
        return confirmed;
    }

    public void setConfirmed(String confirmed) {
        this.confirmed = confirmed;
    }
}
