package org.zhiben.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;
import org.zhiben.training.HoursKind;
import org.zhiben.training.TrainingRequirements;

/** Hours credited to a person on a day. */
@Entity
@Table(name = "training_hours")
public class HoursEntry extends ScopedRecord {

    @Column(name = "person_id")
    private UUID personId;
    @Enumerated(EnumType.STRING)
    private HoursKind kind;
    private BigDecimal hours;
    @Column(name = "taken_on")
    private LocalDate takenOn;
    private String topic;
    /** The session whose completion credited these hours (once per session and person), or null. */
    @Column(name = "session_id")
    private UUID sessionId;

    protected HoursEntry() {
    }

    public HoursEntry(Person p, HoursKind kind, BigDecimal hours, LocalDate takenOn, String topic, LocalDate today,
            Instant now) {
        super(p.getEnterpriseId(), p.getRegionCode(), p.getSectors(), now);
        if (kind == null) {
            throw new InvalidInputException("kind", "请选择培训类别");
        }
        if (hours == null || hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(200)) > 0
                || hours.scale() > 1) {
            throw new InvalidInputException("hours", "学时应大于0、不超过200,最多一位小数");
        }
        if (takenOn == null || takenOn.isAfter(today)) {
            throw new InvalidInputException("takenOn", "请填写培训日期(不能晚于今天)");
        }
        if (topic == null || topic.isBlank() || topic.strip().length() > 200) {
            throw new InvalidInputException("topic", "请填写培训内容(不超过200字)");
        }
        this.personId = p.getId();
        this.kind = kind;
        this.hours = hours;
        this.takenOn = takenOn;
        this.topic = topic.strip();
    }

    /** The hours of a completed session, credited to a person present. */
    public static HoursEntry credited(Person p, UUID sessionId, HoursKind kind, BigDecimal hours, LocalDate day,
            String topic, LocalDate today, Instant now) {
        HoursEntry e = new HoursEntry(p, kind, hours, day, topic, today, now);
        e.sessionId = sessionId;
        return e;
    }

    public TrainingRequirements.Hours toHours() {
        return new TrainingRequirements.Hours(kind, hours, takenOn);
    }

    public UUID getPersonId() { return personId; }
    public HoursKind getKind() { return kind; }
    public BigDecimal getHours() { return hours; }
    public LocalDate getTakenOn() { return takenOn; }
    public String getTopic() { return topic; }
    public UUID getSessionId() { return sessionId; }
}
