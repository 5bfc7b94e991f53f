package org.zhiben.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhiben.ZhibenTest;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.identity.AccountForm;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;
import org.zhiben.training.internal.HoursEntry;

@ZhibenTest
class TrainingCourseTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    TrainingPeople people;
    @Autowired
    TrainingCourses courses;
    @Autowired
    TrainingManuals manuals;

    private UserDetails as(String username) {
        return users.loadUserByUsername(username);
    }

    private <T> T runAs(String username, Supplier<T> work) {
        UserDetails u = as(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A worker account of enterprise A with its own person record: the test's own, never a demo one. */
    @Test
    void theManualPrintsOnA4WithItsHeaderOnEveryPage() throws Exception {
        org.zhiben.common.document.PrintedPages.assumeLibreOffice();
        byte[] docx = mvc.perform(get("/training/manual.docx").param("position", "冲压操作工")
                .with(user(as("ent.a.safety")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        org.zhiben.common.document.PrintedPages pages = org.zhiben.common.document.PrintedPages.print(docx, "docx")
                .allA4(false).headersOnEveryPage("项目", "内容");
        assertThat(pages.text()).contains("送料时手部进入冲模区被冲压").contains("从业人员的安全生产权利");
    }

    @Autowired
    tools.jackson.databind.ObjectMapper json;

    private org.springframework.test.web.servlet.ResultActions api(String method, String url, Object body,
            String username) throws Exception {
        var r = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(
                org.springframework.http.HttpMethod.valueOf(method), url).with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic(username, "Demo@12345"));
        if (body != null) {
            r.contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(r);
    }

    @Test
    void theApiRunsACourseFromCreationToCreditedHoursOnceAndAnswersProblems() throws Exception {
        Worker w = worker();
        UUID p = person("接口");
        api("POST", "/api/v1/training/courses", java.util.Map.of("title", "接口课程", "kind", "WORKSHOP",
                "hours", 0.25), "ent.a.safety").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("hours")));
        String created = api("POST", "/api/v1/training/courses", java.util.Map.of("title", "接口课程", "kind",
                "WORKSHOP", "hours", 8), "ent.a.safety").andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        String course = com.jayway.jsonpath.JsonPath.read(created, "$.id");
        String today = LocalDate.now(org.zhiben.common.Zones.CHINA).toString();
        String session = com.jayway.jsonpath.JsonPath.read(api("POST", "/api/v1/training/courses/" + course
                + "/sessions", java.util.Map.of("startsAt", today + "T08:30:00", "place", "车间", "trainer", "授课人乙",
                        "personIds", List.of(p)), "ent.a.safety").andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(), "$.id");
        api("GET", "/api/v1/training/sessions/" + session, null, "ent.b.boss").andExpect(status().isNotFound());
        api("POST", "/api/v1/training/sign-in", java.util.Map.of("token", "forged.1.x"), w.username())
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("无效或已过期")))
                .andExpect(jsonPath("$.errors[0].field").value("token"));
        String t = token(UUID.fromString(session));
        api("POST", "/api/v1/training/sign-in", java.util.Map.of("token", t), w.username()).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"alreadyPresent\":false")));
        api("POST", "/api/v1/training/sign-in", java.util.Map.of("token", t), w.username()).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"alreadyPresent\":true")));
        api("POST", "/api/v1/training/sessions/" + session + "/attendance", java.util.Map.of("personId", p,
                "present", true), "ent.a.safety").andExpect(status().isOk());
        String before = api("GET", "/api/v1/training/sessions/" + session, null, "ent.a.safety").andReturn()
                .getResponse().getContentAsString();
        int version = com.jayway.jsonpath.JsonPath.read(before, "$.version");
        api("POST", "/api/v1/training/sessions/" + session + "/complete", java.util.Map.of("version", version + 5),
                "ent.a.safety").andExpect(status().isConflict());
        api("POST", "/api/v1/training/sessions/" + session + "/complete", java.util.Map.of("version", version),
                "ent.a.safety").andExpect(status().isOk()).andExpect(content().string(containsString("COMPLETED")));
        api("POST", "/api/v1/training/sessions/" + session + "/complete", java.util.Map.of("version", version + 1),
                "ent.a.safety").andExpect(status().isBadRequest());
        assertThat(hoursOf(p)).singleElement().satisfies(h -> assertThat(h.getHours()).isEqualByComparingTo("8"));
        assertThat(hoursOf(w.personId())).singleElement()
                .satisfies(h -> assertThat(h.getKind()).isEqualTo(HoursKind.WORKSHOP));
        api("GET", "/api/v1/training/manual", null, "ent.a.worker").andExpect(status().isOk())
                .andExpect(content().string(containsString("送料时手部进入冲模区被冲压")));
    }

    private record Worker(String username, UUID personId) {
    }

    private Worker worker() {
        String s = suffix();
        UUID a = runAs("ent.a.safety", () -> people.enterpriseInScope(null).id());
        String username = "it.course." + s;
        UUID userId = accounts.create(new AccountForm(username, "课程测试" + s, "Demo@12345", Role.ENTERPRISE_WORKER,
                null, null, a, null, true, false));
        UUID person = runAs("ent.a.safety", () -> people.add(null, new PersonData("签到测试" + s, "C-" + s,
                PersonKind.EMPLOYEE, null, LocalDate.of(2025, 1, 1), null, null, null, false, false, false, userId),
                null));
        return new Worker(username, person);
    }

    private UUID person(String name) {
        String s = suffix();
        return runAs("ent.a.safety", () -> people.add(null, new PersonData(name + s, "C-" + s, PersonKind.CONTRACTOR,
                null, LocalDate.of(2025, 1, 1), null, null, null, false, false, false, null), null));
    }

    private UUID course(String kind, String hours) {
        return runAs("ent.a.safety", () -> courses.createCourse(null, new CourseData("课程测试" + suffix(),
                HoursKind.valueOf(kind), new BigDecimal(hours), null), null));
    }

    private UUID session(UUID course, LocalDate day, List<UUID> enrolled) {
        return runAs("ent.a.safety", () -> courses.createSession(course, new SessionData(day.atTime(9, 0),
                "会议室", "授课人甲", enrolled), null));
    }

    private String token(UUID session) {
        return runAs("ent.a.safety", () -> courses.signInToken(session).value());
    }

    private List<HoursEntry> hoursOf(UUID person) {
        return runAs("ent.a.safety", () -> people.file(person).hours());
    }

    @Test
    void hoursAreCreditedOnceToThosePresentDespiteDoubleSignInAndRepeatedCompletion() throws Exception {
        Worker w = worker();
        UUID absent = person("缺勤");
        UUID walkIn = person("现场");
        UUID c = course("TEAM", "4.5");
        UUID s = session(c, LocalDate.now(org.zhiben.common.Zones.CHINA), List.of(w.personId(), absent));
        String t = token(s);
        // the worker signs in twice through the link: present once
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/training/sign-in").param("t", t).with(user(as(w.username()))).with(csrf()))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("已签到")));
        }
        mvc.perform(get("/training/sign-in").param("t", t).with(user(as(w.username()))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已签到")))
                .andExpect(content().string(not(containsString("确认签到"))));
        // the manager marks a person who was not enrolled present, twice
        runAs("ent.a.safety", () -> {
            courses.mark(s, walkIn, true);
            courses.mark(s, walkIn, true);
            return null;
        });
        assertThat(runAs("ent.a.safety", () -> courses.attendees(s))).hasSize(3)
                .filteredOn(a -> a.attendance().isPresent()).hasSize(2);

        long version = runAs("ent.a.safety", () -> courses.session(s).getVersion());
        int credited = runAs("ent.a.safety", () -> courses.complete(s, version));
        assertThat(credited).isEqualTo(2);
        // again with the new version: refused, nothing credited twice
        long after = runAs("ent.a.safety", () -> courses.session(s).getVersion());
        assertThatThrownBy(() -> runAs("ent.a.safety", () -> courses.complete(s, after)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("已完成");
        // with the old version: a conflict
        mvc.perform(post("/training/sessions/" + s + "/complete").param("version", String.valueOf(version))
                .with(user(as("ent.a.safety"))).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("已被他人修改")));
        assertThat(hoursOf(w.personId())).filteredOn(h -> s.equals(h.getSessionId())).singleElement()
                .satisfies(h -> {
                    assertThat(h.getHours()).isEqualByComparingTo("4.5");
                    assertThat(h.getKind()).isEqualTo(HoursKind.TEAM);
                });
        assertThat(hoursOf(walkIn)).filteredOn(h -> s.equals(h.getSessionId())).hasSize(1);
        assertThat(hoursOf(absent)).isEmpty();
        // the gap computation sees them: 4.5 of the 24 before work
        TrainingPeople.File f = runAs("ent.a.safety", () -> people.file(w.personId()));
        assertThat(f.gaps()).anySatisfy(g -> assertThat(g.done()).isEqualByComparingTo("4.5"));
        // after completion nobody signs in or is marked any more
        mvc.perform(post("/training/sign-in").param("t", t).with(user(as(w.username()))).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已结束")));
        assertThatThrownBy(() -> runAs("ent.a.safety", () -> {
            courses.mark(s, absent, true);
            return null;
        })).isInstanceOf(InvalidInputException.class);
        assertThat(hoursOf(absent)).isEmpty();
    }

    @Test
    void aSessionIsNotAttendedOrCompletedBeforeItsDay() {
        UUID p = person("未来");
        UUID s = session(course("FACTORY", "8"), LocalDate.now(org.zhiben.common.Zones.CHINA).plusDays(1),
                List.of(p));
        // nobody is present at a session that has not begun
        assertThatThrownBy(() -> runAs("ent.a.safety", () -> {
            courses.mark(s, p, true);
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("尚未开始");
        long v = runAs("ent.a.safety", () -> courses.session(s).getVersion());
        assertThatThrownBy(() -> runAs("ent.a.safety", () -> courses.complete(s, v)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("尚未开始");
        assertThat(hoursOf(p)).isEmpty();
    }

    @Test
    void theQrCodeCarriesTheSignedLinkAndForgedOrForeignTokensAreRefused() throws Exception {
        Worker w = worker();
        UUID s = session(course("TEAM", "2"), LocalDate.now(org.zhiben.common.Zones.CHINA), List.of());
        String page = mvc.perform(get("/training/sessions/" + s).with(user(as("ent.a.safety"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String t = page.replaceAll("(?s).*/training/sign-in\\?t=([^\"&<]+).*", "$1");
        byte[] png = mvc.perform(get("/training/sessions/" + s + "/qr.png").param("t", t)
                .with(user(as("ent.a.safety")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        // the image is the code alone: read it as such (the general detector once failed to find it, in CI)
        String text = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image))), java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE,
                        Boolean.TRUE, com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        assertThat(text).isEqualTo("http://localhost/training/sign-in?t=" + t);
        // a worker gets no QR code; a forged token draws none
        mvc.perform(get("/training/sessions/" + s + "/qr.png").param("t", t).with(user(as(w.username()))))
                .andExpect(status().isNotFound());
        String forged = t.substring(0, t.length() - 2) + (t.endsWith("AA") ? "BB" : "AA");
        mvc.perform(get("/training/sessions/" + s + "/qr.png").param("t", forged).with(user(as("ent.a.safety"))))
                .andExpect(status().isNotFound());
        // signing in with a forged token: refused, nothing recorded
        mvc.perform(post("/training/sign-in").param("t", forged).with(user(as(w.username()))).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("无效或已过期")));
        mvc.perform(get("/training/sign-in").with(user(as(w.username())))).andExpect(status().isOk())
                .andExpect(content().string(containsString("无效或已过期")));
        assertThat(runAs("ent.a.safety", () -> courses.attendees(s))).isEmpty();
        // a user of another enterprise with a valid token: 404; the worker signs in only themselves (walk-in)
        mvc.perform(post("/training/sign-in").param("t", t).with(user(as("ent.b.boss"))).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/training/sign-in").param("t", t).param("personId", UUID.randomUUID().toString())
                .with(user(as(w.username()))).with(csrf())).andExpect(status().isOk());
        assertThat(runAs("ent.a.safety", () -> courses.attendees(s))).singleElement()
                .satisfies(a -> {
                    assertThat(a.person().getId()).isEqualTo(w.personId());
                    assertThat(a.attendance().isEnrolled()).isFalse();
                    assertThat(a.attendance().getMethod()).isEqualTo(AttendanceMethod.QR);
                });
        // a worker may not mark attendance nor complete
        mvc.perform(post("/training/sessions/" + s + "/attendance").param("personId", w.personId().toString())
                .with(user(as(w.username()))).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/training/sessions/" + s + "/complete").param("version", "0")
                .with(user(as(w.username()))).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void anotherEnterprisesCoursesAndSessionsAre404AndForeignPeopleAreRefused() throws Exception {
        UUID c = course("YEARLY", "12");
        UUID s = session(c, LocalDate.now(org.zhiben.common.Zones.CHINA), List.of());
        for (String path : List.of("/training/courses/" + c, "/training/sessions/" + s,
                "/training/courses/" + c + "/materials/1")) {
            mvc.perform(get(path).with(user(as("ent.b.boss")))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/training/sessions/" + s + "/complete").param("version", "0")
                .with(user(as("ent.b.boss"))).with(csrf())).andExpect(status().isNotFound());
        assertThatThrownBy(() -> runAs("ent.b.boss", () -> courses.signInToken(s)))
                .isInstanceOf(NotFoundException.class);
        mvc.perform(get("/training/courses/" + c).with(user(as("ent.a.safety")))).andExpect(status().isOk());
        mvc.perform(get("/training/sessions/" + s).with(user(as("county.yjj")))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("扫码签到"))));
        // a person of enterprise B cannot be enrolled or marked at A's session
        UUID bPerson = runAs("ent.b.boss", () -> people.add(null, new PersonData("外企业" + suffix(), "B-" + suffix(),
                PersonKind.EMPLOYEE, null, LocalDate.of(2025, 1, 1), null, null, null, false, false, false, null),
                null));
        assertThatThrownBy(() -> session(c, LocalDate.now(org.zhiben.common.Zones.CHINA), List.of(bPerson)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不存在或不属于本企业");
        mvc.perform(post("/training/sessions/" + s + "/attendance").param("personId", bPerson.toString())
                .with(user(as("ent.a.safety"))).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("不存在或不属于本企业")));
    }

    @Test
    void materialsAreCheckedByContentAndServedToTheEnterprise() throws Exception {
        UUID c = course("TEAM", "2");
        long v = runAs("ent.a.safety", () -> courses.course(c).getVersion());
        // a text file named .mp4: refused beside the field
        mvc.perform(multipart("/training/courses/" + c + "/materials").file(new MockMultipartFile("file",
                "冲压.mp4", "video/mp4", "not a video".getBytes())).param("version", String.valueOf(v))
                .with(user(as("ent.a.safety"))).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("应为 PDF、Word 文档、MP4 视频或 PNG/JPEG 图片")));
        assertThat(runAs("ent.a.safety", () -> courses.course(c).getMaterials())).isEmpty();
        // a real (tiny) MP4 header and a PDF are kept
        byte[] mp4 = new byte[64];
        System.arraycopy(new byte[] {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}, 0, mp4, 0, 12);
        mvc.perform(multipart("/training/courses/" + c + "/materials").file(new MockMultipartFile("file",
                "冲压.mp4", "video/mp4", mp4)).param("version", String.valueOf(v)).param("label", "冲床安全操作视频")
                .with(user(as("ent.a.safety"))).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/training/courses/" + c + "/materials").file(new MockMultipartFile("file",
                "规程.pdf", "application/pdf", "%PDF-1.4\n%test\n".getBytes())).param("version", String.valueOf(v))
                .with(user(as("ent.a.safety"))).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("已被他人修改")));
        mvc.perform(multipart("/training/courses/" + c + "/materials").file(new MockMultipartFile("file",
                "规程.pdf", "application/pdf", "%PDF-1.4\n%test\n".getBytes())).param("version", String.valueOf(v + 1))
                .with(user(as("ent.a.safety"))).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(runAs("ent.a.safety", () -> courses.course(c).getMaterials())).hasSize(2);
        mvc.perform(get("/training/courses/" + c + "/materials/1").with(user(as("ent.a.worker"))))
                .andExpect(status().isOk()).andExpect(content().contentType("video/mp4"))
                .andExpect(content().bytes(mp4));
        // a worker may not upload
        mvc.perform(multipart("/training/courses/" + c + "/materials").file(new MockMultipartFile("file",
                "规程.pdf", "application/pdf", "%PDF-1.4\n".getBytes())).param("version", String.valueOf(v + 2))
                .with(user(as("ent.a.worker"))).with(csrf())).andExpect(status().isForbidden());
        // a bad course form: messages beside the fields
        mvc.perform(post("/training/courses").param("title", "").param("kind", "TEAM").param("hours", "0.25")
                .param("idempotencyKey", UUID.randomUUID().toString()).with(user(as("ent.a.safety"))).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写课程名称")))
                .andExpect(content().string(containsString("最多一位小数")));
    }

    @Test
    void theManualOfADemoPositionHoldsItsRisksMeasuresEmergencyCardAndGeneralKnowledge() throws Exception {
        TrainingManuals.Manual m = runAs("ent.a.worker", () -> manuals.manual(null, null));
        assertThat(m.card().position()).isEqualTo("冲压操作工");
        assertThat(m.card().risks()).anySatisfy(r -> {
            assertThat(r.event()).isEqualTo("送料时手部进入冲模区被冲压");
            assertThat(r.accidentTypes()).contains("机械伤害");
            assertThat(r.engineering()).contains("加装光电保护装置并与离合器联锁");
            assertThat(r.maintenance()).contains("每班开机前点检双手操作按钮和急停");
            assertThat(r.operation()).contains("冲床操作工经培训考核合格后上岗,使用送料工具");
        });
        assertThat(m.card().emergencySteps()).containsExactly("发生机械伤害立即按下急停按钮", "切断电源,保护现场",
                "拨打120并报告安全管理人员");
        assertThat(m.card().phones()).extracting(org.zhiben.risk.PositionKnowledge.Phone::number).contains("119", "120");
        // general entries for every enterprise, not the chemical one (A is not in sector 02)
        assertThat(m.general()).extracting(e -> e.getCode()).contains("RIGHTS", "DUTIES", "SANWEI", "FIRE")
                .doesNotContain("CHEM_MSDS");
        assertThat(runAs("ent.b.boss", () -> manuals.manual(null, "液氨罐区操作工")).general())
                .extracting(e -> e.getCode()).contains("CHEM_MSDS");
        // the worker's page; another position is not theirs: 404
        mvc.perform(get("/training/manual").with(user(as("ent.a.worker")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("送料时手部进入冲模区被冲压")))
                .andExpect(content().string(containsString("有权拒绝违章指挥和强令冒险作业")));
        mvc.perform(get("/training/manual").param("position", "喷漆工").with(user(as("ent.a.worker"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/training/manual").param("position", "喷漆工").with(user(as("ent.a.safety"))))
                .andExpect(status().isOk());
        mvc.perform(get("/training/manual").param("position", "液氨罐区操作工").with(user(as("ent.a.safety"))))
                .andExpect(status().isNotFound());
        // the Word document, A4 portrait
        byte[] docx = mvc.perform(get("/training/manual.docx").with(user(as("ent.a.worker"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            var size = d.getDocument().getBody().getSectPr().getPgSz();
            assertThat(((java.math.BigInteger) size.getW()).intValue()).isEqualTo(11906);
            assertThat(((java.math.BigInteger) size.getH()).intValue()).isEqualTo(16838);
            String text = x.getText();
            assertThat(text).contains("岗位安全应知应会手册", "冲压操作工", "送料时手部进入冲模区被冲压",
                    "工程技术措施:加装光电保护装置并与离合器联锁", "发生机械伤害立即按下急停按钮", "从业人员的安全生产权利");
        }
    }
}
