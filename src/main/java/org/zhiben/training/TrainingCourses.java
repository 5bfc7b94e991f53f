package org.zhiben.training;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.FileStore;
import org.zhiben.common.FileType;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.References;
import org.zhiben.common.SectorSet;
import org.zhiben.common.StoredFile;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.identity.DataScopes;
import org.zhiben.training.internal.Attendance;
import org.zhiben.training.internal.AttendanceRepository;
import org.zhiben.training.internal.Course;
import org.zhiben.training.internal.CourseMaterial;
import org.zhiben.training.internal.CourseRepository;
import org.zhiben.training.internal.HoursEntry;
import org.zhiben.training.internal.HoursEntryRepository;
import org.zhiben.training.internal.Person;
import org.zhiben.training.internal.PersonRepository;
import org.zhiben.training.internal.SignInTokens;
import org.zhiben.training.internal.TrainingSession;
import org.zhiben.training.internal.TrainingSessionRepository;

/**
 * Courses (with documents and videos kept by the FileStore) and their sessions: enrolment from the people register,
 * attendance by the person's own QR sign-in (a signed, expiring link) or marked by a manager, and completion, which
 * credits the course's hours to everyone present as ordinary hours entries of the person (so the gap computation
 * sees them), once per session and person. Read in the caller's scope (outside: 404); the enterprise's principal and
 * safety manager manage; every change is one audited transaction, versioned where the user saw a version.
 */
@Service
public class TrainingCourses {

    public static final Set<FileType> MATERIAL_TYPES = Set.of(FileType.PDF, FileType.DOCX, FileType.MP4,
            FileType.PNG, FileType.JPEG);
    public static final long MAX_MATERIAL_BYTES = 50L * 1024 * 1024;

    static final VersionedChanges.Subject<Course> COURSE = new VersionedChanges.Subject<>("TrainingCourse",
            Course::getId, Course::getVersion, c -> Map.of("title", c.getTitle(), "kind", c.getKind().name(),
                    "hours", c.getHours().toPlainString(), "materials", c.getMaterials().size()));
    static final VersionedChanges.Subject<TrainingSession> SESSION = new VersionedChanges.Subject<>(
            "TrainingSession", TrainingSession::getId, TrainingSession::getVersion, s -> Map.of("status",
                    s.getStatus().name(), "startsAt", String.valueOf(s.getStartsAt()), "place", s.getPlace()));
    static final VersionedChanges.Subject<Attendance> ATTENDANCE = new VersionedChanges.Subject<>(
            "TrainingAttendance", Attendance::getId, Attendance::getVersion, a -> Map.of("person",
                    String.valueOf(a.getPersonId()), "present", a.isPresent(), "method",
                    String.valueOf(a.getMethod())));

    private final CourseRepository courses;
    private final TrainingSessionRepository sessions;
    private final AttendanceRepository attendance;
    private final PersonRepository persons;
    private final HoursEntryRepository hours;
    private final TrainingPeople people;
    private final SignInTokens tokens;
    private final DataScopes scopes;
    private final FileStore files;
    private final VersionedChanges changes;
    private final IdempotentCreates creates;
    private final AuditTrail audit;
    private final Clock clock;

