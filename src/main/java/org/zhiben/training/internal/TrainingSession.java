package org.zhiben.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;
import org.zhiben.common.Zones;
import org.zhiben.training.SessionData;
import org.zhiben.training.SessionStatus;

/**
 * A session of a course: when, where, by whom. Attendance is taken while it is PLANNED (QR sign-in, or marked by a
 * manager); completing it (once, on or after its day) credits the course's hours to everyone present.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession extends ScopedRecord {

    @Column(name = "course_id")
    private UUID courseId;
    @Column(name = "starts_at")
    private Instant startsAt;
    private String place;
    private String trainer;
    @Enumerated(EnumType.STRING)
    private SessionStatus status;
    @Column(name = "completed_at")
    private Instant completedAt;

    protected TrainingSession() {
    }

    public TrainingSession(Course course, SessionData d, Instant now) {
        super(course.getEnterpriseId(), course.getRegionCode(), course.getSectors(), now);
        List<FieldViolation> v = new ArrayList<>();
        if (d.startsAt() == null) {
            v.add(new FieldViolation("startsAt", "请填写培训时间"));
        }
        if (d.place() == null || d.place().isBlank() || d.place().strip().length() > 100) {
            v.add(new FieldViolation("place", "请填写培训地点(不超过100字)"));
        }
        if (d.trainer() == null || d.trainer().isBlank() || d.trainer().strip().length() > 50) {
            v.add(new FieldViolation("trainer", "请填写授课人(不超过50字)"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        this.courseId = course.getId();
        this.startsAt = d.startsAt().atZone(Zones.CHINA).toInstant();
        this.place = d.place().strip();
        this.trainer = d.trainer().strip();
        this.status = SessionStatus.PLANNED;
    }

    /** Attendance may change only before completion. */
    public void requireOpen() {
        if (status == SessionStatus.COMPLETED) {
            throw new InvalidInputException("status", "本场培训已结束,考勤不能再变更");
        }
    }

    /** Someone may be recorded present only from the session's day on, while attendance is open. */
    public void requirePresence(LocalDate today) {
        requireOpen();
        if (day().isAfter(today)) {
            throw new InvalidInputException("status", "培训尚未开始(" + day() + "),不能登记出勤");
        }
    }

    /** Completes the session: once, and not before its day. */
    public void complete(LocalDate today, Instant now) {
        if (status == SessionStatus.COMPLETED) {
            throw new InvalidInputException("status", "本场培训已完成,学时已计入");
        }
        if (day().isAfter(today)) {
            throw new InvalidInputException("status", "培训尚未开始,不能完成");
        }
        status = SessionStatus.COMPLETED;
        completedAt = now;
    }

    public LocalDate day() {
        return startsAt.atZone(Zones.CHINA).toLocalDate();
    }

    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(startsAt, Zones.CHINA);
    }

    public UUID getCourseId() { return courseId; }
    public Instant getStartsAt() { return startsAt; }
    public String getPlace() { return place; }
    public String getTrainer() { return trainer; }
    public SessionStatus getStatus() { return status; }
    public Instant getCompletedAt() { return completedAt; }
}
