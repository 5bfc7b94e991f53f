package org.zhiben.campaign.web;

import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/** The new-plan page's form ("新建方案" / "导入方案"): the plan's fields and, optionally, its tasks as an xlsx. */
public class PlanForm {

    private @Size(max = 300) String title;
    private @Size(max = 200) String issuer;
    private @Size(max = 12) String regionCode;
    private @Size(max = 16) String level;
    private @Size(max = 64) String parentId;
    private @Size(max = 100) String docNo;
    private @Size(max = 64) String startDate;
    private @Size(max = 64) String endDate;
    private MultipartFile file;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = parentId;
    }

    public String getDocNo() {
        return docNo;
    }

    public void setDocNo(String docNo) {
        this.docNo = docNo;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
