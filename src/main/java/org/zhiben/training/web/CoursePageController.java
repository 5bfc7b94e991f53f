package org.zhiben.training.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhiben.common.FileType;
import org.zhiben.common.FormSubmission;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.web.Downloads;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScopes;
import org.zhiben.training.HoursKind;
import org.zhiben.training.SessionStatus;
import org.zhiben.training.TrainingCourses;
import org.zhiben.training.TrainingManuals;
import org.zhiben.training.TrainingPeople;
import org.zhiben.training.internal.Course;
import org.zhiben.training.internal.CourseMaterial;
import org.zhiben.common.QrCodes;
import org.zhiben.training.internal.SignInTokens;
import org.zhiben.training.internal.TrainingSession;

/**
 * Course and session pages: courses with their material, sessions with the QR sign-in code and the attendance, the
 * sign-in page a phone opens from the code, and the 应知应会 manual of a position (page and Word document).
 */
@Controller
class CoursePageController {

    private final TrainingCourses courses;
    private final TrainingPeople people;
    private final TrainingManuals manuals;

    CoursePageController(TrainingCourses courses, TrainingPeople people, TrainingManuals manuals) {
        this.courses = courses;
        this.people = people;
        this.manuals = manuals;
    }

    // ---------------------------------------------------------------- courses

    @GetMapping("/training/courses")
    String list(Model model) {
        CurrentUser me = me();
        if (!me.role().isEnterpriseRole()) {
            return "redirect:/training/overview";
        }
        model.addAttribute("courses", courses.courses(null));
        model.addAttribute("sessions", courses.sessions(null));
        model.addAttribute("titles", titles(courses.courses(null)));
        model.addAttribute("canManage", me.managerOf(me.enterpriseId()));
        model.addAttribute("kinds", HoursKind.values());
        if (!model.containsAttribute("courseForm")) {
            CourseForm f = new CourseForm();
            f.setIdempotencyKey(UUID.randomUUID().toString());
            model.addAttribute("courseForm", f);
        }
        return "training/courses";
    }

    @PostMapping("/training/courses")
    String create(@ModelAttribute("courseForm") CourseForm form, BindingResult binding, Model model,
            RedirectAttributes r) {
        UUID[] id = new UUID[1];
        if (!FormSubmission.save(binding, () -> id[0] = courses.createCourse(null, form.data(),
                form.getIdempotencyKey()))) {
            model.addAttribute("formOpen", true);
            return list(model);
        }
        r.addFlashAttribute("notice", "已新建课程");
        return "redirect:/training/courses/" + id[0];
    }

    @GetMapping("/training/courses/{id}")
    String course(@PathVariable UUID id, Model model) {
        Course c = courses.course(id);
        model.addAttribute("c", c);
        model.addAttribute("sessions", courses.sessionsOf(id));
        boolean manager = me().managerOf(c.getEnterpriseId());
        model.addAttribute("canManage", manager);
        model.addAttribute("people", manager ? people.list(c.getEnterpriseId()) : List.of());
        if (!model.containsAttribute("materialForm")) {
            model.addAttribute("materialForm", new MaterialForm());
        }
        if (!model.containsAttribute("sessionForm")) {
            SessionForm f = new SessionForm();
            f.setIdempotencyKey(UUID.randomUUID().toString());
            f.setDate(people.today());
            f.setTime("09:00");
            model.addAttribute("sessionForm", f);
        }
        return "training/course";
    }

    @PostMapping("/training/courses/{id}/materials")
    String material(@PathVariable UUID id, @ModelAttribute("materialForm") MaterialForm form, BindingResult binding,
            Model model, RedirectAttributes r) {
        courses.course(id);
        boolean saved = FormSubmission.save(binding, () -> {
            if (form.getFile() == null || form.getFile().isEmpty()) {
                throw new InvalidInputException("file", "请选择文件");
            }
            String label = form.getLabel() == null || form.getLabel().isBlank()
                    ? form.getFile().getOriginalFilename() : form.getLabel();
            try (InputStream in = form.getFile().getInputStream()) {
                courses.addMaterial(id, form.getVersion() == null ? -1 : form.getVersion(), label, in);
            } catch (IOException e) {
                throw new InvalidInputException("file", "文件无法读取");
            }
        });
        if (!saved) {
            model.addAttribute("materialOpen", true);
            return course(id, model);
        }
        r.addFlashAttribute("notice", "已上传课程资料");
        return "redirect:/training/courses/" + id;
    }

    @GetMapping("/training/courses/{id}/materials/{seq}")
    ResponseEntity<InputStreamResource> open(@PathVariable UUID id, @PathVariable int seq) throws IOException {
        CourseMaterial m = courses.material(id, seq);
        boolean inline = m.getFileType() == FileType.MP4 || m.getFileType() == FileType.PDF
                || m.getFileType() == FileType.PNG || m.getFileType() == FileType.JPEG;
        String name = m.getName().endsWith("." + m.getFileType().extension()) ? m.getName()
                : m.getName() + "." + m.getFileType().extension();
        return Downloads.stored(name, m.getFileType().contentType(), m.getSize(), inline, courses.open(m));
    }

