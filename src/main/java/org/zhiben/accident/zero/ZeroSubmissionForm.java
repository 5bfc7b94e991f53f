package org.zhiben.accident.zero;

import jakarta.validation.constraints.Size;

/** The page form of a submission to the city office. */
public class ZeroSubmissionForm {

    private @Size(max = 32) String deadlineCode;
    private @Size(max = 16) String orgKind = "REGION";
    private @Size(max = 64) String orgCode;
    private @Size(max = 200) String orgName;
    private @Size(max = 2000) String text;

    public String getDeadlineCode() { return deadlineCode; }
    public void setDeadlineCode(String deadlineCode) { this.deadlineCode = deadlineCode; }
    public String getOrgKind() { return orgKind; }
    public void setOrgKind(String orgKind) { this.orgKind = orgKind; }
    public String getOrgCode() { return orgCode; }
    public void setOrgCode(String orgCode) { this.orgCode = orgCode; }
    public String getOrgName() { return orgName; }
    public void setOrgName(String orgName) { this.orgName = orgName; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
