package org.zhiben.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ZhibenTest;

@ZhibenTest
class EnforcementPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private UUID demoCase() {
        return jdbc.queryForList("select id from enforcement_case where state = 'CLOSED' and title = ?"
                + " order by created_at", UUID.class, "未对安全设备进行经常性维护、保养").get(0);
    }

    @Test
    void everyPageRendersForAnOfficialWithItsTitle() throws Exception {
        UUID draw = jdbc.queryForObject("select id from enforcement_draw where seed = 'demo2026q4draw01'", UUID.class);
        UUID inspection = jdbc.queryForList("select id from enforcement_inspection where major_findings > 0"
                + " order by created_at", UUID.class).get(0);
        UUID document = jdbc.queryForList("select id from enforcement_document where kind = 'PENALTY_DECISION'"
                + " order by created_at", UUID.class).get(0);
        for (String page : List.of("/enforcement", "/enforcement?mode=FOUR_NOS", "/enforcement/targets",
                "/enforcement/targets?sector=02", "/enforcement/officers", "/enforcement/items", "/enforcement/draws",
                "/enforcement/draws?page=3", "/enforcement/draws?page=-1",
                "/enforcement/draws/" + draw, "/enforcement/inspections/new",
                "/enforcement/inspections/new?drawId=" + draw, "/enforcement/inspections/" + inspection,
                "/enforcement/cases", "/enforcement/cases?state=CLOSED", "/enforcement/cases/new",
                "/enforcement/cases/" + demoCase(), "/enforcement/bans", "/enforcement/statistics")) {
            mvc.perform(get(page).with(as("county.yjj"))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(" - 治本</title>")));
        }
        mvc.perform(get("/enforcement/cases/" + demoCase()).with(as("county.yjj")))
                .andExpect(content().string(containsString("已结案")))
                .andExpect(content().string(containsString("50,000.00")))
                // liability traced to the principal, the actual controller, the beneficial owner and the parent company
                .andExpect(content().string(containsString("李化工")))
                .andExpect(content().string(containsString("李控股")))
                .andExpect(content().string(containsString("李受益")))
                .andExpect(content().string(containsString("示范控股集团有限公司")));
        mvc.perform(get("/enforcement/documents/" + document + ".docx").with(as("county.yjj")))
                .andExpect(status().isOk());
        mvc.perform(get("/enforcement/statistics?year=1999").with(as("county.yjj"))).andExpect(status().isBadRequest());
    }

    @Test
    void enterpriseUsersHaveNoEnforcementPagesAndOthersScopesAre404() throws Exception {
        mvc.perform(get("/enforcement").with(as("ent.a.boss"))).andExpect(status().isForbidden());
        mvc.perform(get("/enforcement/officers").with(as("ent.a.boss"))).andExpect(status().isForbidden());
        // the demo case is against 示范化工 in 西河镇: 东关镇's station does not see it
        mvc.perform(get("/enforcement/cases/" + demoCase()).with(as("town.aj"))).andExpect(status().isNotFound());
        mvc.perform(get("/enforcement/cases/" + UUID.randomUUID()).with(as("county.yjj")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theEnterprisePickerSearchesTheScopeInTheDatabaseAndKeepsTheChoiceOnAFailedForm() throws Exception {
        // 示范化工 lies in 西河镇: the county finds it by a part of its name, 东关镇's station does not
        mvc.perform(get("/enterprises/picker").param("q", "示范化工").with(as("county.yjj")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("示范化工有限公司")));
        mvc.perform(get("/enterprises/picker").param("q", "示范化工").with(as("town.aj")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("辖区内没有匹配的单位")));
        mvc.perform(get("/enterprises/picker").param("q", "示").with(as("county.yjj")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请至少输入2个字")));
        mvc.perform(get("/enterprises/picker").param("q", "<script>" + "x".repeat(5000))
                        .with(as("county.yjj")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(
                        containsString("<script>"))));
        // an enterprise user finds no other enterprise
        mvc.perform(get("/enterprises/picker").param("q", "示范化工").with(as("ent.a.boss")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("辖区内没有匹配的单位")));
        // the page holds no list of enterprises, and a form sent back with an error keeps the chosen one by name
        UUID chemical = jdbc.queryForObject("select id from directory_enterprise where name = '示范化工有限公司'",
                UUID.class);
        mvc.perform(get("/enforcement/inspections/new").with(as("county.yjj")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(chemical.toString()))));
        mvc.perform(post("/enforcement/cases").with(csrf()).with(as("county.yjj"))
                        .param("idempotencyKey", UUID.randomUUID().toString())
                        .param("enterpriseId", chemical.toString()).param("title", "").param("facts", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + chemical + "\" checked")))
                .andExpect(content().string(containsString("示范化工有限公司")));
    }

    @Test
    void aBrokenRuleIsShownBesideItsFieldAndAStaleVersionOnTop() throws Exception {
        UUID officer = jdbc.queryForObject("select id from enforcement_officer where cert_no = 'ZB99010100118'",
                UUID.class);
        UUID enterprise = jdbc.queryForList("select enterprise_id from enforcement_inspection order by created_at",
                UUID.class).get(0);
        mvc.perform(post("/enforcement/inspections").with(csrf()).with(as("county.yjj"))
                        .param("idempotencyKey", UUID.randomUUID().toString())
                        .param("enterpriseId", enterprise.toString()).param("mode", "FOUR_NOS")
                        .param("inspectedOn", "2026-01-05").param("place", "车间").param("summary", "检查")
                        .param("officerIds", officer.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("执法检查须由两名以上持有效执法证的执法人员进行")));
        mvc.perform(post("/enforcement/inspections").with(csrf()).with(as("county.yjj"))
                        .param("idempotencyKey", UUID.randomUUID().toString()).param("mode", "FOUR_NOS")
                        .param("inspectedOn", "not-a-date"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("日期格式应为")));
        mvc.perform(post("/enforcement/officers").with(csrf()).with(as("county.yjj"))
                        .param("idempotencyKey", UUID.randomUUID().toString()).param("certNo", "短")
                        .param("regionCode", "990101000000"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请选择执法人员的账号")));
        // an administrator reads enforcement but acts for no office: no forms it could not send
        String adminCases = mvc.perform(get("/enforcement/cases").with(as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(adminCases).doesNotContain("/enforcement/cases/new");
        mvc.perform(get("/enforcement/cases/new").with(as("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/enforcement/inspections/new").with(as("admin"))).andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/enforcement/cases/" + demoCase()).with(as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).doesNotContain("/actions\"");
        assertThat(mvc.perform(get("/enforcement/cases").with(as("county.yjj"))).andReturn().getResponse()
                .getContentAsString()).contains("/enforcement/cases/new");
        // the city's officer is in the county's directory, but only the county's own can be given a training
        String officers = mvc.perform(get("/enforcement/officers").with(as("county.yjj"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String trainingForm = officers.substring(officers.indexOf("id=\"training-form\""));
        assertThat(officers.substring(0, officers.indexOf("id=\"training-form\""))).contains("ZB99010000031");
        assertThat(trainingForm).doesNotContain("ZB99010000031").contains("<option");

        UUID open = jdbc.queryForList("select id from enforcement_case where state = 'INVESTIGATING'"
                + " order by created_at", UUID.class).get(0);
        mvc.perform(post("/enforcement/cases/" + open + "/actions").with(csrf()).with(as("county.yjj"))
                        .param("version", "999").param("action", "NOTIFY").param("measures", "FINE")
                        .param("fineUnitYuan", "10000"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("alert-danger")));
        mvc.perform(post("/enforcement/cases/" + open + "/actions").with(csrf()).with(as("county.yjj"))
                        .param("version", "0").param("action", "NOTIFY").param("measures", "FINE")
                        .param("fineUnitYuan", "一万"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写金额")));
    }

    @Test
    void aDrawFromThePageIsPublished() throws Exception {
        UUID item = jdbc.queryForObject("select id from enforcement_item where code = 'YJ-003'", UUID.class);
        mvc.perform(post("/enforcement/draws").with(csrf()).with(as("county.yjj"))
                        .param("idempotencyKey", UUID.randomUUID().toString()).param("title", "主要负责人履职专项抽查")
                        .param("itemId", item.toString()).param("regionCode", "990101000000")
                        .param("enterpriseCount", "3").param("officerCount", "2").param("recentDays", "0")
                        .param("incentives", "true"))
                .andExpect(redirectedUrlPattern("/enforcement/draws/*"));
        mvc.perform(post("/enforcement/draws").with(csrf()).with(as("county.yjj"))
                        .param("idempotencyKey", UUID.randomUUID().toString()).param("title", "")
                        .param("enterpriseCount", "3").param("officerCount", "9"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写抽查任务名称")));
    }
}
