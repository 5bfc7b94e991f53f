package org.zhiben.campaign.duty;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The duty and visit forms of the page; strings so that a bad value is a message beside its field. */
public class DutyForm {

    @Size(max = 16)
    private String kind;
    @Size(max = 36)
    private String taskId;
    @Size(max = 36)
    private String leaderUserId;
    @Size(max = 50)
    private String leaderPost;
    @Size(max = 18)
    private String enterpriseId;
    @Size(max = 16)
    private String frequency;
    private Integer visitsRequired;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
    @Size(max = 36)
    private String templateId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getTaskId() { return taskId; }
    public void setTaskId(String taskId) { this.taskId = taskId; }
    public String getLeaderUserId() { return leaderUserId; }
    public void setLeaderUserId(String leaderUserId) { this.leaderUserId = leaderUserId; }
    public String getLeaderPost() { return leaderPost; }
    public void setLeaderPost(String leaderPost) { this.leaderPost = leaderPost; }
    public String getEnterpriseId() { return enterpriseId; }
    public void setEnterpriseId(String enterpriseId) { this.enterpriseId = enterpriseId; }
    public String getFrequency() { return frequency; }
    public void setFrequency(String frequency) { this.frequency = frequency; }
    public Integer getVisitsRequired() { return visitsRequired; }
    public void setVisitsRequired(Integer visitsRequired) { this.visitsRequired = visitsRequired; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public String getTemplateId() { return templateId; }
    public void setTemplateId(String templateId) { this.templateId = templateId; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
