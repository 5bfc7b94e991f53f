package org.zhiben.campaign.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ZhibenTest;
import org.zhiben.common.Zones;
import tools.jackson.databind.ObjectMapper;

/** The routine's API and pages: scope (another town's plan is 404), bad input (400), stale versions (409), hashes. */
@ZhibenTest
class RoutineApiTest {

    private static final String PASSWORD = "Demo@12345";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private ResultActions post(String url, Object body, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private ResultActions get(String url, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(httpBasic(user, PASSWORD)));
    }

    private ResultActions page(String url, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(user(users.loadUserByUsername(user))));
    }

    private static String body(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString();
    }

    private String plan(String region, String title, String user) throws Exception {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("regionCode", region);
        p.put("level", "TOWN");
        p.put("title", title);
        p.put("issuer", "测试镇人民政府");
        p.put("startDate", "2024-03-22");
        p.put("endDate", "2026-12-31");
        p.put("actions", List.of("开展重大事故隐患动态清零行动"));
        return JsonPath.read(body(post("/api/v1/campaign/plans", p, user).andExpect(status().isCreated())), "$.id");
    }

    private static Map<String, Object> meeting(String period, String heldOn) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", period);
        m.put("heldOn", heldOn);
        m.put("kind", "STUDY");
        return m;
    }

    @Test
    void anotherTownsPlanIsNotFoundOnEveryRoutineAddress() throws Exception {
        String plan = plan("990101200000", "南山乡实施方案(日常工作API)", "county.yjj");
        String meeting = JsonPath.read(body(post("/api/v1/campaign/plans/" + plan + "/meetings",
                meeting("2025-01", "2025-01-06"), "county.yjj").andExpect(status().isCreated())), "$.id");
        get("/api/v1/campaign/plans/" + plan + "/meetings", "town.aj").andExpect(status().isNotFound());
        get("/api/v1/campaign/plans/" + plan + "/meetings/calendar", "town.aj").andExpect(status().isNotFound());
        get("/api/v1/campaign/meetings/" + meeting, "town.aj").andExpect(status().isNotFound());
        post("/api/v1/campaign/plans/" + plan + "/meetings", meeting("2025-02", "2025-02-06"), "town.aj")
                .andExpect(status().isNotFound());
        get("/api/v1/campaign/plans/" + plan + "/filings", "town.aj").andExpect(status().isNotFound());
        get("/api/v1/campaign/plans/" + plan + "/papers", "town.aj").andExpect(status().isNotFound());
        get("/api/v1/campaign/plans/" + plan + "/papers/SUMMARY/2025/draft.docx", "town.aj")
                .andExpect(status().isNotFound());
        page("/campaign/plans/" + plan + "/routine", "town.aj").andExpect(status().isNotFound());
        page("/campaign/meetings/" + meeting, "town.aj").andExpect(status().isNotFound());
        page("/campaign/plans/" + plan + "/routine", "ent.a.boss").andExpect(status().isNotFound());
    }

    @Test
    void meetingsFilingsAndPapersThroughTheApi() throws Exception {
        String plan = plan("990101100000", "东关镇实施方案(日常工作API)", "town.aj");
        LocalDate today = LocalDate.now(Zones.CHINA);
        String month = YearMonth.from(today).toString();
        String created = body(post("/api/v1/campaign/plans/" + plan + "/meetings", meeting(month, today.toString()),
                "town.aj").andExpect(status().isCreated()).andExpect(jsonPath("$.items").isArray()));
        String meeting = JsonPath.read(created, "$.id");
        post("/api/v1/campaign/plans/" + plan + "/meetings", meeting(month, today.toString()), "town.aj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));
        post("/api/v1/campaign/plans/" + plan + "/meetings", meeting("2025-13", "2025-01-01"), "town.aj")
                .andExpect(status().isBadRequest());
        get("/api/v1/campaign/plans/" + plan + "/meetings/calendar", "town.aj").andExpect(status().isOk())
                .andExpect(jsonPath("$[0].month").value(month)).andExpect(jsonPath("$[0].status").value("SCHEDULED"))
                .andExpect(jsonPath("$[1].status").value("MISSING"));
        post("/api/v1/campaign/meetings/" + meeting + "/agenda", Map.of("version", 99, "action", "ADD", "topic",
                "冬季安全检查"), "town.aj").andExpect(status().isConflict());
        post("/api/v1/campaign/meetings/" + meeting + "/agenda", Map.of("version", 0, "action", "ADD", "topic",
                "冬季安全检查"), "town.aj").andExpect(status().isOk()).andExpect(jsonPath("$.items[0].source")
                        .value("ADDED"));
        post("/api/v1/campaign/meetings/" + meeting + "/minutes", Map.of("version", 1, "attendees", "镇长、各村书记",
                "items", List.of(Map.of("seq", 1, "decision", "12月20日前完成检查"))), "town.aj")
                .andExpect(status().isOk()).andExpect(jsonPath("$.minuted").value(true))
                .andExpect(jsonPath("$.items[0].decision").value("12月20日前完成检查"));
        page("/campaign/meetings/" + meeting, "town.aj").andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("12月20日前完成检查")));

        // filings: a requirement for the demo village; a photo is refused, a PDF is received with its hash
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("title", "村级实施方案");
        q.put("filedWith", "镇工业办");
        q.put("dueDate", today.toString());
        q.put("filers", List.of(Map.of("kind", "REGION", "ref", "990101100201")));
        String requirement = JsonPath.read(body(post("/api/v1/campaign/plans/" + plan + "/filings", q, "town.aj")
                .andExpect(status().isCreated())), "$.id");
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/campaign/filings/" + requirement + "/receipts")
                .file(new MockMultipartFile("file", "photo.pdf", "application/pdf", RoutineTest.PNG))
                .param("filerRef", "990101100201").with(httpBasic("town.aj", PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/campaign/filings/" + requirement + "/receipts")
                .file(new MockMultipartFile("file", "村方案.pdf", "application/pdf", RoutineTest.PDF))
                .param("filerRef", "990101100201").with(httpBasic("town.aj", PASSWORD)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.sha256").value(RoutineTest.sha256(RoutineTest.PDF)))
                .andExpect(jsonPath("$.late").value(false));
        get("/api/v1/campaign/filings/" + requirement, "town.aj").andExpect(status().isOk())
                .andExpect(jsonPath("$.onTime").value(1)).andExpect(jsonPath("$.filers[0].status").value("ON_TIME"));
        page("/campaign/filings/" + requirement, "town.aj").andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(RoutineTest.sha256(RoutineTest.PDF))));

        // papers: the draft, a PDF refused, the docx signed with its hash; again without the version: 409
        int year = today.getYear();
        byte[] draft = mvc.perform(MockMvcRequestBuilders.get("/api/v1/campaign/plans/" + plan + "/papers/SUMMARY/"
                + year + "/draft.docx").with(httpBasic("town.aj", PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/campaign/plans/" + plan + "/papers/SUMMARY/" + year)
                .file(new MockMultipartFile("file", "总结.pdf", "application/pdf", RoutineTest.PDF))
                .with(httpBasic("town.aj", PASSWORD))).andExpect(status().isBadRequest());
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/campaign/plans/" + plan + "/papers/SUMMARY/" + year)
                .file(new MockMultipartFile("file", "总结.docx", "application/octet-stream", draft))
                .with(httpBasic("town.aj", PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.sha256").value(RoutineTest.sha256(draft)))
                .andExpect(jsonPath("$.onTime").value(!today.isAfter(LocalDate.of(year, 12, 1))));
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/campaign/plans/" + plan + "/papers/SUMMARY/" + year)
                .file(new MockMultipartFile("file", "总结.docx", "application/octet-stream", draft))
                .with(httpBasic("town.aj", PASSWORD))).andExpect(status().isConflict());
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/campaign/plans/" + plan + "/papers/SUMMARY/1999")
                .file(new MockMultipartFile("file", "总结.docx", "application/octet-stream", draft))
                .with(httpBasic("town.aj", PASSWORD))).andExpect(status().isBadRequest());

        page("/campaign/plans/" + plan + "/routine", "town.aj").andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("村级实施方案")))
                .andExpect(content().string(Matchers.containsString(RoutineTest.sha256(draft))));
    }

    @Test
    void thePagesPutARulesMessageBesideItsField() throws Exception {
        String plan = plan("990101100000", "东关镇实施方案(日常工作页面)", "town.aj");
        String body = body(mvc.perform(MockMvcRequestBuilders.post("/campaign/plans/" + plan + "/meetings")
                .with(user(users.loadUserByUsername("town.aj"))).with(csrf()).param("period", "2025-01")
                .param("heldOn", "2025-02-03").param("kind", "DISPATCH")).andExpect(status().isOk()));
        assertThat(body).contains("会议日期须在2025-01内");
        mvc.perform(MockMvcRequestBuilders.post("/campaign/plans/" + plan + "/meetings")
                .with(user(users.loadUserByUsername("town.aj"))).with(csrf()).param("period", "2025-01")
                .param("heldOn", "2025-01-03").param("kind", "DISPATCH")).andExpect(status().is3xxRedirection());
        String again = body(mvc.perform(MockMvcRequestBuilders.post("/campaign/plans/" + plan + "/meetings")
                .with(user(users.loadUserByUsername("town.aj"))).with(csrf()).param("period", "2025-01")
                .param("heldOn", "2025-01-20").param("kind", "DISPATCH")).andExpect(status().isOk()));
        assertThat(again).contains("本方案2025-01已有专题研究/调度会议");
        page("/campaign/plans/" + plan + "/routine", "town.aj").andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-status=\"MISSING\"")));
        // a final paper that is no Word document: the message beside that row's upload field, nothing saved
        int year = LocalDate.now(org.zhiben.common.Zones.CHINA).getYear();
        String refused = body(mvc.perform(MockMvcRequestBuilders
                .multipart("/campaign/plans/" + plan + "/papers/SUMMARY/" + year)
                .file(new MockMultipartFile("file", "总结.docx", "application/octet-stream",
                        "not a document".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .with(user(users.loadUserByUsername("town.aj"))).with(csrf())).andExpect(status().isOk()));
        assertThat(refused).containsPattern(
                "is-invalid\"[^>]*>\\s*<div class=\"invalid-feedback d-block w-100\">[^<]+</div>");
        assertThat(jdbc.queryForObject("select count(*) from campaign_paper where plan_id = ?", Integer.class,
                UUID.fromString(plan))).isZero();
    }
}
