package org.zhiben.tip.web;

import jakarta.validation.constraints.Size;

/** The handler's action form on the detail page: one form, the fields each action needs. */
public class TipActionForm {

    private Long version;
    private @Size(max = 64) String action;
    private @Size(max = 2000) String note;
    private @Size(max = 2000) String reason;
    private @Size(max = 24) String sameMatterAs;
    private @Size(max = 64) String sectorCode;
    private @Size(max = 16) String finding;
    private @Size(max = 2000) String hazardDescription;
    private @Size(max = 64) String hazardLevel;
    private @Size(max = 64) String hazardType;
    private @Size(max = 64) String caseId;
    private @Size(max = 64) String caseNo;
    private @Size(max = 32) String penaltyYuan;
    private @Size(max = 24) String rewardKind;
    private @Size(max = 32) String concealedDeaths;
    private @Size(max = 64) String accidentGrade;
    private @Size(max = 2000) String text;

    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
    public String getAction() { return action; }
    public void setAction(String v) { action = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public String getSameMatterAs() { return sameMatterAs; }
    public void setSameMatterAs(String v) { sameMatterAs = v; }
    public String getSectorCode() { return sectorCode; }
    public void setSectorCode(String v) { sectorCode = v; }
    public String getFinding() { return finding; }
    public void setFinding(String v) { finding = v; }
    public String getHazardDescription() { return hazardDescription; }
    public void setHazardDescription(String v) { hazardDescription = v; }
    public String getHazardLevel() { return hazardLevel; }
    public void setHazardLevel(String v) { hazardLevel = v; }
    public String getHazardType() { return hazardType; }
    public void setHazardType(String v) { hazardType = v; }
    public String getCaseId() { return caseId; }
    public void setCaseId(String v) { caseId = v; }
    public String getCaseNo() { return caseNo; }
    public void setCaseNo(String v) { caseNo = v; }
    public String getPenaltyYuan() { return penaltyYuan; }
    public void setPenaltyYuan(String v) { penaltyYuan = v; }
    public String getRewardKind() { return rewardKind; }
    public void setRewardKind(String v) { rewardKind = v; }
    public String getConcealedDeaths() { return concealedDeaths; }
    public void setConcealedDeaths(String v) { concealedDeaths = v; }
    public String getAccidentGrade() { return accidentGrade; }
    public void setAccidentGrade(String v) { accidentGrade = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
}
