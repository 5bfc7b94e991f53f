package org.zhiben.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ZhibenTest;
import org.zhiben.common.SeededDraw;
import org.zhiben.common.Zones;
import org.zhiben.common.document.PrintedPages;
import org.zhiben.identity.AccountForm;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;
import tools.jackson.databind.ObjectMapper;

/**
 * The pool and assignments through the API: a draw that repeats from its record with conflicts listed as exclusions,
 * a choice that needs a reason and refuses a conflict, the expert seeing only the enterprises of its running
 * assignments (here and in inspection), the report once with stale 409, the Word report on A4, bad input 400.
 */
@ZhibenTest
class ExpertApiTest {

    private static final String PASSWORD = "Demo@12345";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UserDetailsService users;

    private ResultActions post(String url, Object body, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : json.writeValueAsString(body)));
    }

    private ResultActions get(String url, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(httpBasic(user, PASSWORD)));
    }

    private ResultActions page(String url, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        users.loadUserByUsername(user))));
    }

    private CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    /** A new expert account (as the administrator). */
    private String account() {
        String name = "xexpert" + System.nanoTime() % 1_000_000 + SERIAL.incrementAndGet();
        CurrentUser admin = user("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            accounts.create(new AccountForm(name, "测试专家" + SERIAL.get(), PASSWORD, Role.EXPERT, null, null, null, null,
                    null, true, false));
        } finally {
            SecurityContextHolder.clearContext();
        }
        return name;
    }

    private static String today() {
        return LocalDate.now(Zones.CHINA).toString();
    }

    private Map<String, Object> expert(String username, List<Map<String, Object>> ties) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("userId", username == null ? null : user(username).id().toString());
        e.put("name", "测试专家" + SERIAL.incrementAndGet());
        e.put("kind", "EXPERT");
        e.put("regionCode", "990101000000");
        e.put("sectors", List.of("03"));
        e.put("specialities", List.of("DUST"));
        e.put("qualifications", List.of("注册安全工程师"));
        e.put("validFrom", LocalDate.now(Zones.CHINA).minusDays(30).toString());
        e.put("validTo", LocalDate.now(Zones.CHINA).plusYears(1).toString());
        e.put("feePerDay", 1000);
        e.put("ties", ties);
        return e;
    }

    private String create(Map<String, Object> expert) throws Exception {
        String body = post("/api/v1/expert/experts", expert, "county.yjj").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private Map<String, Object> request(UUID enterprise, String kind, String expertId, String reason) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("enterpriseId", enterprise.toString());
        r.put("kind", kind);
        r.put("expertId", expertId);
        r.put("reason", reason);
        r.put("from", today());
        r.put("until", LocalDate.now(Zones.CHINA).plusDays(5).toString());
        return r;
    }

    @Test
    void theAssignFormSearchesForTheEnterpriseAndKeepsTheChoiceWhenSentBack() throws Exception {
        UUID b = user("ent.b.boss").enterpriseId();
        var official = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername("county.yjj"));
        // no list of the jurisdiction's enterprises on the page (a province has 100,000): a search field
        page("/experts/assignments", "county.yjj").andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("/enterprises/picker"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(b.toString())))));
        // sent back for another field: the enterprise stays chosen, by name, and the message stands by its field
        String sentBack = mvc.perform(MockMvcRequestBuilders.post("/experts/assignments").with(official)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf())
                        .param("enterpriseId", b.toString()).param("kind", "").param("from", "2026-12-01")
                        .param("until", "2026-12-08").param("idempotencyKey", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(sentBack).contains("id=\"ent-kept\"", "value=\"" + b + "\"", "示范化工有限公司");
        String none = mvc.perform(MockMvcRequestBuilders.post("/experts/assignments").with(official)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf())
                        .param("enterpriseId", "").param("kind", "DETAILED_CHECK").param("from", "2026-12-01")
                        .param("until", "2026-12-08").param("idempotencyKey", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("请选择企业").doesNotContain("id=\"ent-kept\"");
    }

    @Test
    void aDrawRepeatsFromItsRecordAndListsConflictsAsExclusions() throws Exception {
        UUID a = user("ent.a.boss").enterpriseId();
        String employee = account();
        String conflicted = create(expert(employee, List.of(Map.of("kind", "CURRENT_EMPLOYER", "enterpriseId",
                a.toString()))));
        String free = create(expert(account(), List.of()));
        String body = post("/api/v1/expert/assignments", request(a, "ENFORCEMENT_SUPPORT", null, null), "county.yjj")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.assignment.kind").value("ENFORCEMENT_SUPPORT"))
                .andExpect(jsonPath("$.assignment.method").value("DRAWN"))
                .andReturn().getResponse().getContentAsString();
        String seed = JsonPath.read(body, "$.draw.seed");
        List<String> candidates = JsonPath.read(body, "$.draw.candidates");
        String drawn = JsonPath.read(body, "$.draw.drawnExpertId");
        assertThat(SeededDraw.draw(seed, candidates, 1)).containsExactly(drawn);
        assertThat(candidates).contains(free).doesNotContain(conflicted);
        assertThat(candidates).isSorted();
        List<Map<String, Object>> exclusions = JsonPath.read(body, "$.draw.exclusions");
        assertThat(exclusions).anySatisfy(x -> {
            assertThat(x.get("expertId")).isEqualTo(conflicted);
            assertThat(x.get("reason")).isEqualTo("利益冲突:现任职于该企业");
        });
        // the demo's expert1 once worked at A: excluded with the reason
        List<Map<String, Object>> pool = JsonPath.read(get("/api/v1/expert/experts?size=500", "county.yjj")
                .andReturn().getResponse().getContentAsString(), "$.content[*]");
        // the pool is paged in the query, in one order (by name, in the database's collation)
        String second = get("/api/v1/expert/experts?size=1&page=1", "county.yjj").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(second, "$.content[*].id"))
                .containsExactly((String) pool.get(1).get("id"));
        assertThat(JsonPath.<Integer>read(second, "$.totalElements")).isEqualTo(pool.size());
        get("/api/v1/expert/experts?size=0", "county.yjj").andExpect(status().isBadRequest());
        String expert1 = pool.stream().filter(x -> user("expert1").id().toString().equals(x.get("userId")))
                .map(x -> (String) x.get("id")).findFirst().orElseThrow();
        assertThat(exclusions).anySatisfy(x -> {
            assertThat(x.get("expertId")).isEqualTo(expert1);
            assertThat((String) x.get("reason")).startsWith("利益冲突:3年内曾任职");
        });
        // the record reads back the same
        String id = JsonPath.read(body, "$.assignment.id");
        get("/api/v1/expert/assignments/" + id, "county.yjj").andExpect(status().isOk())
                .andExpect(jsonPath("$.draw.seed").value(seed));
        // choosing the conflicted expert is refused, a choice without a reason too
        post("/api/v1/expert/assignments", request(a, "CONSULTATION", conflicted, "熟悉该企业"), "county.yjj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("expertId"))
                .andExpect(jsonPath("$.errors[0].message").value("不能指派该专家:利益冲突:现任职于该企业"));
        post("/api/v1/expert/assignments", request(a, "CONSULTATION", free, " "), "county.yjj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        post("/api/v1/expert/assignments", request(a, "CONSULTATION", free, "粉尘涉爆会诊"), "county.yjj")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.assignment.method").value("CHOSEN"))
                .andExpect(jsonPath("$.draw").doesNotExist());

        // the longest choice reason and the longest cancellation reason are both kept
        String longest = post("/api/v1/expert/assignments", request(a, "CONSULTATION", free, "会".repeat(1000)),
                "county.yjj").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String chosen = JsonPath.read(longest, "$.assignment.id");
        Object version = JsonPath.read(longest, "$.assignment.version");
        post("/api/v1/expert/assignments/" + chosen + "/cancel", Map.of("version", version, "reason", "停".repeat(501)),
                "county.yjj").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        post("/api/v1/expert/assignments/" + chosen + "/cancel", Map.of("version", version, "reason", "停".repeat(500)),
                "county.yjj").andExpect(status().isOk()).andExpect(jsonPath("$.assignment.state").value("CANCELLED"))
                .andExpect(jsonPath("$.assignment.reason").value("会".repeat(1000) + ";撤回:" + "停".repeat(500)));
    }

    @Test
    void anExpertSeesOnlyTheEnterprisesOfItsRunningAssignments() throws Exception {
        UUID a = user("ent.a.boss").enterpriseId();
        UUID b = user("ent.b.boss").enterpriseId();
        String username = account();
        String expertId = create(expert(username, List.of()));
        String other = account();
        create(expert(other, List.of()));
        String tasksOfA = "/api/v1/inspection/enterprises/" + a + "/tasks?from=2020-01-01&to=2020-12-31";
        get(tasksOfA, username).andExpect(status().isNotFound());
        String body = post("/api/v1/expert/assignments", request(a, "DETAILED_CHECK", expertId, "粉尘涉爆体检式精查"),
                "county.yjj").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.assignment.id");
        get(tasksOfA, username).andExpect(status().isOk());
        get("/api/v1/inspection/enterprises/" + b + "/tasks?from=2020-01-01&to=2020-12-31", username)
                .andExpect(status().isNotFound());
        // its own assignment: yes; another expert's, an enterprise user, an official of another sector: 404
        get("/api/v1/expert/assignments/" + id, username).andExpect(status().isOk());
        for (String outsider : List.of(other, "expert1", "ent.b.boss", "ent.a.boss", "county.zjj")) {
            get("/api/v1/expert/assignments/" + id, outsider).andExpect(status().isNotFound());
        }
        page("/experts/assignments/" + id, other).andExpect(status().isNotFound());
        page("/experts/assignments/" + id, username).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("report-form")));
        page("/experts/assignments/" + id, "county.yjj").andExpect(status().isOk());
        page("/experts/" + expertId, "county.yjj").andExpect(status().isOk());
        page("/experts/" + expertId, other).andExpect(status().isNotFound());
        page("/experts/assignments", username).andExpect(status().isOk());
        // an expert's list holds its own assignments only
        String mine = get("/api/v1/expert/assignments", username).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(mine, "$.content[*].id")).containsExactly(id);
        assertThat(JsonPath.<Integer>read(mine, "$.totalElements")).isEqualTo(1);
        // officials page through theirs, newest first, filtered by kind in the query
        String kindPage = get("/api/v1/expert/assignments?kind=DETAILED_CHECK&size=1", "county.yjj")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(kindPage, "$.content[*].id")).containsExactly(id);
        assertThat(JsonPath.<Integer>read(kindPage, "$.size")).isEqualTo(1);
        get("/api/v1/expert/assignments?size=501", "county.yjj").andExpect(status().isBadRequest());
        get("/api/v1/expert/experts", username).andExpect(status().isForbidden());
        get("/api/v1/expert/experts/" + expertId, other).andExpect(status().isNotFound());
        get("/api/v1/expert/experts/" + expertId, username).andExpect(status().isOk());

        // withdrawn: the enterprise is out of sight again
        long version = ((Number) JsonPath.read(body, "$.assignment.version")).longValue();
        post("/api/v1/expert/assignments/" + id + "/cancel", Map.of("version", version, "reason", "企业停产"), username)
                .andExpect(status().isForbidden());
        // on the page, a withdrawal from a stale tab says so above its form
        mvc.perform(MockMvcRequestBuilders.post("/experts/assignments/" + id + "/cancel").with(csrf())
                .with(SecurityMockMvcRequestPostProcessors.user(user("county.yjj"))).param("version", "999").param("reason", "企业停产"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已被他人修改")));
        post("/api/v1/expert/assignments/" + id + "/cancel", Map.of("version", version, "reason", "企业停产"),
                "county.yjj").andExpect(status().isOk()).andExpect(jsonPath("$.assignment.state").value("CANCELLED"));
        get(tasksOfA, username).andExpect(status().isNotFound());
    }

    @Test
    void theExpertReportsOnceAndTheReportPrintsOnA4() throws Exception {
        UUID a = user("ent.a.boss").enterpriseId();
        String username = account();
        String expertId = create(expert(username, List.of()));
        String body = post("/api/v1/expert/assignments", request(a, "FIRST_IDENTIFICATION", expertId, "小微企业首次辨识"),
                "county.yjj").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.assignment.id");
        long version = ((Number) JsonPath.read(body, "$.assignment.version")).longValue();
        String url = "/api/v1/expert/assignments/" + id;
        Map<String, Object> report = new LinkedHashMap<>(Map.of("version", version, "findings",
                "辨识出粉尘爆炸、机械伤害等风险8项;建议完善隐患排查清单。", "conclusion", "完成首次风险辨识。"));
        get(url + "/report.docx", "county.yjj").andExpect(status().isBadRequest());
        post(url + "/report", report, "county.yjj").andExpect(status().isForbidden());
        post(url + "/report", Map.of("version", version, "findings", " ", "conclusion", "x"), username)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("findings"));
        report.put("version", version + 1);
        post(url + "/report", report, username).andExpect(status().isConflict());
        report.put("version", version);
        String schedules = "/api/v1/inspection/enterprises/" + a + "/schedules";
        get(schedules, username).andExpect(status().isOk());
        post(url + "/report", report, username).andExpect(status().isOk())
                .andExpect(jsonPath("$.assignment.state").value("REPORTED"));
        // the work is done: the enterprise is out of the expert's sight again
        get(schedules, username).andExpect(status().isNotFound());
        report.put("version", version + 1);
        post(url + "/report", report, username).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("state"));
        get("/api/v1/expert/experts/" + expertId, "county.yjj").andExpect(jsonPath("$.record.assignments").value(1))
                .andExpect(jsonPath("$.record.reported").value(1));
        var download = get(url + "/report.docx", username).andExpect(status().isOk()).andReturn().getResponse();
        // named in Chinese after the enterprise and the work (RFC 6266 filename*, UTF-8)
        assertThat(org.springframework.http.ContentDisposition.parse(download.getHeader("Content-Disposition"))
                .getFilename()).startsWith("专家报告-").endsWith("-首次风险辨识.docx");
        byte[] docx = download.getContentAsByteArray();
        PrintedPages pages = PrintedPages.print(docx, "docx");
        pages.allA4(false);
        assertThat(pages.count()).isEqualTo(1);
        assertThat(pages.text()).contains("专家首次风险辨识报告").contains("辨识出粉尘爆炸").contains("完成首次风险辨识");
    }

    @Test
    void anExpertIsChangedByTheOfficesOfItsRegionAndSectorAndTiesOutsideTheScopeAreNotNamed() throws Exception {
        UUID b = user("ent.b.boss").enterpriseId(); // 危险化学品: outside county.zjj's sector
        Map<String, Object> e = expert(null, List.of(Map.of("kind", "CURRENT_EMPLOYER", "enterpriseId", b.toString())));
        e.put("sectors", List.of("04"));
        String id = create(e);
        String url = "/api/v1/expert/experts/" + id;

        // the whole pool is visible to every official, but the tie to B is named only where B is
        get(url, "county.yjj").andExpect(jsonPath("$.ties[0].enterpriseId").value(b.toString()));
        get(url, "county.zjj").andExpect(status().isOk()).andExpect(jsonPath("$.ties[0].enterpriseId").doesNotExist())
                .andExpect(jsonPath("$.ties[0].enterpriseName").value("辖区外企业"));
        String pool = get("/api/v1/expert/experts", "county.zjj").andReturn().getResponse().getContentAsString();
        assertThat(pool).doesNotContain(b.toString());

        // the town below sees it but may not change it
        long version = ((Number) JsonPath.read(get(url, "town.aj").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(), "$.version")).longValue();
        Map<String, Object> renamed = new LinkedHashMap<>(e);
        renamed.put("name", "改名的专家");
        renamed.put("ties", List.of());
        mvc.perform(MockMvcRequestBuilders.put(url + "?version=" + version).with(httpBasic("town.aj", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(renamed)))
                .andExpect(status().isForbidden());
        post(url + "/active", Map.of("version", version, "active", false), "town.aj").andExpect(status().isForbidden());

        // the county's construction office may: the tie it cannot see is kept, not dropped with the form
        mvc.perform(MockMvcRequestBuilders.put(url + "?version=" + version).with(httpBasic("county.zjj", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(renamed)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("改名的专家"));
        get(url, "county.yjj").andExpect(jsonPath("$.ties[0].enterpriseId").value(b.toString()))
                .andExpect(jsonPath("$.ties.length()").value(1));

        // an expert of the city is entered by the city, not by a county
        Map<String, Object> city = expert(null, List.of());
        city.put("regionCode", "990100000000");
        post("/api/v1/expert/experts", city, "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("regionCode"));
        post("/api/v1/expert/experts", city, "city.yjj").andExpect(status().isCreated());
    }

    @Test
    void badInputIsA400BesideTheField() throws Exception {
        UUID a = user("ent.a.boss").enterpriseId();
        Map<String, Object> r = request(a, null, null, null);
        r.put("from", LocalDate.now(Zones.CHINA).minusDays(1).toString());
        String body = post("/api/v1/expert/assignments", r, "county.yjj").andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(body, "$.errors[*].field")).contains("kind", "from");
        Map<String, Object> unknown = request(UUID.randomUUID(), "CONSULTATION", null, null);
        post("/api/v1/expert/assignments", unknown, "county.yjj").andExpect(status().isNotFound());
        post("/api/v1/expert/assignments", "{\"enterpriseId\":\"" + a + "\",\"kind\":\"NOPE\"}", "county.yjj")
                .andExpect(status().isBadRequest());
        post("/api/v1/expert/assignments", request(a, "CONSULTATION", null, null), "ent.a.boss")
                .andExpect(status().isForbidden());
        Map<String, Object> e = expert(null, List.of(Map.of("kind", "PAST_EMPLOYER", "enterpriseId", a.toString())));
        e.put("regionCode", "12345");
        e.put("sectors", List.of("99"));
        e.put("validTo", "2020-01-01");
        e.put("name", " ");
        String errors = post("/api/v1/expert/experts", e, "county.yjj").andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(errors, "$.errors[*].field")).contains("name", "regionCode", "sectors",
                "validTo", "ties[0].endedOn");
        Map<String, Object> notExpert = expert("ent.a.worker", List.of());
        post("/api/v1/expert/experts", notExpert, "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("userId"));
        post("/api/v1/expert/experts", expert(null, List.of()), "ent.a.boss").andExpect(status().isForbidden());
        // an update from a stale version
        String id = create(expert(null, List.of()));
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/expert/experts/" + id + "?version=7")
                .with(httpBasic("county.yjj", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(expert(null, List.of())))).andExpect(status().isConflict());
    }
}
