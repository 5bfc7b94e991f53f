package org.zhiben.accident.rootcause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ZhibenTest;
import org.zhiben.common.Zones;

/**
 * The root-cause pages on the demo data (the county's analyses of the concealed fall and the poisoning, A's
 * dust-explosion hazard, this month's 一月一专题): lists, the five steps, the chart and table of recurring causes
 * with drill links, the forms with their messages beside the fields, a second pick of the month refused beside the
 * period, and 404 outside the scope.
 */
@ZhibenTest
class RootCausePageTest {

    private static final Pattern ANALYSIS = Pattern.compile("href=\"/accidents/root-causes/([0-9a-f-]{36})\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private String page(String url, String username) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder form(String url, String username) {
        return MockMvcRequestBuilders.post(url).with(user(users.loadUserByUsername(username))).with(csrf());
    }

    @Test
    void theDemoAnalysesShowTheirFiveSteps() throws Exception {
        String list = page("/accidents/root-causes", "county.yjj");
        assertThat(list).contains("溯源分析").contains("成品库房货架").contains("污水处理池").contains("table-cards");
        Matcher m = ANALYSIS.matcher(list.substring(list.indexOf("成品库房货架") - 300));
        assertThat(m.find()).isTrue();
        String detail = page("/accidents/root-causes/" + m.group(1), "county.yjj");
        assertThat(detail).contains("一、述情").contains("二、析因").contains("三、追责").contains("四、明责")
                .contains("五、治源").contains("登高作业无审批、无人监护").contains("库房主管").contains("已完成")
                .contains("修改");
        // the enterprise sees its own analysis, not B's; another town's office sees none
        String own = page("/accidents/root-causes", "ent.a.safety");
        assertThat(own).contains("成品库房货架").contains("除尘").doesNotContain("污水处理池");
        assertThat(page("/accidents/root-causes", "town.aj")).doesNotContain("污水处理池");
        mvc.perform(MockMvcRequestBuilders.get("/accidents/root-causes/" + m.group(1))
                .with(user(users.loadUserByUsername("ent.b.boss")))).andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/accidents/root-causes/" + UUID.randomUUID())
                .with(user(users.loadUserByUsername("county.yjj")))).andExpect(status().isNotFound());
        // English
        assertThat(page("/accidents/root-causes/" + m.group(1) + "?lang=en", "county.yjj"))
                .contains("What happened").contains("Management");
    }

    @Test
    void theRecurringCausesHaveAChartATableDrillLinksAndTheMonthsTopic() throws Exception {
        String r = page("/accidents/root-causes/recurring", "county.yjj");
        assertThat(r).contains("data-chart=\"root-cause-bars\"").contains("id=\"rc-chart-data\"")
                .contains("危险作业审批、现场监护缺失").contains("id=\"rc-table\"").contains("table-cards")
                .contains("危险作业审批和现场监护专项治理").contains("一月一专题").contains("echarts.min.js");
        assertThat(r).containsPattern("href=\"/accidents/root-causes\\?from=[0-9-]+&amp;to=[0-9-]+&amp;kind=&amp;category=G05&amp;sector=\\d+&amp;region=\\d{12}\"");
        // a second 一月一专题 for this month: refused beside the period
        String month = LocalDate.now(Zones.CHINA).toString().substring(0, 7);
        String refused = mvc.perform(form("/accidents/root-causes/topics", "county.yjj").param("kind", "MONTHLY")
                .param("period", month).param("category", "G05").param("title", "再选一个").param("reason", "测试"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("已选定" + month + "的一月一专题").contains("is-invalid");
        // the enterprise picks its own topic from its own recurring causes
        mvc.perform(form("/accidents/root-causes/topics", "ent.a.safety").param("kind", "YEARLY")
                .param("period", "2033").param("category", "G05").param("title", "登高作业专项治理")
                .param("reason", "坠落事故暴露登高作业无审批"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/accidents/root-causes/recurring", "ent.a.safety")).contains("登高作业专项治理")
                .doesNotContain("危险作业审批和现场监护专项治理");
        // the town office sees the picks of offices inside the town (enterprise A's), not the county's
        assertThat(page("/accidents/root-causes/recurring", "town.aj")).doesNotContain("危险作业审批和现场监护专项治理")
                .contains("登高作业专项治理");
    }

    @Test
    void aFilterDateThatCannotBeUsedIsNamedBesideItsFieldAndTheListStillShows() throws Exception {
        String reversed = page("/accidents/root-causes?from=2026-06-01&to=2026-01-01", "county.yjj");
        assertThat(reversed).contains("结束日期不能早于开始日期").contains("is-invalid").contains("id=\"rootcause-list\"");
        String far = page("/accidents/root-causes/recurring?from=2999-01-01", "county.yjj");
        assertThat(far).contains("日期应在 1900-01-01 至 2100-12-31 之间").contains("data-chart=\"root-cause-bars\"");
    }

    @Test
    void theFormPutsEachRuleBesideItsFieldAndSaves() throws Exception {
        // a village accident of the county's own, analysed through the page
        String id = com.jayway.jsonpath.JsonPath.read(mvc.perform(MockMvcRequestBuilders.post("/api/v1/accidents")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic("county.yjj", "Demo@12345"))
                .contentType("application/json").content("{\"regionCode\":\"990101196001\",\"unitName\":\"页面溯源测试村\","
                        + "\"sectors\":[\"18\"],\"place\":\"村口\",\"occurredAt\":\"2013-05-01T01:00:00Z\","
                        + "\"knownAt\":\"2013-05-01T01:05:00Z\",\"firstReportedAt\":\"2013-05-01T01:30:00Z\","
                        + "\"categoryCode\":\"06\",\"deaths\":0,\"missing\":0,\"seriousInjuries\":1,"
                        + "\"directLossYuan\":0,\"summary\":\"页面溯源测试\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String blank = page("/accidents/root-causes/new?kind=ACCIDENT&subject=" + id, "county.yjj");
        assertThat(blank).contains("页面溯源测试村").contains("name=\"causes[5].category\"")
                .contains("maxlength=\"4000\"").contains("name=\"measures[4].due\"");
        String refused = mvc.perform(form("/accidents/root-causes/new", "county.yjj").param("kind", "ACCIDENT")
                .param("subjectId", id).param("situation", "村民落水").param("sector", "18")
                .param("causes[0].factor", "PERSON").param("causes[0].category", "G05")
                .param("causes[0].description", "未设护栏").param("duties", "村委会负责")
                .param("people[0].name", "测村干").param("people[0].role", "村主任"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("不属于“人”方面").contains("请写明应承担的责任").contains("至少填写一项治源措施");
        String saved = mvc.perform(form("/accidents/root-causes/new", "county.yjj").param("kind", "ACCIDENT")
                .param("subjectId", id).param("situation", "村民落水").param("sector", "18")
                .param("causes[0].factor", "ENVIRONMENT").param("causes[0].category", "E04")
                .param("causes[0].description", "未设护栏").param("duties", "村委会负责")
                .param("people[0].name", "测村干").param("people[0].role", "村主任")
                .param("people[0].responsibility", "未设置防护")
                .param("measures[0].measure", "加装护栏").param("measures[0].owner", "测村干")
                .param("measures[0].due", "2013-06-01"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String detail = page(saved, "county.yjj");
        assertThat(detail).contains("加装护栏").contains("安全警示标志、防护栏缺失").contains("逾期未完成");
        // editing from an old version: the conflict message on top
        String stale = mvc.perform(form(saved + "/edit", "county.yjj").param("version", "7")
                .param("situation", "村民落水").param("sector", "18")
                .param("causes[0].factor", "ENVIRONMENT").param("causes[0].category", "E04")
                .param("causes[0].description", "未设护栏").param("duties", "村委会负责")
                .param("people[0].name", "测村干").param("people[0].role", "村主任")
                .param("people[0].responsibility", "未设置防护")
                .param("measures[0].measure", "加装护栏").param("measures[0].owner", "测村干")
                .param("measures[0].due", "2013-06-01").param("measures[0].done", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("该记录已被他人修改");
        mvc.perform(form(saved + "/edit", "county.yjj").param("version", "0")
                .param("situation", "村民落水").param("sector", "18")
                .param("causes[0].factor", "ENVIRONMENT").param("causes[0].category", "E04")
                .param("causes[0].description", "未设护栏").param("duties", "村委会负责")
                .param("people[0].name", "测村干").param("people[0].role", "村主任")
                .param("people[0].responsibility", "未设置防护")
                .param("measures[0].measure", "加装护栏").param("measures[0].owner", "测村干")
                .param("measures[0].due", "2013-06-01").param("measures[0].done", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(saved, "county.yjj")).doesNotContain("逾期未完成").contains("已完成");
        // the accident's page leads to the analysis
        assertThat(page("/accidents/" + id, "county.yjj")).contains("/accidents/root-causes/for/ACCIDENT/" + id);
    }

    @Test
    void aMajorHazardOffersItsAnalysisAndTheNewFormListsTheCandidates() throws Exception {
        String form = page("/accidents/root-causes/new?kind=HAZARD", "ent.a.safety");
        assertThat(form).contains("液压站").contains("name=\"subjectId\"");
        String accidents = page("/accidents/root-causes/new?kind=ACCIDENT", "county.yjj");
        assertThat(accidents).contains("污水处理池").doesNotContain("重复报告");
    }
}
