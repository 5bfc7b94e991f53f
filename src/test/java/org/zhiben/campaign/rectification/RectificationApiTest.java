package org.zhiben.campaign.rectification;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.ZhibenTest;
import org.zhiben.common.Zones;
import tools.jackson.databind.ObjectMapper;

/**
 * The ledgers on the API and the pages: registration (201, 400 beside the field), a check with its problems, 409 on a
 * stale version, scope (another town's object 404, an enterprise user 404), the import's row errors, the task binding,
 * the phone pages rendering the figures, the checklist and a rule's message beside its field.
 */
@ZhibenTest
@Transactional
class RectificationApiTest {

    private static final String PASSWORD = "Demo@12345";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void villages() {
        jdbc.update("insert into directory_region (code, name, parent_code, level) values (?, ?, ?, 5)",
                RectificationTest.VILLAGE, "专项测试村", "990101100000");
        jdbc.update("insert into directory_region (code, name, parent_code, level) values (?, ?, ?, 5)",
                RectificationTest.OTHER_VILLAGE, "西河测试村", "990101101000");
    }

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

    private static Map<String, Object> house(String village, String address) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("regionCode", village);
        m.put("name", address + "户");
        m.put("address", address);
        m.put("ownerName", "户主");
        m.put("storeys", 3);
        m.put("purpose", "RENTED");
        return m;
    }

    private static List<Map<String, Object>> results(int n, int failing, LocalDate due) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int seq = 1; seq <= n; seq++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("seq", seq);
            r.put("outcome", seq == failing ? "FAIL" : "PASS");
            if (seq == failing) {
                r.put("dueDate", due.toString());
                r.put("note", "现场发现");
            }
            out.add(r);
        }
        return out;
    }

    @Test
    void registerCheckRectifyAndVerifyThroughTheApiInScope() throws Exception {
        LocalDate today = LocalDate.now(Zones.CHINA);
        get("/api/v1/campaign/rectification/ledgers", "town.aj").andExpect(status().isOk())
                .andExpect(jsonPath("$[0].ledger").value("SELF_BUILT"))
                .andExpect(jsonPath("$[0].checklist.length()").value(10))
                .andExpect(jsonPath("$[2].kinds.length()").value(10));
        Map<String, Object> noStoreys = house(RectificationTest.VILLAGE, "七组1号");
        noStoreys.remove("storeys");
        post("/api/v1/campaign/rectification/SELF_BUILT/objects", noStoreys, "town.aj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("storeys"));
        post("/api/v1/campaign/rectification/NOT_A_LEDGER/objects", house(RectificationTest.VILLAGE, "七组1号"),
                "town.aj").andExpect(status().isBadRequest());
        String created = body(post("/api/v1/campaign/rectification/SELF_BUILT/objects",
                house(RectificationTest.VILLAGE, "七组1号"), "town.aj").andExpect(status().isCreated())
                .andExpect(jsonPath("$.object.regionName").value("专项测试村")));
        String id = JsonPath.read(created, "$.object.id");
        post("/api/v1/campaign/rectification/objects/" + id + "/checks", Map.of("version", 0, "checkedOn",
                today.toString(), "results", results(10, 3, today.minusDays(1))), "town.aj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field")
                        .value("results[2].dueDate"));
        post("/api/v1/campaign/rectification/objects/" + id + "/checks", Map.of("version", 0, "checkedOn",
                today.toString(), "results", results(10, 3, today)), "town.aj").andExpect(status().isCreated())
                .andExpect(jsonPath("$.problems.length()").value(1))
                .andExpect(jsonPath("$.problems[0].state").value("OPEN"))
                .andExpect(jsonPath("$.problems[0].overdue").value(false));
        post("/api/v1/campaign/rectification/objects/" + id + "/checks", Map.of("version", 0, "checkedOn",
                today.toString(), "results", results(10, 0, today)), "town.aj").andExpect(status().isConflict());
        String problem = JsonPath.read(body(get("/api/v1/campaign/rectification/objects/" + id, "town.aj")),
                "$.problems[0].id");
        post("/api/v1/campaign/rectification/problems/" + problem + "/rectify", Map.of("version", 0,
                "rectification", "已清退", "rectifiedOn", today.toString()), "town.aj").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RECTIFIED"));
        post("/api/v1/campaign/rectification/problems/" + problem + "/verify", Map.of("version", 0, "pass", true),
                "town.aj").andExpect(status().isConflict());
        post("/api/v1/campaign/rectification/problems/" + problem + "/verify", Map.of("version", 1, "pass", true),
                "county.yjj").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("VERIFIED"));
        get("/api/v1/campaign/rectification/SELF_BUILT/counts?region=" + RectificationTest.VILLAGE, "town.aj")
                .andExpect(status().isOk()).andExpect(jsonPath("$.total.registered").value(1))
                .andExpect(jsonPath("$.total.verified").value(1));

        // scope: 西河镇's village is not 东关镇's
        String other = JsonPath.read(body(post("/api/v1/campaign/rectification/SELF_BUILT/objects",
                house(RectificationTest.OTHER_VILLAGE, "西河1号"), "county.yjj").andExpect(status().isCreated())),
                "$.object.id");
        get("/api/v1/campaign/rectification/objects/" + other, "town.aj").andExpect(status().isNotFound());
        get("/api/v1/campaign/rectification/objects/" + id, "ent.a.boss").andExpect(status().isNotFound());
        get("/api/v1/campaign/rectification/SELF_BUILT/counts?region=990101101000", "town.aj")
                .andExpect(status().isNotFound());
        post("/api/v1/campaign/rectification/objects/" + other + "/checks", Map.of("version", 0, "checkedOn",
                today.toString(), "results", results(10, 0, today)), "town.aj").andExpect(status().isNotFound());
        post("/api/v1/campaign/rectification/SELF_BUILT/objects", house(RectificationTest.VILLAGE, "七组2号"),
                "admin").andExpect(status().isForbidden());
    }

    @Test
    void theImportAnswersRowErrorsAndTheTaskBindingShowsTheFigures() throws Exception {
        var bad = RectificationTest.xlsx(
                new String[] {RectificationTest.VILLAGE, "王家", "八组1号", "王某", null, "3", "自住", "否"},
                new String[] {RectificationTest.VILLAGE, "赵家", "八组1号", "赵某", null, "2", "自住", "否"});
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/campaign/rectification/SELF_BUILT/objects/import")
                .file(new MockMultipartFile("file", "ledger.xlsx", "application/octet-stream",
                        Files.readAllBytes(bad.toPath()))).with(httpBasic("town.aj", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.errors[0].row").value(4))
                .andExpect(jsonPath("$.errors[0].column").value("地址"));
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/campaign/rectification/SELF_BUILT/objects/import")
                .file(new MockMultipartFile("file", "ledger.xlsx", "application/octet-stream", "not a workbook"
                        .getBytes())).with(httpBasic("town.aj", PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));

        String task = jdbc.queryForList("select t.id from campaign_task t join campaign_plan p on p.id ="
                + " t.plan_id where p.region_code = '990101100000' and t.task_no = '12' order by p.created_at",
                String.class).get(0);
        post("/api/v1/campaign/tasks/" + task + "/rectification-ledgers", Map.of("ledger", "GAS"), "town.aj")
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.ledger == 'GAS')].figures.registered")
                        .isNotEmpty());
        post("/api/v1/campaign/tasks/" + task + "/rectification-ledgers", Map.of("ledger", "GAS"), "ent.a.boss")
                .andExpect(status().isNotFound());
        get("/api/v1/campaign/tasks/" + task + "/rectification-ledgers", "town.aj").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.ledger == 'SELF_BUILT')]").isNotEmpty());
        get("/api/v1/campaign/metrics", "town.aj").andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("campaign.rect.selfbuilt.coverage")));
        page("/campaign/tasks/" + task, "town.aj").andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("rect-ledgers")));
    }

    @Test
    void thePhonePagesShowTheFiguresTheChecklistAndMessagesBesideTheField() throws Exception {
        page("/campaign/rectification?ledger=SELF_BUILT", "town.aj").andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("rect-counts")))
                .andExpect(content().string(Matchers.containsString("东关村委会")))
                .andExpect(content().string(Matchers.containsString("table-cards")));
        page("/campaign/rectification?ledger=NINE_SMALL&region=990101100201", "town.aj").andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("小餐饮场所")));
        page("/campaign/rectification?ledger=SELF_BUILT&region=990101101000", "town.aj")
                .andExpect(status().isNotFound());
        page("/campaign/rectification", "ent.a.boss").andExpect(status().isNotFound());

        mvc.perform(MockMvcRequestBuilders.post("/campaign/rectification/SELF_BUILT/objects")
                .with(user(users.loadUserByUsername("town.aj"))).with(csrf())
                .param("regionCode", RectificationTest.VILLAGE).param("name", "九组1号户").param("address", "九组1号")
                .param("ownerName", "户主").param("purpose", "OWN")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("请填写层数")));
        String location = mvc.perform(MockMvcRequestBuilders.post("/campaign/rectification/SELF_BUILT/objects")
                .with(user(users.loadUserByUsername("town.aj"))).with(csrf())
                .param("regionCode", RectificationTest.VILLAGE).param("name", "九组1号户").param("address", "九组1号")
                .param("ownerName", "户主").param("storeys", "2").param("purpose", "OWN"))
                .andExpect(redirectedUrlPattern("/campaign/rectification/objects/*")).andReturn().getResponse()
                .getRedirectedUrl();
        page(location, "town.aj").andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("高墙大院")))
                .andExpect(content().string(Matchers.containsString("check-form")));
        var check = MockMvcRequestBuilders.post(location + "/checks").with(user(users.loadUserByUsername("town.aj")))
                .with(csrf()).param("version", "0").param("checkedOn", LocalDate.now(Zones.CHINA).toString());
        for (int i = 0; i < 10; i++) {
            check.param("results[" + i + "].seq", String.valueOf(i + 1))
                    .param("results[" + i + "].outcome", i == 4 ? "FAIL" : "PASS");
        }
        mvc.perform(check).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("不合格项请填写整改期限")));
        check.param("results[4].dueDate", LocalDate.now(Zones.CHINA).plusDays(3).toString());
        mvc.perform(check).andExpect(redirectedUrlPattern("/campaign/rectification/objects/*"));
        page(location, "town.aj").andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("rectify-form")));
    }
}
