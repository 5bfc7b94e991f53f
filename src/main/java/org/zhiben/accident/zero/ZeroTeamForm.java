package org.zhiben.accident.zero;

import jakarta.validation.constraints.Size;

/** The page form registering a 专班. */
public class ZeroTeamForm {

    private @Size(max = 16) String orgKind = "REGION";
    private @Size(max = 64) String orgCode;
    private @Size(max = 200) String orgName;

    public String getOrgKind() { return orgKind; }
    public void setOrgKind(String orgKind) { this.orgKind = orgKind; }
    public String getOrgCode() { return orgCode; }
    public void setOrgCode(String orgCode) { this.orgCode = orgCode; }
    public String getOrgName() { return orgName; }
    public void setOrgName(String orgName) { this.orgName = orgName; }
}
