package org.zhiben.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.common.FileType;
import org.zhiben.common.InvalidInputException;
import org.zhiben.risk.PositionKnowledge;
import org.zhiben.training.AttendanceMethod;
import org.zhiben.training.CourseData;
import org.zhiben.training.HoursKind;
import org.zhiben.training.SessionData;
import org.zhiben.training.SessionStatus;
import org.zhiben.training.TrainingCourses;
import org.zhiben.training.TrainingManuals;
import org.zhiben.training.internal.Course;
import org.zhiben.training.internal.TrainingSession;

/**
 * The courses, sessions, QR sign-in and 应知应会 API. Records outside the caller's scope answer 404; the enterprise's
 * principal and safety manager manage; stale versions 409.
 */
@RestController
@RequestMapping("/api/v1/training")
@Tag(name = "培训 Training")
class CourseApiController {

    private final TrainingCourses courses;
    private final TrainingManuals manuals;

    CourseApiController(TrainingCourses courses, TrainingManuals manuals) {
        this.courses = courses;
        this.manuals = manuals;
    }

    record CourseRequest(UUID enterpriseId, @Size(max = 100) String title, HoursKind kind, BigDecimal hours,
            @Size(max = 1000) String description) {
    }

    record MaterialDto(int seq, String name, FileType type, long size, String sha256, String href) {
    }

    record CourseDto(UUID id, long version, UUID enterpriseId, String title, HoursKind kind, BigDecimal hours,
            String description, List<MaterialDto> materials) {

        static CourseDto of(Course c) {
            return new CourseDto(c.getId(), c.getVersion(), c.getEnterpriseId(), c.getTitle(), c.getKind(),
                    c.getHours(), c.getDescription(), c.getMaterials().stream().map(m -> new MaterialDto(m.getSeq(),
                            m.getName(), m.getFileType(), m.getSize(), m.getSha256(), "/training/courses/" + c.getId()
                                    + "/materials/" + m.getSeq())).toList());
        }
    }

    record SessionRequest(LocalDateTime startsAt, @Size(max = 100) String place, @Size(max = 50) String trainer,
            List<UUID> personIds) {
    }

    record AttendeeDto(UUID personId, String name, boolean enrolled, boolean present, AttendanceMethod method,
            Instant signedAt) {
    }

    record SessionDto(UUID id, long version, UUID courseId, String courseTitle, LocalDateTime startsAt, String place,
            String trainer, SessionStatus status, Instant completedAt, List<AttendeeDto> attendance) {
    }

    record AttendanceRequest(UUID personId, Boolean present) {
    }

    record VersionRequest(Long version) {
    }

    record SignInRequest(@Size(max = 200) String token) {
    }

    record SignInDto(UUID sessionId, String courseTitle, UUID personId, boolean alreadyPresent) {
    }

    record ManualDto(PositionKnowledge position, List<KnowledgeDto> general) {
    }

    record KnowledgeDto(String code, String topic, String title, String body) {
    }

    @GetMapping("/courses")
    @Operation(summary = "课程列表", description = "企业人员看本企业;监管人员须给出 enterpriseId")
    List<CourseDto> courses(@RequestParam(required = false) UUID enterpriseId) {
        return courses.courses(enterpriseId).stream().map(CourseDto::of).toList();
    }

    @PostMapping(path = "/courses", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "新建课程", description = "类别即学时计入的类别:INITIAL 初次培训、YEARLY 年度再培训、FACTORY 厂(矿)级、"
            + "WORKSHOP 车间级、TEAM 班组级;学时大于0、不超过200、最多一位小数")
    ResponseEntity<CourseDto> createCourse(@RequestBody CourseRequest r,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = courses.createCourse(r.enterpriseId(), new CourseData(r.title(), r.kind(), r.hours(),
                r.description()), key);
        return ResponseEntity.created(URI.create("/api/v1/training/courses/" + id)).body(CourseDto.of(
                courses.course(id)));
    }

    @GetMapping("/courses/{id}")
    @Operation(summary = "课程", description = "含课程资料(文件经 /training/courses/{id}/materials/{seq} 打开)")
    CourseDto course(@PathVariable UUID id) {
        return CourseDto.of(courses.course(id));
    }

