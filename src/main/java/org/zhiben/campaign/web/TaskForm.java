package org.zhiben.campaign.web;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** The task page's forms: a progress report with evidence, a review, an escalation decision. */
public class TaskForm {

    private Long version;
    private @Size(max = 16) String claim;
    private @Size(max = 32) String percent;
    private @Size(max = 32) String quantity;
    private @Size(max = 2000) String narrative;
    private @Size(max = 64) String milestoneId;
    private List<MultipartFile> evidence;
    private @Size(max = 64) String reportId;
    private @Size(max = 64) String decision;
    private @Size(max = 1000) String note;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getClaim() {
        return claim;
    }

    public void setClaim(String claim) {
        this.claim = claim;
    }

    public String getPercent() {
        return percent;
    }

    public void setPercent(String percent) {
        this.percent = percent;
    }

    public String getQuantity() {
        return quantity;
    }

    public void setQuantity(String quantity) {
        this.quantity = quantity;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public String getMilestoneId() {
        return milestoneId;
    }

    public void setMilestoneId(String milestoneId) {
        this.milestoneId = milestoneId;
    }

    public List<MultipartFile> getEvidence() {
        return evidence;
    }

    public void setEvidence(List<MultipartFile> evidence) {
        this.evidence = evidence;
    }

    public String getReportId() {
        return reportId;
    }

    public void setReportId(String reportId) {
        this.reportId = reportId;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
