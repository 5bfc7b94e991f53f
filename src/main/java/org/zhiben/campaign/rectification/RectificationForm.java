package org.zhiben.campaign.rectification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** The ledger pages' forms: registering an object, a check (one row per checklist item), 整改 and 验收, an import. */
public class RectificationForm {

    private @Size(max = 16) String ledger;
    private @Size(max = 16) String kindCode;
    private @Size(max = 12) String regionCode;
    private @Size(max = 100) String name;
    private @Size(max = 200) String address;
    private @Size(max = 50) String ownerName;
    private Integer storeys;
    private @Size(max = 16) String purpose;
    private boolean business;
    private Long version;
    private LocalDate checkedOn;
    private @Size(max = 100) String inspectorName;
    private @Size(max = 1000) String note;
    private @Size(max = 500) String rectification;
    private LocalDate rectifiedOn;
    private Boolean pass;
    private MultipartFile file;
    private List<@Valid ItemRow> results = new ArrayList<>();

    public String getLedger() {
        return ledger;
    }

    public void setLedger(String ledger) {
        this.ledger = ledger;
    }

    public String getKindCode() {
        return kindCode;
    }

    public void setKindCode(String kindCode) {
        this.kindCode = kindCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public Integer getStoreys() {
        return storeys;
    }

    public void setStoreys(Integer storeys) {
        this.storeys = storeys;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public boolean isBusiness() {
        return business;
    }

    public void setBusiness(boolean business) {
        this.business = business;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public void setCheckedOn(LocalDate checkedOn) {
        this.checkedOn = checkedOn;
    }

    public String getInspectorName() {
        return inspectorName;
    }

    public void setInspectorName(String inspectorName) {
        this.inspectorName = inspectorName;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getRectification() {
        return rectification;
    }

    public void setRectification(String rectification) {
        this.rectification = rectification;
    }

    public LocalDate getRectifiedOn() {
        return rectifiedOn;
    }

    public void setRectifiedOn(LocalDate rectifiedOn) {
        this.rectifiedOn = rectifiedOn;
    }

    public Boolean getPass() {
        return pass;
    }

    public void setPass(Boolean pass) {
        this.pass = pass;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public List<ItemRow> getResults() {
        return results;
    }

    public void setResults(List<ItemRow> results) {
        this.results = results;
    }

    /** One checklist item's row: 合格 / 不合格 / 不适用, a note, the due date of a 不合格 item. */
    public static class ItemRow {

        private int seq;
        private @Size(max = 8) String outcome;
        private @Size(max = 500) String note;
        private LocalDate dueDate;

        public int getSeq() {
            return seq;
        }

        public void setSeq(int seq) {
            this.seq = seq;
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
        }
    }
}
