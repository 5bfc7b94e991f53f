package org.zhiben;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhiben.identity.CurrentUser;

/**
 * {@code ?lang=en} shows states, types, sectors and periods in English on the key pages of several roles, and the
 * pages without it are the Chinese ones of before (the enums' labels, the sector names of the database, "年第…季度").
 */
@ZhibenTest
class LanguagePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private String page(String username, String url, boolean english) throws Exception {
        MockHttpServletRequestBuilder request = get(url).with(user(users.loadUserByUsername(username)));
        if (english) {
            request = request.param("lang", "en");
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private UUID enterpriseOf(String username) {
        return ((CurrentUser) users.loadUserByUsername(username)).enterpriseId();
    }

    @Test
    void hazardLedgerOfACountyOfficial() throws Exception {
        String en = page("county.yjj", "/hazards", true);
        assertThat(en).contains(">Awaiting acceptance<", ">Under rectification<",
                        ">Building construction<", ">Fire safety<", ">Daily inspection<", ">Major<")
                .doesNotContain(">待验收<", ">整改中<", ">已销号<", ">建筑施工<", ">消防安全<", ">重大<");
        String zh = page("county.yjj", "/hazards", false);
        assertThat(zh).contains(">待验收<", ">整改中<", ">建筑施工<", ">消防安全<", ">重大<")
                .doesNotContain("Awaiting acceptance", "Under rectification", "Building construction");
    }

    @Test
    void hazardDetailOfTheEnterprisePrincipal() throws Exception {
        UUID enterprise = enterpriseOf("ent.a.boss");
        UUID hazard = jdbc.queryForObject("select id from hazard_hazard where enterprise_id = ? and state = 'REPORTED'"
                + " and type = 'ELECTRICAL' and level = 'GENERAL' order by id limit 1", UUID.class, enterprise);
        String en = page("ent.a.boss", "/hazards/" + hazard, true);
        assertThat(en).contains(">Reported<", ">Electrical<", ">General<")
                .doesNotContain(">已上报<", ">电气<", ">一般<");
        String zh = page("ent.a.boss", "/hazards/" + hazard, false);
        assertThat(zh).contains(">已上报<", ">电气<").doesNotContain(">Reported<", ">Electrical<");
    }

    @Test
    void enterpriseListAndDetail() throws Exception {
        String en = page("county.yjj", "/enterprises", true);
        assertThat(en).contains(">Operating<", ">Coal (incl. washing)<", ">Religious sites<")
                .doesNotContain(">在营<", ">煤炭(洗选)<", ">宗教场所<");
        assertThat(page("county.yjj", "/enterprises", false)).contains(">在营<", ">煤炭(洗选)<")
                .doesNotContain(">Operating<", "Coal (incl. washing)");

        UUID enterprise = enterpriseOf("ent.a.boss");
        String sector = jdbc.queryForObject("select s.name from directory_enterprise_sector e join directory_sector s"
                + " on s.code = e.sector_code where e.enterprise_id = ? and s.code = '03'", String.class, enterprise);
        String detailEn = page("county.yjj", "/enterprises/" + enterprise, true);
        assertThat(detailEn).contains(">Operating<",
                        ">Non-coal mines, metallurgy and industry and trade, civil explosives production and sale<")
                .doesNotContain(">" + sector + "<", ">在营<");
        assertThat(page("county.yjj", "/enterprises/" + enterprise, false)).contains(">" + sector + "<", ">在营<")
                .doesNotContain(">Operating<");
    }

    @Test
    void inspectionTasksOfTheSafetyManager() throws Exception {
        String en = page("ent.a.safety", "/inspection/tasks", true);
        assertThat(en).contains(">Missed<", "Team daily inspection").doesNotContain(">已逾期<", ">班组日排查<");
        String zh = page("ent.a.safety", "/inspection/tasks", false);
        assertThat(zh).contains(">已逾期<", "班组日排查").doesNotContain(">Missed<", "Team daily inspection");
    }

    @Test
    void accidentListOfACountyOfficial() throws Exception {
        String en = page("county.yjj", "/accidents", true);
        assertThat(en).contains(">General accident<", ">Under investigation<", ">Larger accident<")
                .doesNotContain(">一般事故<", ">调查中<", ">较大事故<");
        String zh = page("county.yjj", "/accidents", false);
        assertThat(zh).contains(">一般事故<", ">调查中<").doesNotContain("General accident", "Under investigation");
    }

    @Test
    void statisticsPeriodsInTheLanguageOfThePage() throws Exception {
        UUID enterprise = enterpriseOf("ent.a.boss");
        String url = "/hazards/statistics/enterprises/" + enterprise;
        String en = page("ent.a.boss", url, true);
        assertThat(en).contains(">2025 Q3<", ">2025 Q4<").doesNotContain("年第", "季度<", "年度<");
        String zh = page("ent.a.boss", url, false);
        assertThat(zh).contains(">2025年第三季度<", ">2025年第四季度<").doesNotContain("2025 Q3");

        String overdueEn = page("county.yjj", "/hazards/statistics", true);
        assertThat(overdueEn).containsPattern(">20\\d\\d Q[1-4]<").doesNotContainPattern("20\\d\\d年第[一二三四]季度");
        assertThat(page("county.yjj", "/hazards/statistics", false)).containsPattern(">20\\d\\d年第[一二三四]季度<");
    }

    @Test
    void insightDashboardAndItsEnterpriseList() throws Exception {
        String en = page("county.yjj", "/insight", true);
        assertThat(en).contains(">01 Coal (incl. washing)<").doesNotContain("煤炭(洗选)");
        assertThat(page("county.yjj", "/insight", false)).contains("煤炭(洗选)").doesNotContain("Coal (incl.");

        String list = page("county.yjj", "/insight/enterprises?figure=WITH_MAJOR_RISK", true);
        assertThat(list).contains("Enterprises with a major risk").doesNotContain("有重大风险的企业");
        assertThat(page("county.yjj", "/insight/enterprises?figure=WITH_MAJOR_RISK", false))
                .contains("有重大风险的企业").doesNotContain("Enterprises with a major risk");
    }

    @Test
    void enforcementStatisticsRowsAndTheHomeChart() throws Exception {
        String en = page("county.yjj", "/enforcement/statistics", true);
        assertThat(en).contains(">Jan<", ">Dec<", ">Double-random spot check<", ">Unannounced (four nos, two directs)<")
                .doesNotContain(">1月<", ">12月<", ">双随机抽查<", ">四不两直<");
        String zh = page("county.yjj", "/enforcement/statistics", false);
        assertThat(zh).contains(">1月<", ">12月<", ">双随机抽查<").doesNotContain(">Jan<", "Double-random");

        // the chart's JSON may escape non-ASCII letters as \\uXXXX
        assertThat(unescaped(page("county.yjj", "/", true))).contains("Coal (incl. washing)")
                .doesNotContain("煤炭(洗选)");
        assertThat(unescaped(page("county.yjj", "/", false))).contains("煤炭(洗选)")
                .doesNotContain("Coal (incl. washing)");
    }

    private static String unescaped(String text) {
        return java.util.regex.Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(text)
                .replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
    }

    @Test
    void errorPagesInEnglish() throws Exception {
        String url = "/hazards/" + UUID.randomUUID();
        var en = mvc.perform(get(url).param("lang", "en").with(user(users.loadUserByUsername("county.yjj"))))
                .andReturn().getResponse();
        assertThat(en.getStatus()).isEqualTo(404);
        assertThat(en.getContentAsString(StandardCharsets.UTF_8)).contains(">Not found<",
                "outside your jurisdiction").doesNotContain(">未找到<");
        var zh = mvc.perform(get(url).with(user(users.loadUserByUsername("county.yjj")))).andReturn().getResponse();
        assertThat(zh.getContentAsString(StandardCharsets.UTF_8)).contains(">未找到<").doesNotContain("Not found");
    }
}