    @PostMapping(path = "/courses/{id}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传课程资料", description = "PDF、Word、MP4 视频或 PNG/JPEG 图片(按文件内容识别),不超过50 MB;"
            + "version 为课程当前版本")
    CourseDto material(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) @Size(max = 200) String label, @RequestParam long version) {
        String name = label == null || label.isBlank() ? file.getOriginalFilename() : label;
        try (InputStream in = file.getInputStream()) {
            courses.addMaterial(id, version, name, in);
        } catch (IOException e) {
            throw new InvalidInputException("file", "文件无法读取");
        }
        return CourseDto.of(courses.course(id));
    }

    record CourseEditRequest(Long version, @Size(max = 100) String title, HoursKind kind, BigDecimal hours,
            @Size(max = 1000) String description) {
    }

    @org.springframework.web.bind.annotation.PutMapping(path = "/courses/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改课程", description = "名称、类别、学时、简介;version 为课程当前版本,过期为409;已计入的学时不变")
    CourseDto editCourse(@PathVariable UUID id, @RequestBody CourseEditRequest r) {
        if (r.version() == null) {
            throw new InvalidInputException("version", "请提供版本号");
        }
        courses.editCourse(id, r.version(), new CourseData(r.title(), r.kind(), r.hours(), r.description()));
        return CourseDto.of(courses.course(id));
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/courses/{id}/materials/{seq}")
    @Operation(summary = "删除课程资料", description = "version 为课程当前版本,过期为409")
    CourseDto removeMaterial(@PathVariable UUID id, @PathVariable int seq, @RequestParam long version) {
        courses.removeMaterial(id, version, seq);
        return CourseDto.of(courses.course(id));
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/courses/{id}")
    @Operation(summary = "删除课程", description = "仅限未安排场次的课程(否则400);version 为课程当前版本,过期为409")
    ResponseEntity<Void> deleteCourse(@PathVariable UUID id, @RequestParam long version) {
        courses.deleteCourse(id, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/courses/{id}/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "安排培训场次", description = "startsAt 为北京时间;personIds 为本企业一人一档中的人员")
    ResponseEntity<SessionDto> createSession(@PathVariable UUID id, @RequestBody SessionRequest r,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID s = courses.createSession(id, new SessionData(r.startsAt(), r.place(), r.trainer(), r.personIds()), key);
        return ResponseEntity.created(URI.create("/api/v1/training/sessions/" + s)).body(session(s));
    }

    @GetMapping("/sessions")
    @Operation(summary = "培训场次列表")
    List<SessionDto> sessions(@RequestParam(required = false) UUID enterpriseId) {
        return courses.sessions(enterpriseId).stream().map(s -> dto(s, false)).toList();
    }

    @GetMapping("/sessions/{id}")
    @Operation(summary = "培训场次", description = "含报名与出勤")
    SessionDto session(@PathVariable UUID id) {
        return dto(courses.session(id), true);
    }

    @PostMapping(path = "/sessions/{id}/attendance", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "人工登记出勤或缺勤", description = "本企业主要负责人或安全管理人员;未报名的本企业人员随之加入;培训完成后不能再变更")
    SessionDto mark(@PathVariable UUID id, @RequestBody AttendanceRequest r) {
        courses.mark(id, r.personId(), r.present() == null || r.present());
        return session(id);
    }

    @PostMapping(path = "/sessions/{id}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "完成培训并计入学时", description = "只能完成一次、不早于培训当日;为每名出勤人员按课程类别计入学时(每人每场只计一次)")
    SessionDto complete(@PathVariable UUID id, @RequestBody VersionRequest r) {
        if (r.version() == null) {
            throw new InvalidInputException("version", "请给出场次的当前版本");
        }
        courses.complete(id, r.version());
        return session(id);
    }

    @PostMapping(path = "/sign-in", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "扫码签到", description = "token 为场次二维码链接中的 t 参数(签名、限时);签到人始终为当前登录用户本人的一人一档;重复签到不重复记录")
    SignInDto signIn(@RequestBody SignInRequest r) {
        TrainingCourses.SignIn s = courses.signIn(r.token());
        return new SignInDto(s.session().getId(), s.course().getTitle(), s.person().getId(), s.already());
    }

    @GetMapping("/manual")
    @Operation(summary = "岗位应知应会手册", description = "由岗位的两单两卡(风险、管控措施、应急处置卡)和通用知识生成;普通员工为本人岗位")
    ManualDto manual(@RequestParam(required = false) @Size(max = 100) String position) {
        TrainingManuals.Manual m = manuals.manual(null, position);
        return new ManualDto(m.card(), m.general().stream().map(k -> new KnowledgeDto(k.getCode(), k.getTopic(),
                k.getTitle(), k.getBody())).toList());
    }

    private SessionDto dto(TrainingSession s, boolean withAttendance) {
        Course c = courses.course(s.getCourseId());
        List<AttendeeDto> attendance = withAttendance ? courses.attendees(s.getId()).stream().map(a -> new AttendeeDto(
                a.person().getId(), a.person().getName(), a.attendance().isEnrolled(), a.attendance().isPresent(),
                a.attendance().getMethod(), a.attendance().getSignedAt())).toList() : null;
        return new SessionDto(s.getId(), s.getVersion(), c.getId(), c.getTitle(), s.localStart(), s.getPlace(),
                s.getTrainer(), s.getStatus(), s.getCompletedAt(), attendance);
    }
}
