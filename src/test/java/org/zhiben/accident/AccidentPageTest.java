package org.zhiben.accident;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ZhibenTest;
import org.zhiben.common.Zones;

/** The report form (messages beside fields), the detail with its clock, the list, scope and the nav entry. */
@ZhibenTest
class AccidentPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static MockHttpServletRequestBuilder form(LocalDateTime occurred, String deaths, String category) {
        return form(occurred, deaths, category, UUID.randomUUID().toString());
    }

    private static MockHttpServletRequestBuilder form(LocalDateTime occurred, String deaths, String category,
            String idempotencyKey) {
        return post("/accidents").with(csrf()).param("idempotencyKey", idempotencyKey)
                .param("place", "三号库房").param("occurredAt", occurred.toString())
                .param("knownAt", occurred.plusMinutes(10).toString()).param("categoryCode", category)
                .param("specialKind", "NONE").param("productionSafety", "true").param("deaths", deaths)
                .param("missing", "0").param("seriousInjuries", "0").param("directLossYuan", "5000")
                .param("summary", "页面测试:叉车倒车撞伤人员");
    }

    @Test
    void anEnterpriseUserReportsOnThePageAndTheCountySeesTheClock() throws Exception {
        mvc.perform(get("/accidents/new").with(as("ent.a.worker"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("物体打击")));
        LocalDateTime occurred = LocalDateTime.now(Zones.CHINA).minusMinutes(30).truncatedTo(ChronoUnit.MINUTES);
        String location = mvc.perform(form(occurred, "0", "02").with(as("ent.a.worker")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/accidents/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as("county.yjj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("逐级上报")))
                .andExpect(content().string(containsString("已按时报告")))
                .andExpect(content().string(containsString("一般事故")));
        mvc.perform(get(location).with(as("ent.b.boss"))).andExpect(status().isNotFound());
        mvc.perform(get(location).with(as("county.zjj"))).andExpect(status().isNotFound());
        mvc.perform(get("/accidents").with(as("county.yjj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(location)));
        mvc.perform(get("/accidents").with(as("ent.b.boss"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(location))));
    }

    @Test
    void badInputComesBackBesideItsField() throws Exception {
        LocalDateTime future = LocalDateTime.now(Zones.CHINA).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
        mvc.perform(form(future, "0", "99").with(as("ent.a.worker"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("事故发生时间不能晚于现在")))
                .andExpect(content().string(containsString("未知的事故类别")))
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(form(LocalDateTime.now(Zones.CHINA).minusHours(1), "1.5", "01").with(as("ent.a.worker")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("死亡人数应为整数")));
        mvc.perform(form(LocalDateTime.now(Zones.CHINA).minusHours(1), "-1", "01").with(as("ent.a.worker")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("死亡人数不能为负数")));
    }

    @Test
    void theNavOffersAccidentsToOfficialsAndEnterprisesButNotExperts() throws Exception {
        mvc.perform(get("/accidents").with(as("ent.a.worker"))).andExpect(content().string(containsString(
                "href=\"/accidents/new\"")));
        mvc.perform(get("/inbox").with(as("county.yjj"))).andExpect(content().string(containsString(
                "href=\"/accidents\"")));
        mvc.perform(get("/inbox").with(as("expert1"))).andExpect(content().string(not(containsString(
                "href=\"/accidents\""))));
        mvc.perform(get("/accidents/new").with(as("county.yjj"))).andExpect(status().isForbidden());
    }

    @Test
    void officialsAndTheEnterpriseActOnTheDetailPage() throws Exception {
        LocalDateTime occurred = LocalDateTime.now(Zones.CHINA).minusMinutes(30).truncatedTo(ChronoUnit.MINUTES);
        String location = mvc.perform(form(occurred, "0", "05").with(as("ent.a.safety")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as("county.yjj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"accident-forward\"")))
                .andExpect(content().string(containsString("开始调查")));
        mvc.perform(get(location).with(as("ent.a.worker"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"accident-action\""))))
                .andExpect(content().string(containsString("id=\"accident-supplement\"")));
        // another enterprise cannot even find it
        mvc.perform(post(location + "/supplements").with(csrf()).with(as("ent.b.boss")).param("version", "0")
                .param("deaths", "1").param("missing", "0").param("seriousInjuries", "0").param("directLossYuan", "0"))
                .andExpect(status().isNotFound());
        // a negative figure comes back beside its field
        mvc.perform(post(location + "/supplements").with(csrf()).with(as("ent.a.worker")).param("version", "0")
                .param("deaths", "-1").param("missing", "0").param("seriousInjuries", "0").param("directLossYuan", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("死亡人数不能为负数")));
        mvc.perform(post(location + "/supplements").with(csrf()).with(as("ent.a.worker")).param("version", "0")
                .param("deaths", "3").param("missing", "0").param("seriousInjuries", "0").param("directLossYuan", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(as("county.yjj"))).andExpect(content().string(containsString("较大事故")))
                .andExpect(content().string(containsString("一般事故 → 较大事故")));
        mvc.perform(post(location + "/forwards").with(csrf()).with(as("county.yjj")).param("version", "1")
                .param("level", "CITY")).andExpect(status().is3xxRedirection());
        // voiding without a reason: the message beside the reason; a stale version: the conflict message
        mvc.perform(post(location + "/actions").with(csrf()).with(as("county.yjj")).param("version", "2")
                .param("action", "VOID")).andExpect(status().isOk())
                .andExpect(content().string(containsString("请说明作废理由")));
        mvc.perform(post(location + "/actions").with(csrf()).with(as("county.yjj")).param("version", "1")
                .param("action", "START_INVESTIGATION")).andExpect(status().isOk())
                .andExpect(content().string(containsString("已被他人修改")));
        mvc.perform(post(location + "/actions").with(csrf()).with(as("county.yjj")).param("version", "2")
                .param("action", "START_INVESTIGATION")).andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(as("county.yjj"))).andExpect(content().string(containsString("调查中")));
    }

    @Test
    void aFilterOfTheWrongKindInTheAddressIsDroppedWithItsMessage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/accidents?state=NOPE&from=2026-13-45&year=2026").session(session).with(as("county.yjj")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/accidents?from=2026-13-45&year=2026"))
                .andExpect(flash().attribute("error", "筛选条件“状态”的值“NOPE”无法识别,已忽略该条件。"));
        mvc.perform(get("/accidents?from=2026-13-45&year=2026").session(session).with(as("county.yjj")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/accidents?year=2026"))
                .andExpect(flash().attribute("error", "筛选条件“起始日期”的值“2026-13-45”无法识别,已忽略该条件。"));
        mvc.perform(get("/accidents?year=2026").session(session).with(as("county.yjj"))).andExpect(status().isOk());
        // not a list's filter: a path variable stays a 400 page with the parameter's message
        mvc.perform(get("/accidents/not-a-uuid").with(as("county.yjj"))).andExpect(status().isBadRequest());
    }

    @Test
    void aFormSentAgainChangedUnderItsFirstKeyIsToldTheFirstWasSaved() throws Exception {
        LocalDateTime occurred = LocalDateTime.now(Zones.CHINA).minusMinutes(40).truncatedTo(ChronoUnit.MINUTES);
        String key = UUID.randomUUID().toString();
        mvc.perform(form(occurred, "0", "02", key).with(as("ent.a.worker"))).andExpect(status().is3xxRedirection());

        mvc.perform(form(occurred, "0", "02", key).param("place", "改过的地点").with(as("ent.a.worker")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("第一次提交的内容已保存")));
    }
}