    TrainingCourses(CourseRepository courses, TrainingSessionRepository sessions, AttendanceRepository attendance,
            PersonRepository persons, HoursEntryRepository hours, TrainingPeople people, SignInTokens tokens,
            DataScopes scopes, FileStore files, VersionedChanges changes, IdempotentCreates creates,
            AuditTrail audit, Clock clock) {
        this.courses = courses;
        this.sessions = sessions;
        this.attendance = attendance;
        this.persons = persons;
        this.hours = hours;
        this.people = people;
        this.tokens = tokens;
        this.scopes = scopes;
        this.files = files;
        this.changes = changes;
        this.creates = creates;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- courses

    @Transactional(readOnly = true)
    public List<Course> courses(UUID enterpriseId) {
        return courses.findByEnterpriseIdOrderByCreatedAtDesc(people.enterpriseInScope(enterpriseId).id());
    }

    /** A course in scope, or 404. */
    @Transactional(readOnly = true)
    public Course course(UUID id) {
        return courses.findById(id).filter(scopes.current()::permits).orElseThrow(() -> new NotFoundException("课程"));
    }

    @Transactional
    public UUID createCourse(UUID enterpriseId, CourseData d, String idempotencyKey) {
        return creates.once("training.course", idempotencyKey, d, () -> {
            EnterpriseSummary e = managed(enterpriseId);
            Course c = new Course(e.id(), e.regionCode(), SectorSet.of(e.sectors()), d, clock.instant());
            courses.saveAndFlush(c);
            audit.record(AuditRecord.created("TrainingCourse", c.getId(), "新建课程 " + c.getTitle(),
                    COURSE.snapshot().apply(c)));
            return c.getId();
        });
    }

    /**
     * Adds a document or video to a course: PDF, Word, MP4 video or a PNG/JPEG picture, recognised by content, at
     * most 50 MB; any other file is refused beside the field.
     */
    @Transactional
    public int addMaterial(UUID courseId, long version, String name, InputStream content) {
        Course c = course(courseId);
        requireManager(c.getEnterpriseId());
        String label = name == null || name.isBlank() ? "资料" : name.strip();
        if (label.length() > 200) {
            label = label.substring(label.length() - 200);
        }
        COURSE.requireVersion(c, version);
        StoredFile f;
        try {
            f = files.store(content, MATERIAL_TYPES, MAX_MATERIAL_BYTES);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("file", "课程资料“" + label
                    + "”应为 PDF、Word 文档、MP4 视频或 PNG/JPEG 图片,且不超过50 MB");
        } catch (IOException e) {
            throw new InvalidInputException("file", "课程资料“" + label + "”无法读取");
        }
        String finalLabel = label;
        CourseMaterial[] added = new CourseMaterial[1];
        changes.apply(COURSE, c, version, "MATERIAL", "课程资料 " + c.getTitle() + " " + label,
                x -> added[0] = x.addMaterial(finalLabel, f));
        return added[0].getSeq();
    }

    /**
     * Changes a course's title, kind, hours and description (versioned: stale → 409). Hours already credited by
     * completed sessions stay as they were; later completions credit the new hours.
     */
    @Transactional
    public void editCourse(UUID courseId, long version, CourseData d) {
        Course c = course(courseId);
        requireManager(c.getEnterpriseId());
        changes.apply(COURSE, c, version, "EDIT", "修改课程 " + c.getTitle(), x -> x.set(d));
    }

    /** Removes a material of a course (versioned: stale → 409; no such material → 404). */
    @Transactional
    public void removeMaterial(UUID courseId, long version, int seq) {
        Course c = course(courseId);
        requireManager(c.getEnterpriseId());
        changes.apply(COURSE, c, version, "MATERIAL_REMOVED", "删除课程资料 " + c.getTitle() + " #" + seq,
                x -> x.removeMaterial(seq));
    }

    /**
     * Deletes a course that has no session (a course with sessions is kept, as their attendance and credited hours
     * name it: 400 on {@code sessions}); versioned: stale → 409. One transaction with an audit entry.
     */
    @Transactional
    public void deleteCourse(UUID courseId, long version) {
        Course c = course(courseId);
        requireManager(c.getEnterpriseId());
        COURSE.requireVersion(c, version);
        if (!sessions.findByCourseIdOrderByStartsAtDesc(c.getId()).isEmpty()) {
            throw new InvalidInputException("sessions", "课程已安排场次,不能删除");
        }
        Object before = COURSE.snapshot().apply(c);
        courses.delete(c);
        courses.flush();
        audit.record(AuditRecord.deleted("TrainingCourse", c.getId(), "删除课程 " + c.getTitle(), before));
    }

    /** A material of a course in scope (the enterprise's workers included), or 404. */
    @Transactional(readOnly = true)
    public CourseMaterial material(UUID courseId, int seq) {
        return course(courseId).getMaterials().stream().filter(m -> m.getSeq() == seq).findFirst()
                .orElseThrow(() -> new NotFoundException("课程资料"));
    }

    public InputStream open(CourseMaterial m) throws IOException {
        return files.open(m.getFileKey());
    }

    // ---------------------------------------------------------------- sessions

    @Transactional(readOnly = true)
    public List<TrainingSession> sessions(UUID enterpriseId) {
        return sessions.findByEnterpriseIdOrderByStartsAtDesc(people.enterpriseInScope(enterpriseId).id());
    }

    @Transactional(readOnly = true)
    public List<TrainingSession> sessionsOf(UUID courseId) {
        return sessions.findByCourseIdOrderByStartsAtDesc(course(courseId).getId());
    }

    /** A session in scope, or 404. */
    @Transactional(readOnly = true)
    public TrainingSession session(UUID id) {
        return sessions.findById(id).filter(scopes.current()::permits)
                .orElseThrow(() -> new NotFoundException("培训场次"));
    }

    /** Creates a session of a course with the people enrolled (each a person of the course's enterprise). */
    @Transactional
    public UUID createSession(UUID courseId, SessionData d, String idempotencyKey) {
        return creates.once("training.session", idempotencyKey, d, () -> {
            Course c = course(courseId);
            requireManager(c.getEnterpriseId());
            Set<UUID> enrolled = new LinkedHashSet<>(d.personIds() == null ? List.of() : d.personIds());
            if (enrolled.size() > 500) {
                throw new InvalidInputException("personIds", "每场培训最多登记500人");
            }
            for (UUID id : enrolled) {
                References.owned("personIds", "人员", c.getEnterpriseId(), () -> persons.findById(id).orElse(null),
                        Person::getEnterpriseId);
            }
            TrainingSession s = new TrainingSession(c, d, clock.instant());
            sessions.saveAndFlush(s);
            enrolled.forEach(p -> attendance.save(new Attendance(s.getId(), p, true)));
            attendance.flush();
            audit.record(AuditRecord.created("TrainingSession", s.getId(), "培训场次 " + c.getTitle() + " "
                    + s.localStart(), Map.of("course", c.getTitle(), "enrolled", enrolled.size())));
            return s.getId();
        });
    }

    /** A person of a session with their record. */
    public record Attendee(Person person, Attendance attendance) {
    }

    @Transactional(readOnly = true)
    public List<Attendee> attendees(UUID sessionId) {
        TrainingSession s = session(sessionId);
        List<Attendance> rows = attendance.findBySessionId(s.getId());
        Map<UUID, Person> byId = new LinkedHashMap<>();
        persons.findAllById(rows.stream().map(Attendance::getPersonId).toList()).forEach(p -> byId.put(p.getId(), p));
        List<Attendee> out = new ArrayList<>();
        for (Attendance a : rows) {
            out.add(new Attendee(byId.get(a.getPersonId()), a));
        }
        out.sort((x, y) -> x.person().getName().compareTo(y.person().getName()));
        return out;
    }

    /** The sign-in link's token for the session page: managers of the enterprise, while attendance is open. */
    @Transactional(readOnly = true)
    public SignInTokens.Token signInToken(UUID sessionId) {
        TrainingSession s = session(sessionId);
        requireManager(s.getEnterpriseId());
        s.requireOpen();
        return tokens.issue(s.getId());
    }

    /** Whether a token is a valid one of this session (for drawing its QR code). */
    public boolean tokenOf(UUID sessionId, String token) {
        return tokens.verify(token).filter(sessionId::equals).isPresent();
    }

    /** What a QR sign-in found: the session, its course, and whether the person was already marked present. */
    public record SignIn(TrainingSession session, Course course, Person person, boolean already) {
    }

    /** The session of a sign-in link, for the confirmation page: the token checked, the session in scope. */
    @Transactional(readOnly = true)
    public SignIn signInPreview(String token) {
        TrainingSession s = tokenSession(token);
        Person p = signer(s);
        boolean already = attendance.findBySessionIdAndPersonId(s.getId(), p.getId())
                .filter(Attendance::isPresent).isPresent();
        return new SignIn(s, courses.findById(s.getCourseId()).orElseThrow(), p, already);
    }

    /**
     * Marks the logged-in user present at the session the token names: only their own record, only a person of the
     * session's enterprise (enrolled, or walking in), only while attendance is open. A second sign-in changes
     * nothing.
     */
    @Transactional
    public SignIn signIn(String token) {
        TrainingSession s = tokenSession(token);
        Person p = signer(s);
        s.requirePresence(people.today());
        Course c = courses.findById(s.getCourseId()).orElseThrow();
        return new SignIn(s, c, p, !markPresent(s, p, AttendanceMethod.QR, "扫码签到 "));
    }

    /** A manager marks a person of the enterprise present or absent (adding them when not enrolled). */
    @Transactional
    public void mark(UUID sessionId, UUID personId, boolean present) {
        TrainingSession s = session(sessionId);
        requireManager(s.getEnterpriseId());
        s.requireOpen();
        Person p = References.owned("personId", "人员", s.getEnterpriseId(),
                () -> personId == null ? null : persons.findById(personId).orElse(null), Person::getEnterpriseId);
        if (present) {
            s.requirePresence(people.today());
            markPresent(s, p, AttendanceMethod.MANUAL, "人工登记出勤 ");
        } else {
            attendance.findBySessionIdAndPersonId(s.getId(), p.getId()).filter(Attendance::isPresent).ifPresent(a ->
                    changes.apply(ATTENDANCE, a, a.getVersion(), "ABSENT", "人工登记缺勤 " + p.getName(),
                            Attendance::markAbsent));
        }
    }

    /** Answers whether the person was marked present now (false: already present). */
    private boolean markPresent(TrainingSession s, Person p, AttendanceMethod how, String what) {
        Instant now = clock.instant();
        Attendance a = attendance.findBySessionIdAndPersonId(s.getId(), p.getId()).orElse(null);
        if (a == null) {
            Attendance walkIn = new Attendance(s.getId(), p.getId(), false);
            walkIn.markPresent(how, now);
            attendance.save(walkIn);
            changes.flush();
            audit.record(AuditRecord.created("TrainingAttendance", walkIn.getId(), what + p.getName(),
                    ATTENDANCE.snapshot().apply(walkIn)));
            return true;
        }
        if (a.isPresent()) {
            return false;
        }
        changes.apply(ATTENDANCE, a, a.getVersion(), "PRESENT", what + p.getName(), x -> x.markPresent(how, now));
        return true;
    }

    /**
     * Completes a session (once, not before its day) and credits the course's hours, of the course's kind, on the
     * session's day, to every person present who has not been credited for this session yet. Answers how many.
     */
    @Transactional
    public int complete(UUID sessionId, long version) {
        TrainingSession s = session(sessionId);
        requireManager(s.getEnterpriseId());
        Course c = courses.findById(s.getCourseId()).orElseThrow();
        changes.apply(SESSION, s, version, "COMPLETE", "完成培训 " + c.getTitle() + " " + s.localStart(),
                x -> x.complete(people.today(), clock.instant()));
        int credited = 0;
        for (Attendance a : attendance.findBySessionId(s.getId())) {
            if (!a.isPresent() || hours.existsBySessionIdAndPersonId(s.getId(), a.getPersonId())) {
                continue;
            }
            Person p = persons.findById(a.getPersonId()).orElseThrow();
            HoursEntry e = HoursEntry.credited(p, s.getId(), c.getKind(), c.getHours(), s.day(), c.getTitle(),
                    people.today(), clock.instant());
            hours.save(e);
            changes.flush();
            audit.record(AuditRecord.created("TrainingHours", e.getId(), "培训完成计入学时 " + p.getName() + " "
                    + c.getKind().label() + " " + c.getHours().toPlainString(), Map.of("hours",
                            c.getHours().toPlainString(), "kind", c.getKind().name(), "session", s.getId().toString())));
            credited++;
        }
        return credited;
    }

    /** The hours entries a session credited. */
    @Transactional(readOnly = true)
    public List<HoursEntry> credited(UUID sessionId) {
        return hours.findBySessionId(session(sessionId).getId());
    }

    // ---------------------------------------------------------------- helpers

    private TrainingSession tokenSession(String token) {
        UUID id = tokens.verify(token).orElseThrow(() -> new InvalidInputException("token",
                "签到二维码无效或已过期,请扫描现场最新的二维码"));
        return session(id);
    }

    /** The logged-in user's own record, of the session's enterprise (another enterprise's session: 404). */
    private Person signer(TrainingSession s) {
        Person p = people.mine().orElseThrow(() -> new AccessDeniedException("您的账号尚未关联一人一档,请联系本企业安全管理人员"));
        if (!p.getEnterpriseId().equals(s.getEnterpriseId())) {
            throw new NotFoundException("培训场次");
        }
        return p;
    }

    private EnterpriseSummary managed(UUID enterpriseId) {
        EnterpriseSummary e = people.enterpriseInScope(enterpriseId);
        requireManager(e.id());
        return e;
    }

    private static void requireManager(UUID enterpriseId) {
        if (!TrainingPeople.me().managerOf(enterpriseId)) {
            throw new AccessDeniedException("培训课程和场次由本企业主要负责人或安全管理人员管理");
        }
    }
}
