package org.zhiben.accident.zero;

import jakarta.validation.constraints.Size;

/** The page form of a line of 附表2 (the version seen when it changes an existing line). */
public class ZeroContactForm {

    private Long version;
    private @Size(max = 16) String orgKind = "REGION";
    private @Size(max = 64) String orgCode;
    private @Size(max = 200) String orgName;
    private @Size(max = 16) String duty = "LIAISON";
    private @Size(max = 100) String personName;
    private @Size(max = 100) String position;
    private @Size(max = 32) String phone;

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getOrgKind() { return orgKind; }
    public void setOrgKind(String orgKind) { this.orgKind = orgKind; }
    public String getOrgCode() { return orgCode; }
    public void setOrgCode(String orgCode) { this.orgCode = orgCode; }
    public String getOrgName() { return orgName; }
    public void setOrgName(String orgName) { this.orgName = orgName; }
    public String getDuty() { return duty; }
    public void setDuty(String duty) { this.duty = duty; }
    public String getPersonName() { return personName; }
    public void setPersonName(String personName) { this.personName = personName; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
}
