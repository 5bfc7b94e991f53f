package org.zhiben.campaign.routine;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The routine pages' forms: a meeting, an agenda change, the minutes, a filing requirement, an upload. */
public class RoutineForm {

    private Long version;
    private @Size(max = 7) String period;
    private java.time.LocalDate heldOn;
    private @Size(max = 16) String kind;
    private @Size(max = 300) String title;
    private @Size(max = 200) String place;
    private @Size(max = 16) String action;
    private Integer seq;
    private @Size(max = 500) String topic;
    private @Size(max = 100) String chair;
    private @Size(max = 1000) String attendees;
    private @Size(max = 200) String filedWith;
    private java.time.LocalDate dueDate;
    private List<@Size(max = 12) String> regions = new ArrayList<>();
    private @Size(max = 2000) String usccs;
    private @Size(max = 64) String filerRef;
    private org.springframework.web.multipart.MultipartFile file;
    private List<@Valid ItemRow> items = new ArrayList<>();

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public java.time.LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(java.time.LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public Integer getSeq() {
        return seq;
    }

    public void setSeq(Integer seq) {
        this.seq = seq;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getChair() {
        return chair;
    }

    public void setChair(String chair) {
        this.chair = chair;
    }

    public String getAttendees() {
        return attendees;
    }

    public void setAttendees(String attendees) {
        this.attendees = attendees;
    }

    public String getFiledWith() {
        return filedWith;
    }

    public void setFiledWith(String filedWith) {
        this.filedWith = filedWith;
    }

    public java.time.LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(java.time.LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public java.util.List<String> getRegions() {
        return regions;
    }

    public void setRegions(java.util.List<String> regions) {
        this.regions = regions;
    }

    public String getUsccs() {
        return usccs;
    }

    public void setUsccs(String usccs) {
        this.usccs = usccs;
    }

    public String getFilerRef() {
        return filerRef;
    }

    public void setFilerRef(String filerRef) {
        this.filerRef = filerRef;
    }

    public org.springframework.web.multipart.MultipartFile getFile() {
        return file;
    }

    public void setFile(org.springframework.web.multipart.MultipartFile file) {
        this.file = file;
    }

    public List<ItemRow> getItems() {
        return items;
    }

    public void setItems(List<ItemRow> items) {
        this.items = items;
    }

    /** One agenda item's minutes. */
    public static class ItemRow {

        private Integer seq;
        private @Size(max = 2000) String decision;
        private @Size(max = 1000) String followUpNote;
        private LocalDate followUpDue;

        public Integer getSeq() {
            return seq;
        }

        public void setSeq(Integer seq) {
            this.seq = seq;
        }

        public String getDecision() {
            return decision;
        }

        public void setDecision(String decision) {
            this.decision = decision;
        }

        public String getFollowUpNote() {
            return followUpNote;
        }

        public void setFollowUpNote(String followUpNote) {
            this.followUpNote = followUpNote;
        }

        public LocalDate getFollowUpDue() {
            return followUpDue;
        }

        public void setFollowUpDue(LocalDate followUpDue) {
            this.followUpDue = followUpDue;
        }

    }
}
