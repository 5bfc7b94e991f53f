package org.zhiben.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.zhiben.common.Ids;
import org.zhiben.training.AttendanceMethod;

/** A person of a session: enrolled beforehand or walked in, and whether present (and how it was recorded). */
@Entity
@Table(name = "training_attendance")
public class Attendance {

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(name = "session_id")
    private UUID sessionId;
    @Column(name = "person_id")
    private UUID personId;
    private boolean enrolled;
    private boolean present;
    @Enumerated(EnumType.STRING)
    private AttendanceMethod method;
    @Column(name = "signed_at")
    private Instant signedAt;

    protected Attendance() {
    }

    public Attendance(UUID sessionId, UUID personId, boolean enrolled) {
        this.id = Ids.newId();
        this.sessionId = sessionId;
        this.personId = personId;
        this.enrolled = enrolled;
    }

    /** Marks present; answers whether anything changed (a second sign-in changes nothing). */
    public boolean markPresent(AttendanceMethod how, Instant at) {
        if (present) {
            return false;
        }
        present = true;
        method = how;
        signedAt = at;
        return true;
    }

    /** A manager's correction: absent after all. */
    public boolean markAbsent() {
        if (!present) {
            return false;
        }
        present = false;
        method = AttendanceMethod.MANUAL;
        signedAt = null;
        return true;
    }

    public UUID getId() { return id; }
    public long getVersion() { return version; }
    public UUID getSessionId() { return sessionId; }
    public UUID getPersonId() { return personId; }
    public boolean isEnrolled() { return enrolled; }
    public boolean isPresent() { return present; }
    public AttendanceMethod getMethod() { return method; }
    public Instant getSignedAt() { return signedAt; }
}
