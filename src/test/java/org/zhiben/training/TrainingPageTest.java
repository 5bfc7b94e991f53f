package org.zhiben.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhiben.ZhibenTest;

@ZhibenTest
class TrainingPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    TrainingPeople people;
    @Autowired
    org.zhiben.common.LiveMetrics metrics;

    private UserDetails as(String username) {
        return users.loadUserByUsername(username);
    }

    private <T> T runAs(String username, java.util.function.Supplier<T> work) {
        UserDetails u = as(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private UUID newPerson(String name) {
        return runAs("ent.a.safety", () -> people.add(null, new PersonData(name, "P-" + UUID.randomUUID()
                .toString().substring(0, 8), PersonKind.CONTRACTOR, null, LocalDate.of(2025, 1, 1), null, null, null,
                false, false, true, null), null));
    }

    @Test
    void pagesRenderForTheirRolesAndOtherEnterprisesAre404() throws Exception {
        UUID id = newPerson("页面测试甲");
        mvc.perform(get("/training/people").with(user(as("ent.a.safety")))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("页面测试甲")));
        mvc.perform(get("/training/people/" + id).with(user(as("ent.a.safety")))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("上岗前安全培训")));
        mvc.perform(get("/training/people/" + id).with(user(as("ent.b.boss")))).andExpect(status().isNotFound());
        mvc.perform(get("/training/people/" + id).with(user(as("ent.a.worker")))).andExpect(status().isNotFound());
        mvc.perform(get("/training/people/" + id).with(user(as("county.yjj")))).andExpect(status().isOk());
        mvc.perform(get("/training/exams").with(user(as("ent.a.worker")))).andExpect(status().isOk());
        mvc.perform(get("/training/drills").with(user(as("ent.b.boss")))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("逾期未演练")));
        // an official without an enterprise chosen picks one on the overview
        for (String list : List.of("/training/people", "/training/drills", "/training/exams")) {
            mvc.perform(get(list).with(user(as("county.yjj")))).andExpect(status().is3xxRedirection())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                            .redirectedUrl("/training/overview"));
        }
        mvc.perform(get("/training/overview").with(user(as("county.yjj")))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("示范化工有限公司")));
        mvc.perform(get("/training/drills").param("year", "1800").with(user(as("ent.a.safety"))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aBadFormShowsTheMessageBesideTheField() throws Exception {
        mvc.perform(post("/training/people").with(user(as("ent.a.safety"))).with(csrf()).param("name", "")
                .param("staffNo", "X").param("kind", "EMPLOYEE").param("idempotencyKey", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请填写姓名")));
        UUID id = newPerson("页面测试乙");
        mvc.perform(post("/training/people/" + id + "/certificates").with(user(as("ent.a.safety"))).with(csrf())
                .param("kind", "SP_WELD").param("number", "N1").param("issuer", "某局").param("date", "2024-05-01")
                .param("until", "2024-04-01")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("有效期至不能早于发证日期")));
        mvc.perform(post("/training/people/" + id + "/hours").with(user(as("ent.a.worker"))).with(csrf())
                .param("kind", "TEAM").param("hours", "2").param("date", "2025-01-01").param("text", "x"))
                .andExpect(status().isNotFound());
        // the drill form: a date beyond the window and a count no number field holds, each beside its field
        String drill = mvc.perform(post("/training/drills").with(user(as("ent.a.safety"))).with(csrf())
                        .param("kind", "ONSITE").param("area", "PRODUCTION").param("date", "2999-01-01")
                        .param("count", "99999999999").param("text", "页面测试演练")
                        .param("idempotencyKey", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(drill).containsPattern("id=\"d-date\"[^>]*is-invalid|is-invalid[^>]*id=\"d-date\"")
                .contains("日期应在").contains("数值过大").contains("value=\"页面测试演练\"");
    }

    @Test
    void remindersFallAt90_60_30_7DaysAndOnTheDayOnceUnderAChosenDate() {
        UUID id = newPerson("提醒测试");
        LocalDate issued = LocalDate.of(2024, 2, 10);
        UUID cert = runAs("ent.a.safety", () -> people.addCertificate(id, "SP_WELD", "R-1", "某局", issued, null, null));
        LocalDate review = LocalDate.of(2027, 2, 10); // 特种作业: reviewed every 3 years
        assertThat(people.remind(review.minusDays(91))).noneMatch(r -> r.certificateId().equals(cert));
        for (int step : List.of(90, 60, 30, 7, 0)) {
            List<TrainingPeople.Reminder> sent = people.remind(review.minusDays(step));
            assertThat(sent).filteredOn(r -> r.certificateId().equals(cert)).singleElement()
                    .satisfies(r -> assertThat(r.step()).isEqualTo(step)).satisfies(r -> assertThat(r.due())
                            .isEqualTo(review));
            assertThat(people.remind(review.minusDays(step))).noneMatch(r -> r.certificateId().equals(cert));
        }
    }

    @Test
    void liveMetricsAreOfferedAndMeasureTheArea() {
        var principal = metrics.find("training.principal.rate").orElseThrow();
        var pass = metrics.find("training.highrisk.pass.rate").orElseThrow();
        var area = org.zhiben.common.LiveMetric.Area.region("990101000000");
        assertThat(principal.measure(area)).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100));
        assertThat(principal.measure(area).signum()).isPositive(); // the demo principals meet the initial hours
        assertThat(pass.measure(area)).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100));
        assertThat(principal.measure(org.zhiben.common.LiveMetric.Area.region("110000000000"))).isZero();
    }

    @Autowired
    Exams exams;

    @Test
    void aSubmittedPaperShowsEveryRightAnswerAndExplanation() throws Exception {
        UUID exam = runAs("ent.a.worker", () -> exams.exams(null).stream()
                .filter(x -> x.getTitle().equals("新员工岗前安全知识考试")).findFirst().orElseThrow().getId());
        String location = mvc.perform(post("/training/exams/" + exam + "/attempts").with(user(as("ent.a.worker")))
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/submit").with(user(as("ent.a.worker"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String html = mvc.perform(get(location).with(user(as("ent.a.worker")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("不合格").endsWith("</html>\n");
        assertThat(html.split("错误,正确答案:", -1)).hasSize(11);
        assertThat(html.split("解析:", -1)).hasSizeGreaterThanOrEqualTo(11); // test questions of other classes quote 解析: too
        mvc.perform(get(location).with(user(as("ent.b.boss")))).andExpect(status().isNotFound());
    }
}