    @PostMapping("/training/courses/{id}/sessions")
    String createSession(@PathVariable UUID id, @ModelAttribute("sessionForm") SessionForm form,
            BindingResult binding, Model model, RedirectAttributes r) {
        courses.course(id);
        UUID[] created = new UUID[1];
        if (!FormSubmission.save(binding, () -> created[0] = courses.createSession(id, form.data(),
                form.getIdempotencyKey()))) {
            model.addAttribute("sessionOpen", true);
            return course(id, model);
        }
        r.addFlashAttribute("notice", "已安排培训场次");
        return "redirect:/training/sessions/" + created[0];
    }

    // ---------------------------------------------------------------- sessions

    @GetMapping("/training/sessions/{id}")
    String session(@PathVariable UUID id, Model model) {
        TrainingSession s = courses.session(id);
        Course c = courses.course(s.getCourseId());
        boolean manager = me().managerOf(s.getEnterpriseId());
        model.addAttribute("s", s);
        model.addAttribute("c", c);
        model.addAttribute("attendees", courses.attendees(id));
        model.addAttribute("canManage", manager);
        if (manager && s.getStatus() == SessionStatus.PLANNED) {
            SignInTokens.Token t = courses.signInToken(id);
            model.addAttribute("token", t.value());
            model.addAttribute("tokenExpires", java.time.LocalDateTime.ofInstant(t.expiresAt(),
                    org.zhiben.common.Zones.CHINA));
            model.addAttribute("signInUrl", signInUrl(t.value()));
            model.addAttribute("people", people.list(s.getEnterpriseId()));
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ActionForm());
        }
        return "training/session";
    }

    /** The QR code of a sign-in link the session page showed (a valid token of this session only). */
    @GetMapping(value = "/training/sessions/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable UUID id, @RequestParam("t") String token) {
        TrainingSession s = courses.session(id);
        if (!me().managerOf(s.getEnterpriseId()) || !courses.tokenOf(id, token)) {
            throw new NotFoundException("签到二维码");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                .body(QrCodes.png(signInUrl(token), 280));
    }

    @PostMapping("/training/sessions/{id}/attendance")
    String mark(@PathVariable UUID id, @RequestParam(required = false) UUID personId,
            @RequestParam(defaultValue = "true") boolean present, @ModelAttribute("form") ActionForm form,
            BindingResult binding, Model model, RedirectAttributes r) {
        courses.session(id);
        if (!FormSubmission.save(binding, () -> courses.mark(id, personId, present))) {
            model.addAttribute("error", binding.getAllErrors().get(0).getDefaultMessage());
            return session(id, model);
        }
        r.addFlashAttribute("notice", present ? "已登记出勤" : "已登记缺勤");
        return "redirect:/training/sessions/" + id;
    }

    @PostMapping("/training/sessions/{id}/complete")
    String complete(@PathVariable UUID id, @ModelAttribute("form") ActionForm form, BindingResult binding,
            Model model, RedirectAttributes r) {
        courses.session(id);
        int[] n = new int[1];
        if (!FormSubmission.save(binding, () -> n[0] = courses.complete(id, form.getVersion() == null ? -1
                : form.getVersion()))) {
            model.addAttribute("error", binding.getAllErrors().get(0).getDefaultMessage());
            return session(id, model);
        }
        r.addFlashAttribute("notice", "培训已完成,已为 " + n[0] + " 名出勤人员计入学时");
        return "redirect:/training/sessions/" + id;
    }

    // ---------------------------------------------------------------- QR sign-in (phone)

    @GetMapping("/training/sign-in")
    String signInPage(@RequestParam(name = "t", required = false) String token, Model model) {
        try {
            model.addAttribute("preview", courses.signInPreview(token));
            model.addAttribute("token", token);
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.violations().get(0).message());
        }
        return "training/sign-in";
    }

    @PostMapping("/training/sign-in")
    String signIn(@RequestParam(name = "t", required = false) String token, Model model) {
        try {
            TrainingCourses.SignIn s = courses.signIn(token);
            model.addAttribute("preview", s);
            model.addAttribute("done", true);
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.violations().get(0).message());
        }
        return "training/sign-in";
    }

    // ---------------------------------------------------------------- 应知应会

    @GetMapping("/training/manual")
    String manual(@RequestParam(required = false) String position, Model model) {
        CurrentUser me = me();
        if (!me.role().isEnterpriseRole()) {
            return "redirect:/training/overview";
        }
        List<String> positions = manuals.positions(null);
        model.addAttribute("positions", positions);
        model.addAttribute("position", position);
        if ((position != null && !position.isBlank()) || positions.size() == 1) {
            model.addAttribute("m", manuals.manual(null, position));
        }
        return "training/manual";
    }

    @GetMapping("/training/manual.docx")
    ResponseEntity<byte[]> manualDocx(@RequestParam(required = false) String position) throws IOException {
        TrainingManuals.Manual m = manuals.manual(null, position);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        TrainingManuals.docx(m, out);
        return Downloads.document("应知应会手册-" + m.card().position() + ".docx", FileType.DOCX, out.toByteArray());
    }

    // ---------------------------------------------------------------- helpers

    private static java.util.Map<UUID, String> titles(List<Course> list) {
        java.util.Map<UUID, String> m = new java.util.HashMap<>();
        list.forEach(c -> m.put(c.getId(), c.getTitle()));
        return m;
    }

    /** The absolute sign-in URL, built from this request (never from a parameter). */
    private static String signInUrl(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/training/sign-in")
                .queryParam("t", token).build().encode().toUriString();
    }

    private static CurrentUser me() {
        return DataScopes.currentUser().orElseThrow(() -> new org.springframework.security.access
                .AccessDeniedException("请先登录"));
    }
}
