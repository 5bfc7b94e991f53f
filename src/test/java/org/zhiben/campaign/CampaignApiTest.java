package org.zhiben.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ZhibenTest;
import tools.jackson.databind.ObjectMapper;

/** The campaign API: the plan tree and roll-up, scope, responsible units' reports, review, and bad input. */
@ZhibenTest
class CampaignApiTest {

    private static final String PASSWORD = "Demo@12345";
    static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    private ResultActions post(String url, Object body, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private ResultActions get(String url, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(httpBasic(user, PASSWORD)));
    }

    private static String body(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString();
    }

    static Map<String, Object> plan(String region, String level, String title, String parentId) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("regionCode", region);
        p.put("level", level);
        p.put("title", title);
        p.put("issuer", "测试安委会办公室");
        p.put("docNo", "测〔2024〕1号");
        p.put("parentId", parentId);
        p.put("startDate", "2024-03-22");
        p.put("endDate", "2026-12-31");
        p.put("actions", List.of("开展重大事故隐患动态清零行动", "开展全民安全素质提升行动"));
        return p;
    }

    static Map<String, Object> task(String no, String implementsId, List<Map<String, Object>> units,
            List<Map<String, Object>> milestones) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("action", 1);
        t.put("taskNo", no);
        t.put("text", "督促生产经营单位健全重大事故隐患自查自改常态化机制");
        t.put("sectors", List.of());
        t.put("implementsId", implementsId);
        t.put("units", units);
        t.put("milestones", milestones);
        return t;
    }

    static Map<String, Object> office(String role, String name) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("role", role);
        u.put("kind", "OFFICE");
        u.put("name", name);
        return u;
    }

    static Map<String, Object> unit(String role, String kind, String ref) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("role", role);
        u.put("kind", kind);
        u.put("ref", ref);
        return u;
    }

    static Map<String, Object> deliverable(String phrase) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("phrase", phrase);
        m.put("kind", "DELIVERABLE");
        m.put("description", "机制建立并印发");
        return m;
    }

    private String create(String url, Object body, String user) throws Exception {
        return JsonPath.read(body(post(url, body, user).andExpect(status().isCreated())), "$.id");
    }

    private String enterpriseA() {
        return jdbc.queryForObject("select id from directory_enterprise where name = '示范精密机械制造有限公司'", UUID.class)
                .toString();
    }

    @Test
    void aTownTaskRollsUpToItsCountyAndProvinceTasks() throws Exception {
        String province = create("/api/v1/campaign/plans", plan("990000000000", "PROVINCE", "示范省实施方案", null),
                "admin");
        String county = create("/api/v1/campaign/plans", plan("990101000000", "COUNTY", "示范县实施方案", province),
                "county.yjj");
        String town = create("/api/v1/campaign/plans", plan("990101100000", "TOWN", "东关镇实施方案", county),
                "town.aj");
        String p1 = create("/api/v1/campaign/plans/" + province + "/tasks",
                task("3", null, List.of(office("LEAD", "省安委会办公室")), List.of(deliverable("2024年底前"))), "admin");
        String c1 = create("/api/v1/campaign/plans/" + county + "/tasks",
                task("5", p1, List.of(office("LEAD", "县应急管理局")), List.of(deliverable("2024年6月底前"))), "county.yjj");
        String t1 = create("/api/v1/campaign/plans/" + town + "/tasks",
                task("8", c1, List.of(office("LEAD", "镇工业办"), unit("ASSIST", "ENTERPRISE", enterpriseA())),
                        List.of(deliverable("2024年6月底前"))), "town.aj");
        get("/api/v1/campaign/tasks/" + t1, "town.aj").andExpect(status().isOk())
                .andExpect(jsonPath("$.milestones[0].dueDate").value("2024-06-30"))
                .andExpect(jsonPath("$.units[1].name").value("示范精密机械制造有限公司"));

        String rollUp = body(get("/api/v1/campaign/tasks/" + p1 + "/rollup", "admin").andExpect(status().isOk()));
        assertThat((String) JsonPath.read(rollUp, "$.below[0].taskId")).isEqualTo(c1);
        assertThat((String) JsonPath.read(rollUp, "$.below[0].below[0].taskId")).isEqualTo(t1);
        assertThat((Integer) JsonPath.read(rollUp, "$.below[0].below[0].counts.NOT_STARTED")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(rollUp, "$.counts.NOT_STARTED")).isEqualTo(3);

        // a town task may implement only a task of a plan above it
        post("/api/v1/campaign/plans/" + town + "/tasks", task("9", t1, List.of(office("LEAD", "镇工业办")),
                List.of()), "town.aj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("implementsId")));
        // a plan under a parent whose region does not contain it
        post("/api/v1/campaign/plans", plan("990101101000", "TOWN", "西河镇方案", town), "county.yjj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("parentId")));

        // the county dashboard drills down to the town plan
        get("/api/v1/campaign/plans/" + county + "/dashboard", "county.yjj").andExpect(status().isOk())
                .andExpect(jsonPath("$.lower[0].planId").value(town))
                .andExpect(jsonPath("$.ranking[0].unit").value("县应急管理局"));
    }

    @Test
    void aTownOfficialSeesItsOwnAndHigherPlansButNotAnotherTownsAndReportsOnlyOnItsOwn() throws Exception {
        String county = create("/api/v1/campaign/plans", plan("990101000000", "COUNTY", "示范县方案(范围)", null),
                "county.yjj");
        String xihe = create("/api/v1/campaign/plans", plan("990101101000", "TOWN", "西河镇方案(范围)", county),
                "county.yjj");
        String countyTask = create("/api/v1/campaign/plans/" + county + "/tasks",
                task("1", null, List.of(office("LEAD", "县安委办")), List.of(deliverable("2026年底前"))), "county.yjj");
        String xiheTask = create("/api/v1/campaign/plans/" + xihe + "/tasks",
                task("1", countyTask, List.of(unit("LEAD", "REGION", "990101101000")), List.of()), "county.yjj");

        get("/api/v1/campaign/plans/" + xihe, "town.aj").andExpect(status().isNotFound());
        get("/api/v1/campaign/plans/" + xihe + "/tasks", "town.aj").andExpect(status().isNotFound());
        get("/api/v1/campaign/tasks/" + xiheTask, "town.aj").andExpect(status().isNotFound());
        get("/api/v1/campaign/tasks/" + xiheTask + "/rollup", "town.aj").andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/campaign/tasks/" + xiheTask + "/reports").param("version", "0")
                .param("percent", "10").param("narrative", "越权").with(httpBasic("town.aj", PASSWORD)))
                .andExpect(status().isNotFound());
        get("/api/v1/campaign/plans", "town.aj").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(county))).andExpect(jsonPath("$[*].id", not(hasItem(xihe))));
        // a plan names no sector: a sector-limited office of the county sees both
        get("/api/v1/campaign/plans", "county.zjj").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(county))).andExpect(jsonPath("$[*].id", hasItem(xihe)));
        // a task of another sector (an enterprise's, with its reports) is not the 住建局's to see or accept
        Map<String, Object> manufacturing = task("2", null, List.of(office("LEAD", "县工信局")), List.of());
        manufacturing.put("sectors", List.of("03"));
        String sectorTask = create("/api/v1/campaign/plans/" + county + "/tasks", manufacturing, "county.yjj");
        get("/api/v1/campaign/tasks/" + sectorTask, "county.zjj").andExpect(status().isNotFound());
        get("/api/v1/campaign/tasks/" + sectorTask, "county.yjj").andExpect(status().isOk());
        get("/api/v1/campaign/tasks/" + countyTask, "county.zjj").andExpect(status().isOk());
        // the county plan is visible from below but its tasks are reported by the county
        get("/api/v1/campaign/plans/" + county, "town.aj").andExpect(status().isOk());
        mvc.perform(multipart("/api/v1/campaign/tasks/" + countyTask + "/reports").param("version", "0")
                .param("percent", "10").param("narrative", "越级").with(httpBasic("town.aj", PASSWORD)))
                .andExpect(status().isForbidden());
        // an enterprise that is no unit of any task sees no plan and no task
        get("/api/v1/campaign/plans/" + county, "ent.b.boss").andExpect(status().isNotFound());
        get("/api/v1/campaign/tasks/" + countyTask, "ent.b.boss").andExpect(status().isNotFound());
        // 西河镇's plan cannot be written by 东关镇
        post("/api/v1/campaign/plans", plan("990101101000", "TOWN", "越权方案", null), "town.aj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("regionCode")));
        // a town issues town plans, not provincial ones
        post("/api/v1/campaign/plans", plan("990101100000", "PROVINCE", "越级方案", null), "town.aj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("level")));
    }

    @Test
    void aResponsibleEnterpriseReportsWithAPhotoAndTheOfficeAcceptsOrReturns() throws Exception {
        String town = create("/api/v1/campaign/plans", plan("990101100000", "TOWN", "东关镇方案(报送)", null),
                "town.aj");
        String t = create("/api/v1/campaign/plans/" + town + "/tasks", task("1", null,
                List.of(unit("LEAD", "ENTERPRISE", enterpriseA())), List.of(deliverable("2026年底前"))), "town.aj");
        String v0 = String.valueOf((Integer) JsonPath.read(body(get("/api/v1/campaign/tasks/" + t, "ent.a.boss")
                .andExpect(status().isOk())), "$.version"));
        get("/api/v1/campaign/plans", "ent.a.boss").andExpect(jsonPath("$[*].id", hasItem(town)));

        // not an allowed file
        mvc.perform(multipart("/api/v1/campaign/tasks/" + t + "/reports")
                .file(new MockMultipartFile("evidence", "说明.txt", "text/plain", "就是文字".getBytes()))
                .param("version", v0).param("percent", "30").param("narrative", "已完成排查")
                .with(httpBasic("ent.a.boss", PASSWORD))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evidence"));
        // no narrative, no version
        mvc.perform(multipart("/api/v1/campaign/tasks/" + t + "/reports").param("version", v0).param("percent", "30")
                .with(httpBasic("ent.a.boss", PASSWORD))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("narrative"));
        mvc.perform(multipart("/api/v1/campaign/tasks/" + t + "/reports").param("percent", "30")
                .param("narrative", "x").with(httpBasic("ent.a.boss", PASSWORD))).andExpect(status().isBadRequest());
        // a quantity beyond what is stored, or finer than 4 decimals, is refused beside the field
        for (String quantity : List.of("1e20", "0.123456789")) {
            mvc.perform(multipart("/api/v1/campaign/tasks/" + t + "/reports")
                    .file(new MockMultipartFile("evidence", "现场.png", "image/png", PNG)).param("version", v0)
                    .param("percent", "30").param("narrative", "x").param("quantity", quantity)
                    .with(httpBasic("ent.a.boss", PASSWORD))).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("quantity"));
        }
        // a worker of the enterprise does not report for it
        mvc.perform(multipart("/api/v1/campaign/tasks/" + t + "/reports").param("version", v0)
                .param("percent", "30").param("narrative", "x").with(httpBasic("ent.a.worker", PASSWORD)))
                .andExpect(status().isForbidden());

        String done = body(mvc.perform(multipart("/api/v1/campaign/tasks/" + t + "/reports")
                .file(new MockMultipartFile("evidence", "现场.png", "image/png", PNG))
                .param("version", v0).param("claim", "COMPLETED").param("percent", "100")
                .param("narrative", "机制已建立,制度已印发").with(httpBasic("ent.a.boss", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reports[0].evidence[0].type").value("PNG"))
                .andExpect(jsonPath("$.reports[0].review").value("PENDING"))
                .andExpect(jsonPath("$.reports[0].unit").value("示范精密机械制造有限公司")));
        String reportId = JsonPath.read(done, "$.reports[0].id");
        int version = JsonPath.read(done, "$.version");

        // stale version
        post("/api/v1/campaign/tasks/" + t + "/reports/" + reportId + "/return",
                Map.of("version", version - 1, "note", "材料不全"), "town.aj").andExpect(status().isConflict());
        // a return needs a reason
        post("/api/v1/campaign/tasks/" + t + "/reports/" + reportId + "/return", Map.of("version", version),
                "town.aj").andExpect(status().isBadRequest());
        // the enterprise cannot review
        post("/api/v1/campaign/tasks/" + t + "/reports/" + reportId + "/acceptance", Map.of("version", version),
                "ent.a.boss").andExpect(status().isForbidden());
        String returned = body(post("/api/v1/campaign/tasks/" + t + "/reports/" + reportId + "/return",
                Map.of("version", version, "note", "缺少制度文件"), "town.aj").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RETURNED"))
                .andExpect(jsonPath("$.returnReason").value("缺少制度文件")));
        version = JsonPath.read(returned, "$.version");
        String again = body(mvc.perform(multipart("/api/v1/campaign/tasks/" + t + "/reports")
                .param("version", String.valueOf(version)).param("claim", "COMPLETED").param("percent", "100")
                .param("narrative", "补充制度文件").with(httpBasic("ent.a.boss", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("IN_PROGRESS")));
        post("/api/v1/campaign/tasks/" + t + "/reports/" + JsonPath.read(again, "$.reports[1].id") + "/acceptance",
                Map.of("version", JsonPath.read(again, "$.version")), "town.aj").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("COMPLETED")).andExpect(jsonPath("$.progress").value(100));
    }

    @Test
    void badTasksAreRefusedBesideTheirFields() throws Exception {
        String town = create("/api/v1/campaign/plans", plan("990101100000", "TOWN", "东关镇方案(校验)", null),
                "town.aj");
        String url = "/api/v1/campaign/plans/" + town + "/tasks";
        create(url, task("1", null, List.of(office("LEAD", "镇工业办")), List.of()), "town.aj");
        post(url, task("1", null, List.of(office("LEAD", "镇工业办")), List.of()), "town.aj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("taskNo"));
        post(url, task("2", null, List.of(office("ASSIST", "派出所")), List.of()), "town.aj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("units"));
        post(url, task("3", null, List.of(office("LEAD", "镇工业办")), List.of(deliverable("2023年底前"))), "town.aj")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("milestones[0].dueDate"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("早于方案开始日期")));
        post(url, task("4", null, List.of(office("LEAD", "镇工业办")), List.of(deliverable("尽快"))), "town.aj")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("milestones[0].phrase"));
        post(url, task("5", null, List.of(unit("LEAD", "ENTERPRISE", UUID.randomUUID().toString())), List.of()),
                "town.aj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("units[0].ref"));
        post(url, task("6", null, List.of(unit("LEAD", "REGION", "990101101000")), List.of()), "town.aj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("units[0].ref"));
        Map<String, Object> metric = new LinkedHashMap<>();
        metric.put("phrase", "2024年底前");
        metric.put("kind", "METRIC");
        metric.put("metricKey", "no.such.metric");
        metric.put("comparison", "AT_MOST");
        metric.put("value", 0);
        post(url, task("7", null, List.of(office("LEAD", "镇工业办")), List.of(metric)), "town.aj")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("milestones[0].metricKey"));
        Map<String, Object> quantity = new LinkedHashMap<>();
        quantity.put("phrase", "2025年6月底前");
        quantity.put("kind", "QUANTITY");
        quantity.put("quantity", "50处以上");
        String q = create(url, task("8", null, List.of(office("LEAD", "镇工业办")), List.of(quantity)), "town.aj");
        get("/api/v1/campaign/tasks/" + q, "town.aj").andExpect(jsonPath("$.milestones[0].comparison").value("AT_LEAST"))
                .andExpect(jsonPath("$.milestones[0].unit").value("处"))
                .andExpect(jsonPath("$.milestones[0].target").value("≥ 50 处"));
        post("/api/v1/campaign/plans", Map.of("regionCode", "990101100000"), "town.aj")
                .andExpect(status().isBadRequest());
        post("/api/v1/campaign/plans", plan("990101100000", "TOWN", "x", null), "ent.a.boss")
                .andExpect(status().isForbidden());
    }
}
