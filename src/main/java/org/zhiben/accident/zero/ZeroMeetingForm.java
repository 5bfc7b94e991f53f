package org.zhiben.accident.zero;

import jakarta.validation.constraints.Size;

/** The page form of a 专班 meeting; photos come as files beside it. */
public class ZeroMeetingForm {

    private @Size(max = 64) String idempotencyKey;
    private @Size(max = 10) String heldOn;
    private @Size(max = 16) String kind = "DISPATCH";
    private @Size(max = 200) String title;
    private @Size(max = 1000) String attendees;
    private @Size(max = 2000) String issues;
    private @Size(max = 2000) String decisions;
    private java.util.List<org.springframework.web.multipart.MultipartFile> photos = new java.util.ArrayList<>();

    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public String getHeldOn() { return heldOn; }
    public void setHeldOn(String heldOn) { this.heldOn = heldOn; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getAttendees() { return attendees; }
    public void setAttendees(String attendees) { this.attendees = attendees; }
    public String getIssues() { return issues; }
    public void setIssues(String issues) { this.issues = issues; }
    public String getDecisions() { return decisions; }
    public void setDecisions(String decisions) { this.decisions = decisions; }
    public java.util.List<org.springframework.web.multipart.MultipartFile> getPhotos() { return photos; }
    public void setPhotos(java.util.List<org.springframework.web.multipart.MultipartFile> photos) { this.photos = photos; }
}
