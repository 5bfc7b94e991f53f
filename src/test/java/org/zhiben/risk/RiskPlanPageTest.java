package org.zhiben.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ZhibenTest;
import org.zhiben.common.Zones;
import org.zhiben.identity.CurrentUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Pages of major hazard sources, pre-judgments and warnings; and the demo records of this feature. */
@ZhibenTest
class RiskPlanPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService userDetails;

    private RiskApi api;
    private UUID a;
    private String unit;

    @BeforeEach
    void setUp() throws Exception {
        api = new RiskApi(mvc, json);
        a = principal("ent.a.safety").enterpriseId();
        unit = api.unit(api.object(a, "页面测试储罐", "ent.a.safety"), "页面测试单元", "ent.a.safety");
    }

    private CurrentUser principal(String username) {
        return (CurrentUser) userDetails.loadUserByUsername(username);
    }

    private RequestPostProcessor page(String username) {
        return user(principal(username));
    }

    @Test
    void theUnitPageSavesRecomputesAndShowsFieldMessages() throws Exception {
        String url = "/risk/units/" + unit + "/major-hazard";
        mvc.perform(get("/risk/enterprises/{id}", a).with(page("ent.a.worker")))
                .andExpect(content().string(containsString(url)));
        mvc.perform(post(url).with(page("ent.a.safety")).with(csrf()).param("version", "0")
                        .param("outsidePopulation", "60").param("substances[0].name", "氨")
                        .param("substances[0].quantityTonnes", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("实际存在量须为数字")));
        mvc.perform(post(url).with(page("ent.a.safety")).with(csrf()).param("version", "0")
                        .param("outsidePopulation", "60").param("substances[0].name", "氨")
                        .param("substances[0].quantityTonnes", "40").param("declared", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写主要负责人")));
        mvc.perform(post(url).with(page("ent.a.safety")).with(csrf()).param("version", "0")
                        .param("outsidePopulation", "60").param("substances[0].name", "氨")
                        .param("substances[0].quantityTonnes", "40").param("substances[1].name", ""))
                .andExpect(redirectedUrl(url));
        mvc.perform(get(url).with(page("ent.a.safety")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("三级")))
                .andExpect(content().string(containsString("12.0000")))
                .andExpect(content().string(containsString("包保责任人不全")));
        mvc.perform(get(url).with(page("town.aj"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("保存并计算"))));
        mvc.perform(get(url).with(page("ent.b.boss"))).andExpect(status().isNotFound());
        mvc.perform(get(url).with(page("county.zjj"))).andExpect(status().isNotFound());
        mvc.perform(post(url).with(page("ent.a.worker")).with(csrf()).param("version", "1")
                .param("outsidePopulation", "0").param("substances[0].name", "氨")
                .param("substances[0].quantityTonnes", "1")).andExpect(status().isForbidden());
        mvc.perform(get("/risk/enterprises/{id}/major-hazards", a).with(page("county.yjj")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("页面测试单元")));
        mvc.perform(get("/risk/enterprises/{id}/major-hazards", a).with(page("ent.b.boss")))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePrejudgmentPageSubmitsAndFlagsMissingDays() throws Exception {
        String day = LocalDate.now(Zones.CHINA).minusDays(30).toString();
        mvc.perform(post("/risk/prejudgments").with(page("ent.a.worker")).with(csrf())
                        .param("kind", "WORKSHOP_DAILY").param("period", day).param("workshop", "页面测试班组")
                        .param("conditions", "正常").param("level", "LOW").param("measures", "按规程作业"))
                .andExpect(redirectedUrl("/risk/prejudgments"));
        mvc.perform(post("/risk/prejudgments").with(page("ent.a.worker")).with(csrf())
                        .param("kind", "WORKSHOP_DAILY").param("period", day).param("workshop", "页面测试班组")
                        .param("conditions", "正常").param("level", "LOW").param("measures", "按规程作业"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该记录已被他人修改")));
        String missingDay = LocalDate.now(Zones.CHINA).minusDays(3).toString(); // the demo leaves it out
        mvc.perform(get("/risk/prejudgments").with(page("ent.a.worker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(missingDay)))
                .andExpect(content().string(containsString("页面测试班组")));
        mvc.perform(get("/risk/prejudgments").with(page("county.yjj")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本周未做企业周预判的企业")))
                .andExpect(content().string(containsString("县级部门月预判")));
        mvc.perform(get("/risk/prejudgments").with(page("admin"))).andExpect(status().isOk());
        // the sector is picked by name: the construction bureau's only choice is its own sector
        String zjj = mvc.perform(get("/risk/prejudgments").with(page("county.zjj"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int at = zjj.indexOf("id=\"sector\"");
        String picker = zjj.substring(at, zjj.indexOf("</select>", at));
        org.assertj.core.api.Assertions.assertThat(picker).contains("value=\"04\">建筑施工</option>")
                .doesNotContain("value=\"03\"");
        mvc.perform(get("/risk/prejudgments").param("enterpriseId", a.toString()).with(page("ent.b.boss")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDemoHasBsMajorHazardSourceAnOrangeWarningAndACountyJudgment() throws Exception {
        UUID b = principal("ent.b.boss").enterpriseId();
        JsonNode sources = json.readTree(api.getJson("/api/v1/risk/enterprises/" + b + "/major-hazards", "ent.b.boss"));
        JsonNode tank = null;
        for (JsonNode s : sources) {
            if (s.get("unitName").asString().equals("液氨储罐及输送管线")) {
                tank = s;
            }
        }
        assertThat(tank).isNotNull();
        assertThat(tank.get("sum").decimalValue()).isEqualByComparingTo("4");
        assertThat(tank.get("alpha").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(tank.get("r").decimalValue()).isEqualByComparingTo("12");
        assertThat(tank.get("level").asString()).isEqualTo("THIRD");
        assertThat(tank.get("declared").asBoolean()).isTrue();
        assertThat(tank.get("holdersComplete").asBoolean()).isTrue();

        api.get("/api/v1/risk/warnings?level=LARGE", "county.yjj").andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.enterpriseId == '" + b + "')].colorLabel").value(
                        org.hamcrest.Matchers.hasItem("橙")));
        mvc.perform(get("/risk/warnings").with(page("county.yjj")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("橙色预警")))
                .andExpect(content().string(containsString("示范县")));
        mvc.perform(get("/risk/warnings").with(page("ent.b.boss"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("确认</button>"))));
    }
}
