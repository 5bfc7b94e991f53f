package org.zhiben.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ZhibenTest;
import org.zhiben.identity.CurrentUser;
import tools.jackson.databind.ObjectMapper;

/** The risk pages: tree with four-colour badges, forms with field errors and stale messages, assessment, tab, nav. */
@ZhibenTest
class RiskPageTest {

    private static final String SAFETY = "ent.a.safety";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService userDetails;

    private RiskApi api;
    private UUID a;

    @BeforeEach
    void setUp() {
        api = new RiskApi(mvc, json);
        a = ((CurrentUser) userDetails.loadUserByUsername(SAFETY)).enterpriseId();
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private String html(String url, String username) throws Exception {
        return mvc.perform(get(url).with(as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theInventoryShowsTheTreeWithFourColourBadges() throws Exception {
        String object = api.object(a, "页面测试对象", SAFETY);
        String unit = api.unit(object, "页面测试单元", SAFETY);
        String event = api.event(unit, "页面测试事件", SAFETY);
        api.measure(event, "页面测试措施", SAFETY);
        api.assessOk(event, "INHERENT", "LEC", SAFETY, "l", 3, "e", 6, "c", 15);   // 较大

        String page = html("/risk/enterprises/" + a, SAFETY);
        assertThat(page).contains("风险清单", "示范精密机械制造有限公司", "页面测试对象", "页面测试单元", "页面测试事件",
                "页面测试措施", "id=\"object-" + object, "id=\"unit-" + unit, "/risk/events/" + event,
                "/risk/enterprises/" + a + "/objects/new", "/risk/objects/" + object + "/units/new");
        // demo data puts units of every level in A: red, orange (inline), yellow, blue
        assertThat(page).contains("badge bg-danger", "background-color:#fd7e14", "badge bg-warning text-dark",
                "badge bg-primary");
        assertThat(page).contains("data-level=\"LARGE\"");
    }

    @Test
    void objectFormShowsFieldErrorsBesideTheFields() throws Exception {
        mvc.perform(get("/risk/enterprises/{id}/objects/new", a).with(as(SAFETY)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"hazardSourceCode\"")));
        mvc.perform(post("/risk/enterprises/{id}/objects", a).param("kind", "AREA").param("name", " ")
                .param("majorHazardSource", "true").with(as(SAFETY)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写对象名称")))
                .andExpect(content().string(containsString("重大危险源须填写危险源编码")))
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/risk/enterprises/{id}/objects", a).param("kind", "AREA").param("name", "表单测试罐区")
                .param("majorHazardSource", "true").param("hazardSourceCode", "HS-FORM-1").with(as(SAFETY)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/risk/enterprises/" + a + "#object-*"))
                .andExpect(flash().attribute("notice", "已新增风险分析对象"));
    }

    @Test
    void aStaleFormSaysSoAndKeepsTheOtherEdit() throws Exception {
        String object = api.object(a, "过期表单对象", SAFETY);
        api.put("/api/v1/risk/objects/" + object, Map.of("kind", "AREA", "name", "过期表单对象-他人", "version", 0), "ent.a.boss")
                .andExpect(status().isOk());
        mvc.perform(post("/risk/objects/{id}", object).param("kind", "AREA").param("name", "过期表单对象-我")
                .param("version", "0").with(as(SAFETY)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该记录已被他人修改")));
        api.get("/api/v1/risk/objects/" + object, SAFETY).andExpect(jsonPath("$.name").value("过期表单对象-他人"));
    }

    @Test
    void unitEventAndMeasureFormsCreateAndValidate() throws Exception {
        String object = api.object(a, "表单层级对象", SAFETY);
        mvc.perform(get("/risk/objects/{id}/units/new", object).with(as(SAFETY))).andExpect(status().isOk());
        String location = mvc.perform(post("/risk/objects/{id}/units", object).param("name", "表单单元")
                .param("responsiblePerson", "表单责任人").param("controlLevel", "TEAM").with(as(SAFETY)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String unit = location.substring(location.indexOf("#unit-") + 6);

        mvc.perform(get("/risk/units/{id}/events/new", unit).with(as(SAFETY)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("高处坠落")));
        mvc.perform(post("/risk/units/{id}/events", unit).param("description", "表单事件").param("hazardFactorCode", "24")
                .with(as(SAFETY)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("前两位不是GB/T 13861的类别")))
                .andExpect(content().string(containsString("请至少选择一种可能导致的事故类型")));
        String eventUrl = mvc.perform(post("/risk/units/{id}/events", unit).param("description", "表单事件")
                .param("hazardFactorCode", "2101").param("accidentTypes", "FALL_FROM_HEIGHT", "OBJECT_STRIKE")
                .with(as(SAFETY)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String event = eventUrl.substring("/risk/events/".length());

        mvc.perform(post("/risk/events/{id}/measures", event).param("description", "表单措施").param("category", "OPERATION")
                .param("checkCycle", "x").param("checkCycleUnit", "WEEK").with(as(SAFETY)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("排查周期应为整数")));
        mvc.perform(post("/risk/events/{id}/measures", event).param("description", "表单措施").param("category", "OPERATION")
                .param("subcategory", "交接班").param("checkCycle", "2").param("checkCycleUnit", "WEEK")
                .with(as(SAFETY)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/risk/events/" + event + "#measures"));
        String detail = api.getJson("/api/v1/risk/events/" + event, SAFETY);
        assertThat((String) JsonPath.read(detail, "$.measures[0].subcategory")).isEqualTo("交接班");
        assertThat((Integer) JsonPath.read(detail, "$.measures[0].checkCycle")).isEqualTo(2);
    }

    @Test
    void theEventPageAssessesWithTheConfiguredFactorValuesAndShowsTheHistory() throws Exception {
        String event = api.event(api.unit(api.object(a, "评估页对象", SAFETY), "评估页单元", SAFETY), "评估页事件", SAFETY);
        String page = html("/risk/events/" + event, SAFETY);
        assertThat(page).contains("评估页事件", "评估页对象", "评估页单元", "name=\"l\"", "6 相当可能", "0.5 很不可能,可以设想",
                "name=\"c\"", "100 大灾难,许多人死亡", "暂无评估记录");

        mvc.perform(post("/risk/events/{id}/assessments", event).param("kind", "INHERENT").param("method", "LEC")
                .param("l", "7").param("e", "3").param("c", "7").with(as(SAFETY)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("10、6、3、1、0.5、0.2、0.1")))
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/risk/events/{id}/assessments", event).param("kind", "INHERENT").param("method", "LEC")
                .param("l", "6").param("e", "3").param("c", "7").with(as(SAFETY)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "评估已记录:一般(显著危险)"));
        mvc.perform(post("/risk/events/{id}/assessments", event).param("kind", "RESIDUAL").param("method", "DIRECT")
                .param("directBasis", "MAJOR_ACCIDENT_HAZARD_CRITERION").param("directCriterion", "")
                .with(as(SAFETY)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写所依据的重大事故隐患判定标准条款")));

        assertThat(html("/risk/events/" + event, SAFETY)).contains("L=6", "E=3", "C=7", "126", "显著危险", "王安全")
                .doesNotContain("暂无评估记录");
    }

    @Test
    void theFactorSelectsFollowTheChosenMethod() throws Exception {
        String event = api.event(api.unit(api.object(a, "方法切换对象", SAFETY), "方法切换单元", SAFETY), "方法切换事件", SAFETY);
        String mes = html("/risk/events/" + event + "/assessment-factors?method=MES", SAFETY);
        assertThat(mes).contains("id=\"factors\"", "name=\"m\"", "5 无控制措施", "name=\"s\"", "8 一人死亡")
                .doesNotContain("name=\"c\"", "<html");
        assertThat(html("/risk/events/" + event + "/assessment-factors?method=DIRECT", SAFETY))
                .contains("name=\"directBasis\"", "name=\"directCriterion\"").doesNotContain("name=\"l\"");
    }

    @Test
    void userTextIsEscapedOnEveryPage() throws Exception {
        String script = "<script>alert('x')</script>";
        String object = api.object(a, script, SAFETY);
        String unit = api.unit(object, script, SAFETY);
        String event = api.event(unit, script, SAFETY);
        api.measure(event, script, SAFETY);
        for (String url : new String[] {"/risk/enterprises/" + a, "/risk/events/" + event, "/risk/objects/" + object + "/edit"}) {
            assertThat(html(url, SAFETY)).as(url).doesNotContain(script).contains("&lt;script&gt;");
        }
    }

    @Test
    void theEnterprisePageHasARiskTabWithLevelCountsAndALink() throws Exception {
        mvc.perform(get("/enterprises/{id}", a).with(as("town.aj")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/risk/enterprises/" + a + "/tab")))
                .andExpect(content().string(containsString(">风险</button>")));
        mvc.perform(get("/risk/enterprises/{id}/tab", a).with(as("town.aj")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("企业风险等级")))
                .andExpect(content().string(containsString("data-level=\"MAJOR\"")))
                .andExpect(content().string(containsString("href=\"/risk/enterprises/" + a + "\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void enterpriseUsersHaveARiskLinkToTheirOwnInventoryAndOfficialsToTheDueList() throws Exception {
        mvc.perform(get("/enterprises/{id}", a).with(as("ent.a.worker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/risk/enterprises/" + a + "\">风险</a>")));
        mvc.perform(get("/enterprises").with(as("county.yjj")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/risk/reassessments\"")));
    }

    @Test
    void theInventoryAlsoSpeaksEnglish() throws Exception {
        mvc.perform(get("/risk/enterprises/{id}", a).param("lang", "en").with(as(SAFETY)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Risk inventory")))
                .andExpect(content().string(containsString("Add analysis object")));
    }
}
