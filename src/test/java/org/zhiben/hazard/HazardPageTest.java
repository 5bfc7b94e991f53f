package org.zhiben.hazard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ZhibenTest;
import org.zhiben.common.Zones;
import org.zhiben.hazard.web.RefusedForm;
import org.zhiben.identity.CurrentUser;

/** The report form, the detail page with its action forms, conflicts, bad photos, scope and the enterprise tab. */
@ZhibenTest
class HazardPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private UUID enterprise() {
        return ((CurrentUser) users.loadUserByUsername("ent.a.worker")).enterpriseId();
    }

    /** The action form that came back refused, in the flash. */
    private static ResultMatcher refused(String action) {
        return result -> org.assertj.core.api.Assertions.assertThat(result.getFlashMap().get("refused"))
                .isInstanceOfSatisfying(RefusedForm.class, r -> org.assertj.core.api.Assertions.assertThat(r.action())
                        .isEqualTo(action));
    }

    private String reportOnPage(String description) throws Exception {
        String location = mvc.perform(multipart("/hazards").file(new MockMultipartFile("beforePhotos", "a.jpg",
                        "image/jpeg", HazardApi.png()))
                .param("enterpriseId", enterprise().toString()).param("description", description)
                .param("type", "ELECTRICAL").param("source", "DAILY").param("proposedLevel", "GENERAL")
                .param("idempotencyKey", UUID.randomUUID().toString())
                .with(as("ent.a.worker")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/hazards/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return location.substring("/hazards/".length());
    }

    @Test
    void aFormSentAgainIsHeldAsAProbableDuplicateUntilTheReporterSaysOtherwise() throws Exception {
        String description = "二号冲床光电保护失灵" + UUID.randomUUID().toString().substring(0, 6);
        String first = reportOnPage(description);
        String count = "select count(*) from hazard_hazard where description like ?";
        // back and send again (a new form, so a new key), with the wording a little different
        var again = multipart("/hazards").file(new MockMultipartFile("beforePhotos", "a.jpg", "image/jpeg",
                        HazardApi.png()))
                .param("enterpriseId", enterprise().toString()).param("description", " " + description + "。")
                .param("type", "ELECTRICAL").param("source", "DAILY").param("proposedLevel", "GENERAL")
                .param("idempotencyKey", UUID.randomUUID().toString())
                .with(as("ent.a.worker")).with(csrf());
        mvc.perform(again).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"twin\"")))
                .andExpect(content().string(containsString("/hazards/" + first)))
                .andExpect(content().string(containsString("name=\"notDuplicate\"")));
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(count, Long.class, "%" + description + "%"))
                .isEqualTo(1);
        mvc.perform(again.param("notDuplicate", "true")).andExpect(status().is3xxRedirection());
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(count, Long.class, "%" + description + "%"))
                .isEqualTo(2);
    }

    @Test
    void workerReportsFromThePhoneForm() throws Exception {
        mvc.perform(get("/hazards/new").with(as("ent.a.worker"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("capture=\"environment\"")))
                .andExpect(content().string(containsString("accept=\"image/*\"")));
        String id = reportOnPage("配电箱门锁损坏<script>alert(1)</script>");
        mvc.perform(get("/hazards/" + id).with(as("ent.a.worker"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("配电箱门锁损坏&lt;script&gt;")))
                .andExpect(content().string(not(containsString("id=\"form-CONFIRM\""))));
        mvc.perform(get("/hazards/" + id).with(as("ent.a.safety"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-CONFIRM\"")))
                .andExpect(content().string(containsString("name=\"version\"")));
        mvc.perform(get("/hazards/" + id).with(as("ent.b.boss"))).andExpect(status().isNotFound());
        mvc.perform(get("/hazards/" + id).with(as("county.zjj"))).andExpect(status().isNotFound());
        mvc.perform(get("/hazards/enterprises/" + enterprise() + "/tab").with(as("ent.a.boss")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/hazards/" + id)));
        mvc.perform(get("/hazards/enterprises/" + enterprise() + "/tab").with(as("ent.b.boss")))
                .andExpect(status().isNotFound());
    }

    @Test
    void staleFormShowsAConflictAndBadInputStaysBesideTheField() throws Exception {
        String id = reportOnPage("页面冲突");
        LocalDate today = LocalDate.now(Zones.CHINA);
        String page = mvc.perform(get("/hazards/" + id).with(as("ent.a.safety"))).andReturn().getResponse()
                .getContentAsString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
        String version = m.group(1);
        mvc.perform(post("/hazards/" + id + "/actions/CONFIRM").param("version", version).param("level", "GENERAL")
                        .param("deadline", today.minusDays(2).toString()).param("responsibleName", "李班长")
                        .param("measures", "更换门锁").with(as("ent.a.safety")).with(csrf()))
                .andExpect(flash().attribute("refused", new RefusedForm("CONFIRM", java.util.Map.of("level", "GENERAL",
                        "deadline", today.minusDays(2).toString(), "responsibleName", "李班长", "measures", "更换门锁"),
                        java.util.Map.of("deadline", "整改时限不能早于今天"))));
        mvc.perform(post("/hazards/" + id + "/actions/CONFIRM").param("version", "99").param("level", "GENERAL")
                        .param("deadline", today.plusDays(2).toString()).param("responsibleName", "李班长")
                        .param("measures", "更换门锁").with(as("ent.a.safety")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("已被他人修改")));
        mvc.perform(multipart("/hazards/" + id + "/actions/ADD_PHOTO").file(new MockMultipartFile("photos", "x.png",
                        "image/png", "<html>not an image</html>".getBytes()))
                        .param("version", version).param("kind", "BEFORE").with(as("ent.a.worker")).with(csrf()))
                .andExpect(flash().attribute("refused", new RefusedForm("ADD_PHOTO", java.util.Map.of("kind", "BEFORE"),
                        java.util.Map.of("file", "文件类型不允许,仅支持:JPG、PNG"))));
    }

    private String versionOn(String id, String username) throws Exception {
        String page = mvc.perform(get("/hazards/" + id).with(as(username))).andReturn().getResponse()
                .getContentAsString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void refusedConfirmAndExtensionFormsKeepWhatWasTyped() throws Exception {
        String id = reportOnPage("保留输入");
        LocalDate today = LocalDate.now(Zones.CHINA);
        String worker = ((CurrentUser) users.loadUserByUsername("ent.a.worker")).id().toString();
        var refused = mvc.perform(post("/hazards/" + id + "/actions/CONFIRM").param("version", versionOn(id, "ent.a.safety"))
                        .param("level", "MAJOR").param("deadline", today.minusDays(1).toString())
                        .param("responsibleUserId", worker).param("measures", "更换门锁<b>并挂牌</b>")
                        .param("funds", "1200.50").param("contingency", "停机挂牌")
                        .with(as("ent.a.safety")).with(csrf()))
                .andExpect(refused("CONFIRM")).andReturn();
        mvc.perform(get("/hazards/" + id).cookie(refused.getResponse().getCookie("SESSION")).with(as("ent.a.safety")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + today.minusDays(1) + "\"")))
                .andExpect(content().string(containsString("<option value=\"MAJOR\" selected=\"selected\"")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*value=\"" + worker + "\"\\s+selected=\"selected\".*")))
                .andExpect(content().string(containsString("更换门锁&lt;b&gt;并挂牌&lt;/b&gt;</textarea>")))
                .andExpect(content().string(containsString("value=\"1200.50\"")))
                .andExpect(content().string(containsString("value=\"停机挂牌\"")))
                .andExpect(content().string(containsString("整改时限不能早于今天")));
        // without the flash the form is empty again
        mvc.perform(get("/hazards/" + id).with(as("ent.a.safety")))
                .andExpect(content().string(not(containsString("value=\"停机挂牌\""))));

        mvc.perform(post("/hazards/" + id + "/actions/CONFIRM").param("version", versionOn(id, "ent.a.safety"))
                .param("level", "GENERAL").param("deadline", today.plusDays(5).toString())
                .param("responsibleUserId", worker).param("measures", "更换门锁").with(as("ent.a.safety")).with(csrf()))
                .andExpect(flash().attribute("notice", containsString("确认")));
        var extension = mvc.perform(post("/hazards/" + id + "/actions/REQUEST_EXTENSION")
                        .param("version", versionOn(id, "ent.a.worker")).param("deadline", today.plusDays(3).toString())
                        .param("reason", "门锁需定制,等待到货").with(as("ent.a.worker")).with(csrf()))
                .andExpect(refused("REQUEST_EXTENSION")).andReturn();
        mvc.perform(get("/hazards/" + id).cookie(extension.getResponse().getCookie("SESSION")).with(as("ent.a.worker")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*id=\"e-deadline\"[^>]*value=\"" + today.plusDays(3) + "\".*")))
                .andExpect(content().string(containsString("value=\"门锁需定制,等待到货\"")))
                .andExpect(content().string(containsString("延期后的时限应晚于原时限")));
    }

    @Test
    void everyActionFormKeepsWhatWasTypedAndOnlyTheRefusedFormShowsTheMessage() throws Exception {
        String id = reportOnPage("驳回保留输入");
        String longReason = "理".repeat(1001);
        var refused = mvc.perform(post("/hazards/" + id + "/actions/REJECT").param("version", versionOn(id, "ent.a.safety"))
                        .param("rejectionKind", "DUPLICATE").param("reason", longReason)
                        .with(as("ent.a.safety")).with(csrf()))
                .andExpect(refused("REJECT")).andReturn();
        String page = mvc.perform(get("/hazards/" + id).cookie(refused.getResponse().getCookie("SESSION")).with(as("ent.a.safety")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"DUPLICATE\" selected=\"selected\"")))
                .andExpect(content().string(containsString("value=\"" + longReason + "\"")))
                .andReturn().getResponse().getContentAsString();
        // the message sits under the rejection reason, not under the CONFIRM form's fields
        String confirm = page.substring(page.indexOf("id=\"form-CONFIRM\""), page.indexOf("id=\"form-REJECT\""));
        String reject = page.substring(page.indexOf("id=\"form-REJECT\""));
        org.assertj.core.api.Assertions.assertThat(confirm).doesNotContain("is-invalid");
        org.assertj.core.api.Assertions.assertThat(reject.substring(0, reject.indexOf("</form>")))
                .contains("is-invalid").contains("不能超过1000字(现有1001字)");
    }
}
