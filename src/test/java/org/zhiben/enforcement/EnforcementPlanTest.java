package org.zhiben.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ItData;
import org.zhiben.ZhibenTest;
import org.zhiben.common.Zones;
import org.zhiben.enforcement.internal.AnnualPlan;
import tools.jackson.databind.ObjectMapper;

/** 年度执法检查计划: counts per supervision category, 草拟 → 备案 → 公示, draws under the plan, progress, scope. */
@ZhibenTest
class EnforcementPlanTest {

    private static final String PASSWORD = "Demo@12345";
    private static final ItData DATA = new ItData('P');
    private static final String DONGGUAN_VILLAGE = "990101100201";
    private static final String XIHE_VILLAGE = "990101101201";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                users.loadUserByUsername(username));
    }

    private ResultActions post(String url, Object body, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private ResultActions put(String url, Object body, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(url).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private ResultActions get(String url, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(httpBasic(user, PASSWORD)));
    }

    private String body(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString();
    }

    private static LocalDate today() {
        return LocalDate.now(Zones.CHINA);
    }

    private UUID enterprise(String name, String village, boolean highRisk, String grade, String status)
            throws Exception {
        Map<String, Object> e = ItData.enterprise(DATA.nextUscc(), name, village);
        e.put("highRisk", highRisk);
        e.put("standardizationGrade", grade);
        e.put("status", status);
        return UUID.fromString(JsonPath.read(body(post("/api/v1/enterprises", e, "county.yjj")
                .andExpect(status().isCreated())), "$.id"));
    }

    private Map<String, Integer> objects(String plan) {
        Map<String, Integer> m = new HashMap<>();
        for (String c : List.of("KEY", "GENERAL", "INCENTIVE")) {
            List<Integer> n = JsonPath.read(plan, "$.categories[?(@.category == '" + c + "')].objectCount");
            m.put(c, n.get(0));
        }
        return m;
    }

    private static Map<String, Object> category(String c, int share, int rounds) {
        return Map.of("category", c, "sharePercent", share, "rounds", rounds);
    }

    private int version(String id, String user) throws Exception {
        return JsonPath.read(body(get("/api/v1/enforcement/plans/" + id, user)), "$.version");
    }

    // ---------------------------------------------------------------- the figures

    @Test
    void plannedChecksAreTheRoundedUpShareOfTheObjectsTimesTheRounds() {
        assertThat(AnnualPlan.plannedChecks(0, 50, 2)).isZero();
        assertThat(AnnualPlan.plannedChecks(1, 5, 1)).as("one object, any share: at least one").isEqualTo(1);
        assertThat(AnnualPlan.plannedChecks(20, 5, 1)).isEqualTo(1);
        assertThat(AnnualPlan.plannedChecks(21, 5, 1)).isEqualTo(2);
        assertThat(AnnualPlan.plannedChecks(40, 5, 1)).isEqualTo(2);
        assertThat(AnnualPlan.plannedChecks(7, 50, 2)).isEqualTo(8);
        assertThat(AnnualPlan.plannedChecks(10, 100, 12)).isEqualTo(120);
        assertThat(AnnualPlan.plannedChecks(10, 0, 3)).isZero();
        assertThat(AnnualPlan.plannedChecks(10, 30, 0)).isZero();
        assertThatThrownBy(() -> AnnualPlan.plannedChecks(10, 101, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnnualPlan.plannedChecks(10, 10, 13)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnnualPlan.plannedChecks(-1, 10, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theObjectsAreCountedPerCategoryFromTheDirectory() throws Exception {
        // 东关镇's office plans next year; defaults where the plan sets nothing
        int year = today().getYear() + 1;
        String first = body(post("/api/v1/enforcement/plans", Map.of("year", year, "title", "东关镇年度执法检查计划"),
                "town.aj").andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.categories[?(@.category == 'KEY')].sharePercent").value(50))
                .andExpect(jsonPath("$.categories[?(@.category == 'KEY')].rounds").value(2))
                .andExpect(jsonPath("$.categories[?(@.category == 'GENERAL')].sharePercent").value(20))
                .andExpect(jsonPath("$.categories[?(@.category == 'INCENTIVE')].sharePercent").value(5)));
        String id = JsonPath.read(first, "$.id");
        Map<String, Integer> before = objects(first);
        // the same figures as the object directory (operating units of 东关镇 per category)
        String targets = body(get("/api/v1/enforcement/targets?region=990101100000&size=500", "town.aj"));
        for (String c : List.of("KEY", "GENERAL", "INCENTIVE")) {
            List<Object> listed = JsonPath.read(targets, "$.content[?(@.category == '" + c
                    + "' && @.statusLabel == '在营')].id");
            assertThat(before.get(c)).as(c).isEqualTo(listed.size());
        }

        // one more of each category, a high-risk unit with grade 一级 (still 重点), a 二级 unit (激励), a 三级 unit
        // (一般), and units that do not count: closed, suspended, and one in another town
        enterprise("计划测试高危化工有限公司", DONGGUAN_VILLAGE, true, "GRADE_1", "OPERATING");
        enterprise("计划测试二级机械有限公司", DONGGUAN_VILLAGE, false, "GRADE_2", "OPERATING");
        enterprise("计划测试一级机械有限公司", DONGGUAN_VILLAGE, false, "GRADE_1", "OPERATING");
        enterprise("计划测试三级制造有限公司", DONGGUAN_VILLAGE, false, "GRADE_3", "OPERATING");
        enterprise("计划测试关闭制造有限公司", DONGGUAN_VILLAGE, false, "NONE", "CLOSED");
        enterprise("计划测试停产制造有限公司", DONGGUAN_VILLAGE, true, "NONE", "SUSPENDED");
        enterprise("计划测试西河制造有限公司", XIHE_VILLAGE, true, "NONE", "OPERATING");

        String revised = body(put("/api/v1/enforcement/plans/" + id, Map.of("version", version(id, "town.aj"), "year",
                year, "title", "东关镇年度执法检查计划", "categories", List.of(category("KEY", 100, 1),
                        category("GENERAL", 1, 1), category("INCENTIVE", 0, 0))), "town.aj")
                .andExpect(status().isOk()));
        Map<String, Integer> after = objects(revised);
        assertThat(after.get("KEY")).isEqualTo(before.get("KEY") + 1);
        assertThat(after.get("GENERAL")).isEqualTo(before.get("GENERAL") + 1);
        assertThat(after.get("INCENTIVE")).isEqualTo(before.get("INCENTIVE") + 2);
        assertThat((Integer) JsonPath.<List<Integer>>read(revised,
                "$.categories[?(@.category == 'KEY')].plannedChecks").get(0)).isEqualTo(after.get("KEY"));
        assertThat((Integer) JsonPath.<List<Integer>>read(revised,
                "$.categories[?(@.category == 'GENERAL')].plannedChecks").get(0)).as("1 % rounded up").isEqualTo(1);
        assertThat((Integer) JsonPath.<List<Integer>>read(revised,
                "$.categories[?(@.category == 'INCENTIVE')].plannedChecks").get(0)).isZero();
        assertThat((Integer) JsonPath.read(revised, "$.plannedRandomChecks")).isEqualTo(after.get("KEY") + 1);
    }

    // ---------------------------------------------------------------- states, draws, progress

    @Test
    void aPlanIsDraftedFiledAndPublishedAndDrawsAndInspectionsCountTowardsIt() throws Exception {
        int year = today().getYear();
        UUID key = enterprise("计划重点检查机械有限公司", DONGGUAN_VILLAGE, false, "NONE", "OPERATING");
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("year", year);
        plan.put("title", "示范县" + year + "年度安全生产执法检查计划");
        plan.put("categories", List.of(category("GENERAL", 10, 1)));
        plan.put("targets", List.of(Map.of("enterpriseId", key, "month", today().getMonthValue(), "reason",
                "上年度发生生产安全事故")));

        // bad input: 400 beside the field
        Map<String, Object> bad = new LinkedHashMap<>(plan);
        bad.put("categories", List.of(category("GENERAL", 101, 13)));
        post("/api/v1/enforcement/plans", bad, "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems(
                        "categories[GENERAL].sharePercent", "categories[GENERAL].rounds")));
        bad = new LinkedHashMap<>(plan);
        bad.put("targets", List.of(Map.of("enterpriseId", key, "month", 13, "reason", "x")));
        post("/api/v1/enforcement/plans", bad, "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targets[0].month"));
        bad.put("targets", List.of(Map.of("enterpriseId", UUID.randomUUID(), "month", 1, "reason", "x")));
        post("/api/v1/enforcement/plans", bad, "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targets[0].enterpriseId"));
        bad = new LinkedHashMap<>(plan);
        bad.put("year", year + 5);
        post("/api/v1/enforcement/plans", bad, "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        bad.put("year", year);
        bad.put("title", "x".repeat(201));
        post("/api/v1/enforcement/plans", bad, "county.yjj").andExpect(status().isBadRequest());
        post("/api/v1/enforcement/plans", plan, "ent.a.boss").andExpect(status().isForbidden());

        String created = body(post("/api/v1/enforcement/plans", plan, "county.yjj").andExpect(status().isCreated())
                .andExpect(jsonPath("$.keyTargetCount").value(1))
                .andExpect(jsonPath("$.targets[0].enterpriseName").value("计划重点检查机械有限公司")));
        String id = JsonPath.read(created, "$.id");
        post("/api/v1/enforcement/plans", plan, "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("已制定")));

        // a draft is its office's own: not seen above, below, by enterprises, nor published
        get("/api/v1/enforcement/plans/" + id, "city.yjj").andExpect(status().isNotFound());
        get("/api/v1/enforcement/plans/" + id, "town.aj").andExpect(status().isNotFound());
        get("/api/v1/enforcement/plans/" + id, "ent.a.boss").andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/public/enforcement/plans/" + id))
                .andExpect(status().isNotFound());

        // no draw under a plan that is not published
        Map<String, Object> draw = new LinkedHashMap<>();
        draw.put("title", "按计划抽查(一般监管)");
        draw.put("itemId", JsonPath.<List<String>>read(body(get("/api/v1/enforcement/items", "county.yjj")),
                "$[?(@.code == 'YJ-001')].id").get(0));
        draw.put("regionCode", "990101000000");
        draw.put("enterpriseCount", 1);
        draw.put("officerCount", 2);
        draw.put("recentDays", 0);
        draw.put("planId", id);
        draw.put("category", "GENERAL");
        post("/api/v1/enforcement/draws", draw, "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("planId"));

        // publish before filing, a stale version, another office
        post("/api/v1/enforcement/plans/" + id + "/actions", Map.of("action", "PUBLISH", "version",
                version(id, "county.yjj")), "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("计划须先备案再公示"));
        post("/api/v1/enforcement/plans/" + id + "/actions", Map.of("action", "FILE", "version",
                version(id, "county.yjj") - 1), "county.yjj").andExpect(status().isConflict());
        post("/api/v1/enforcement/plans/" + id + "/actions", Map.of("action", "NOPE", "version", 0), "county.yjj")
                .andExpect(status().isBadRequest());
        post("/api/v1/enforcement/plans/" + id + "/actions", Map.of("action", "FILE"), "county.yjj")
                .andExpect(status().isBadRequest());
        post("/api/v1/enforcement/plans/" + id + "/actions", Map.of("action", "FILE", "version",
                version(id, "county.yjj")), "county.yjj").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("FILED"))
                .andExpect(jsonPath("$.filedTo").value("示范市应急管理部门"))
                .andExpect(jsonPath("$.filedOn").value(today().toString()));
        // filed: frozen, and seen by the level above; the level below sees it but cannot act on it
        put("/api/v1/enforcement/plans/" + id, Map.of("version", version(id, "county.yjj"), "year", year, "title",
                "改"), "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("计划已备案,不能再修改"));
        get("/api/v1/enforcement/plans/" + id, "city.yjj").andExpect(status().isOk());
        post("/api/v1/enforcement/plans/" + id + "/actions", Map.of("action", "PUBLISH", "version",
                version(id, "county.yjj")), "town.aj").andExpect(status().isForbidden());
        post("/api/v1/enforcement/plans/" + id + "/actions", Map.of("action", "PUBLISH", "version",
                version(id, "county.yjj")), "county.yjj").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PUBLISHED"));

        // the 公示, without login: figures, but not the key targets' names
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/public/enforcement/plans/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.keyTargetCount").value(1))
                .andExpect(jsonPath("$.targets.length()").value(0))
                .andExpect(jsonPath("$.filedByName").doesNotExist());
        String page = mvc.perform(MockMvcRequestBuilders.get("/public/plans/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("示范县" + year + "年度安全生产执法检查计划").doesNotContain("计划重点检查机械有限公司");

        // a draw under the plan needs a category, and draws only from it
        Map<String, Object> noCategory = new LinkedHashMap<>(draw);
        noCategory.remove("category");
        post("/api/v1/enforcement/draws", noCategory, "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        String made = body(post("/api/v1/enforcement/draws", draw, "county.yjj").andExpect(status().isCreated())
                .andExpect(jsonPath("$.planId").value(id)).andExpect(jsonPath("$.category").value("GENERAL")));
        String drawId = JsonPath.read(made, "$.id");
        get("/api/v1/enforcement/plans/" + id, "county.yjj").andExpect(jsonPath("$.draws[0].id").value(drawId));
        String drawn = JsonPath.<List<String>>read(made, "$.drawnEnterprises[*].id").get(0);
        String targets = body(get("/api/v1/enforcement/targets?size=500", "county.yjj"));
        assertThat(JsonPath.<List<String>>read(targets, "$.content[?(@.id == '" + drawn + "')].category"))
                .containsExactly("GENERAL");

        // inspections: the drawn one under the draw, the key target in another mode
        List<String> team = JsonPath.read(body(get("/api/v1/enforcement/officers", "county.yjj")),
                "$[?(@.certNo == 'ZB99010100118' || @.certNo == 'ZB99010000031')].id");
        for (Object[] x : new Object[][] {{drawn, "DOUBLE_RANDOM", drawId}, {key.toString(), "FOUR_NOS", null}}) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("enterpriseId", x[0]);
            i.put("mode", x[1]);
            i.put("drawId", x[2]);
            i.put("inspectedOn", today().toString());
            i.put("place", "厂区");
            i.put("summary", "按计划检查");
            i.put("officerIds", team);
            post("/api/v1/enforcement/inspections", i, "county.yjj").andExpect(status().isCreated());
        }
        int month = today().getMonthValue();
        get("/api/v1/enforcement/plans/" + id + "/progress", "county.yjj").andExpect(status().isOk())
                .andExpect(jsonPath("$.categories[?(@.category == 'GENERAL')].done").value(1))
                .andExpect(jsonPath("$.categories[?(@.category == 'GENERAL')].doneByMonth[" + month + "]").value(1))
                .andExpect(jsonPath("$.categories[?(@.category == 'KEY')].done").value(0))
                .andExpect(jsonPath("$.keyPlanned[" + month + "]").value(1))
                .andExpect(jsonPath("$.keyDone[" + month + "]").value(1))
                .andExpect(jsonPath("$.keyDoneTotal").value(1))
                .andExpect(jsonPath("$.targets[0].inspectedOn").value(today().toString()));
        get("/api/v1/enforcement/plans/" + id + "/progress", "ent.b.boss").andExpect(status().isForbidden());
        get("/api/v1/enforcement/plans/" + UUID.randomUUID() + "/progress", "county.yjj")
                .andExpect(status().isNotFound());
    }

    // ---------------------------------------------------------------- pages

    @Test
    void thePagesDraftFileAndPublishAndShowAMessageBesideABadField() throws Exception {
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        int year = today().getYear() - 1; // the city's office, last year
        mvc.perform(MockMvcRequestBuilders.get("/enforcement/plans").with(as("city.yjj"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("plan-form")));
        String bad = mvc.perform(MockMvcRequestBuilders.post("/enforcement/plans").with(as("city.yjj")).with(csrf)
                .param("idempotencyKey", UUID.randomUUID().toString()).param("year", String.valueOf(year))
                .param("title", "示范市年度执法检查计划").param("keyShare", "120").param("keyRounds", "1")
                .param("generalShare", "20").param("generalRounds", "1").param("incentiveShare", "5")
                .param("incentiveRounds", "1")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(bad).contains("抽查比例应为0至100(%)", "is-invalid");
        String location = mvc.perform(MockMvcRequestBuilders.post("/enforcement/plans").with(as("city.yjj")).with(csrf)
                .param("idempotencyKey", UUID.randomUUID().toString()).param("year", String.valueOf(year))
                .param("title", "示范市年度执法检查计划").param("keyShare", "100").param("keyRounds", "1")
                .param("generalShare", "20").param("generalRounds", "1").param("incentiveShare", "5")
                .param("incentiveRounds", "1")).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(MockMvcRequestBuilders.get(location).with(as("city.yjj"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("plan-progress")));
        mvc.perform(MockMvcRequestBuilders.get(location).with(as("county.yjj"))).andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.post(location + "/publish").with(as("city.yjj")).with(csrf)
                .param("version", String.valueOf(version(id, "city.yjj")))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("计划须先备案再公示")));
        mvc.perform(MockMvcRequestBuilders.post(location + "/file").with(as("city.yjj")).with(csrf)
                .param("version", String.valueOf(version(id, "city.yjj")))).andExpect(status().is3xxRedirection());
        mvc.perform(MockMvcRequestBuilders.post(location + "/publish").with(as("city.yjj")).with(csrf)
                .param("version", String.valueOf(version(id, "city.yjj")))).andExpect(status().is3xxRedirection());
        mvc.perform(MockMvcRequestBuilders.get("/public/plans")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("示范市年度执法检查计划")));
        mvc.perform(MockMvcRequestBuilders.get("/public/plans/" + UUID.randomUUID())).andExpect(status().isNotFound());
    }
    @Test
    void keyTargetsAreAddedAndRemovedOnTheDraftsPageWithTheMessageBesideTheField() throws Exception {
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        int year = today().getYear() + 1; // the city's office, next year
        String id = JsonPath.read(body(post("/api/v1/enforcement/plans", Map.of("year", year, "title",
                "示范市重点检查测试计划"), "city.yjj").andExpect(status().isCreated())), "$.id");
        String location = "/enforcement/plans/" + id;
        String enterprise = JsonPath.<List<String>>read(body(get("/api/v1/enforcement/targets?size=1", "city.yjj")),
                "$.content[*].id").get(0);
        String page = mvc.perform(MockMvcRequestBuilders.get(location).with(as("city.yjj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the unit is searched in the office's jurisdiction (/enterprises/picker), not listed on the page
        assertThat(page).contains("id=\"target-form\"", "maxlength=\"200\"", "id=\"enterprise-q\"",
                "/enterprises/picker?region=");

        // no enterprise: the message beside the search field, nothing saved
        String bad = mvc.perform(MockMvcRequestBuilders.post(location + "/targets").with(as("city.yjj")).with(csrf)
                .param("version", String.valueOf(version(id, "city.yjj"))).param("enterpriseId", "")
                .param("month", "3").param("reason", "测试理由")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(bad).containsPattern("(?s)<input(?=[^>]*is-invalid)[^>]*id=\"enterprise-q\".*?"
                + "<div class=\"invalid-feedback d-block\">请选择重点检查的单位</div>");
        // no reason, a month out of range: beside their fields
        bad = mvc.perform(MockMvcRequestBuilders.post(location + "/targets").with(as("city.yjj")).with(csrf)
                .param("version", String.valueOf(version(id, "city.yjj"))).param("enterpriseId", enterprise)
                .param("month", "13").param("reason", " ")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(bad).as("the chosen unit is kept").contains("value=\"" + enterprise + "\" checked");
        assertThat(bad).containsPattern("(?s)<input(?=[^>]*is-invalid)[^>]*id=\"reason\"[^>]*>\\s*"
                + "<div class=\"invalid-feedback\">请填写列为重点检查的理由\\(不超过200字\\)</div>")
                .containsPattern("(?s)<select(?=[^>]*is-invalid)[^>]*id=\"month\".*?</select>\\s*"
                + "<div class=\"invalid-feedback\">计划检查月份应为1至12</div>");
        get("/api/v1/enforcement/plans/" + id, "city.yjj").andExpect(jsonPath("$.keyTargetCount").value(0));
        // a stale version: above the form
        bad = mvc.perform(MockMvcRequestBuilders.post(location + "/targets").with(as("city.yjj")).with(csrf)
                .param("version", String.valueOf(version(id, "city.yjj") - 1)).param("enterpriseId", enterprise)
                .param("month", "4").param("reason", "测试理由")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(bad).contains("alert-danger");
        get("/api/v1/enforcement/plans/" + id, "city.yjj").andExpect(jsonPath("$.keyTargetCount").value(0));

        // added: listed with its month and reason, counted in April
        mvc.perform(MockMvcRequestBuilders.post(location + "/targets").with(as("city.yjj")).with(csrf)
                .param("version", String.valueOf(version(id, "city.yjj"))).param("enterpriseId", enterprise)
                .param("month", "4").param("reason", "上年发生生产安全事故")).andExpect(status().is3xxRedirection());
        get("/api/v1/enforcement/plans/" + id, "city.yjj").andExpect(jsonPath("$.keyTargetCount").value(1))
                .andExpect(jsonPath("$.targets[0].enterpriseId").value(enterprise))
                .andExpect(jsonPath("$.targets[0].month").value(4))
                .andExpect(jsonPath("$.targets[0].reason").value("上年发生生产安全事故"))
                .andExpect(jsonPath("$.keyTargetsByMonth[4]").value(1));
        // the same enterprise twice: beside the select
        bad = mvc.perform(MockMvcRequestBuilders.post(location + "/targets").with(as("city.yjj")).with(csrf)
                .param("version", String.valueOf(version(id, "city.yjj"))).param("enterpriseId", enterprise)
                .param("month", "5").param("reason", "重复")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(bad).contains("同一单位不能重复列入重点检查");
        // another office cannot touch the draft (it does not see it)
        mvc.perform(MockMvcRequestBuilders.post(location + "/targets").with(as("county.yjj")).with(csrf)
                .param("version", String.valueOf(version(id, "city.yjj"))).param("enterpriseId", enterprise)
                .param("month", "5").param("reason", "越权")).andExpect(status().isNotFound());
        // removed
        mvc.perform(MockMvcRequestBuilders.post(location + "/targets/0/remove").with(as("city.yjj")).with(csrf)
                .param("version", String.valueOf(version(id, "city.yjj")))).andExpect(status().is3xxRedirection());
        get("/api/v1/enforcement/plans/" + id, "city.yjj").andExpect(jsonPath("$.keyTargetCount").value(0));
        mvc.perform(MockMvcRequestBuilders.post(location + "/targets/5/remove").with(as("city.yjj")).with(csrf)
                .param("version", String.valueOf(version(id, "city.yjj")))).andExpect(status().isNotFound());
        // once filed, the form is gone
        post("/api/v1/enforcement/plans/" + id + "/actions", Map.of("action", "FILE", "version",
                version(id, "city.yjj")), "city.yjj").andExpect(status().isOk());
        assertThat(mvc.perform(MockMvcRequestBuilders.get(location).with(as("city.yjj"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("id=\"target-form\"");
    }
}
