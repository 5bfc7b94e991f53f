package org.zhiben.training.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The small forms on the training pages (hours, certificate, 三违, drill); a form uses the fields it needs. */
public class ActionForm {

    private @Size(max = 64) String idempotencyKey;
    private Long version;
    private @Size(max = 16) String kind;
    private @Size(max = 200) String area;
    private @Size(max = 32) String hours;
    private LocalDate date;
    private LocalDate until;
    private @Size(max = 50) String number;
    private @Size(max = 100) String issuer;
    private @Size(max = 500) String text;
    private @Size(max = 1000) String participants;
    private Integer count;
    private @Size(max = 1000) String shortfalls;
    private @Size(max = 1000) String improvements;

    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String v) { this.idempotencyKey = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { this.version = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { this.kind = v; }
    public String getArea() { return area; }
    public void setArea(String v) { this.area = v; }
    public String getHours() { return hours; }
    public void setHours(String v) { this.hours = v; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate v) { this.date = v; }
    public LocalDate getUntil() { return until; }
    public void setUntil(LocalDate v) { this.until = v; }
    public String getNumber() { return number; }
    public void setNumber(String v) { this.number = v; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String v) { this.issuer = v; }
    public String getText() { return text; }
    public void setText(String v) { this.text = v; }
    public String getParticipants() { return participants; }
    public void setParticipants(String v) { this.participants = v; }
    public Integer getCount() { return count; }
    public void setCount(Integer v) { this.count = v; }
    public String getShortfalls() { return shortfalls; }
    public void setShortfalls(String v) { this.shortfalls = v; }
    public String getImprovements() { return improvements; }
    public void setImprovements(String v) { this.improvements = v; }
}
