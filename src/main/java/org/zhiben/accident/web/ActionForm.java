package org.zhiben.accident.web;

import jakarta.validation.constraints.Size;

/** One form for the accident's changes on its page: the version seen and whatever the change needs. */
public class ActionForm {

    private Long version;
    private @Size(max = 64) String action;
    private @Size(max = 64) String level;
    private Integer days;
    private @Size(max = 2000) String reason;
    private @Size(max = 200) String approvedBy;
    private @Size(max = 2000) String text;
    private @Size(max = 32) String deaths;
    private @Size(max = 32) String missing;
    private @Size(max = 32) String seriousInjuries;
    private @Size(max = 32) String directLossYuan;
    private @Size(max = 2000) String note;
    private @Size(max = 10500) String measures;
    private @Size(max = 8) String sector;
    private java.time.LocalDate due;
    private @Size(max = 1000) String jointPunishment;
    private java.time.LocalDate endsOn;
    private @Size(max = 2000) String analogyNote;
    private @Size(max = 2000) String blacklistReason;
    private @Size(max = 16) String flag;
    private @Size(max = 5) String flagValue;
    private java.util.List<org.springframework.web.multipart.MultipartFile> file;

    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
    public String getAction() { return action; }
    public void setAction(String v) { action = v; }
    public String getLevel() { return level; }
    public void setLevel(String v) { level = v; }
    public Integer getDays() { return days; }
    public void setDays(Integer v) { days = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public String getApprovedBy() { return approvedBy; }
    public void setApprovedBy(String v) { approvedBy = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public String getDeaths() { return deaths; }
    public void setDeaths(String v) { deaths = v; }
    public String getMissing() { return missing; }
    public void setMissing(String v) { missing = v; }
    public String getSeriousInjuries() { return seriousInjuries; }
    public void setSeriousInjuries(String v) { seriousInjuries = v; }
    public String getDirectLossYuan() { return directLossYuan; }
    public void setDirectLossYuan(String v) { directLossYuan = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public String getMeasures() { return measures; }
    public void setMeasures(String v) { measures = v; }
    public String getSector() { return sector; }
    public void setSector(String v) { sector = v; }
    public java.time.LocalDate getDue() { return due; }
    public void setDue(java.time.LocalDate v) { due = v; }
    public String getJointPunishment() { return jointPunishment; }
    public void setJointPunishment(String v) { jointPunishment = v; }
    public java.time.LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(java.time.LocalDate v) { endsOn = v; }
    public String getAnalogyNote() { return analogyNote; }
    public void setAnalogyNote(String v) { analogyNote = v; }
    public String getBlacklistReason() { return blacklistReason; }
    public void setBlacklistReason(String v) { blacklistReason = v; }

    public String getFlag() { return flag; }
    public void setFlag(String flag) { this.flag = flag; }
    public String getFlagValue() { return flagValue; }
    public void setFlagValue(String flagValue) { this.flagValue = flagValue; }
    public java.util.List<org.springframework.web.multipart.MultipartFile> getFile() { return file; }
    public void setFile(java.util.List<org.springframework.web.multipart.MultipartFile> file) { this.file = file; }
}
