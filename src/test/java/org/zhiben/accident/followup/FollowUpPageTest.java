package org.zhiben.accident.followup;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ZhibenTest;
import org.zhiben.common.Zones;
import org.zhiben.identity.CurrentUser;
import tools.jackson.databind.ObjectMapper;

/** The follow-up on the accident page, the blacklist and class-analogy pages: messages beside fields, scope. */
@ZhibenTest
class FollowUpPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private String api(String method, String url, Object body) throws Exception {
        var r = (method.equals("GET") ? get(url) : post(url).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).with(httpBasic("county.yjj", "Demo@12345"));
        return mvc.perform(r).andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
    }

    /** An accident with three deaths at another manufacturer of 示范县, its investigation report submitted. */
    private String accident() throws Exception {
        UUID a = ((CurrentUser) users.loadUserByUsername("ent.a.safety")).enterpriseId();
        UUID x = jdbc.queryForObject("select e.id from directory_enterprise e where e.region_code like '990101%'"
                + " and e.status <> 'CLOSED' and e.id <> ? and exists (select 1 from directory_enterprise_sector s"
                + " where s.enterprise_id = e.id and s.sector_code = '03') order by e.name, e.id limit 1", UUID.class, a);
        Instant occurred = Instant.now().minus(Duration.ofHours(3));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("enterpriseId", x.toString());
        r.put("place", "页面后续测试车间");
        r.put("occurredAt", occurred.toString());
        r.put("knownAt", occurred.plus(Duration.ofMinutes(5)).toString());
        r.put("firstReportedAt", occurred.plus(Duration.ofMinutes(30)).toString());
        r.put("categoryCode", "03");
        r.put("deaths", 3);
        r.put("missing", 0);
        r.put("seriousInjuries", 0);
        r.put("directLossYuan", 50000);
        r.put("summary", "页面测试事故");
        String id = JsonPath.read(api("POST", "/api/v1/accidents", r), "$.id");
        api("POST", "/api/v1/accidents/" + id + "/transitions", Map.of("version", 0, "action", "START_INVESTIGATION"));
        api("POST", "/api/v1/accidents/" + id + "/transitions", Map.of("version", 1, "action", "SUBMIT_REPORT"));
        return id;
    }

    @Test
    void anOfficialWorksTheFollowUpOnTheAccidentPage() throws Exception {
        String id = accident();
        String page = "/accidents/" + id;
        mvc.perform(get(page).with(as("county.yjj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("防范措施(事故类比隐患)")))
                .andExpect(content().string(containsString("暂无防范措施")))
                .andExpect(content().string(containsString("accident-measures-form")))
                .andExpect(content().string(containsString("待确认")))
                .andExpect(content().string(containsString("联合惩戒")));
        // the enterprise sees the follow-up but no forms
        mvc.perform(get("/accidents/analogy").with(as("ent.a.safety"))).andExpect(status().isOk());

        mvc.perform(post(page + "/measures").with(csrf()).with(as("county.yjj")).param("version", "0")
                .param("measures", " \n ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写防范措施")))
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post(page + "/measures").with(csrf()).with(as("ent.a.safety")).param("version", "0")
                .param("measures", "措施")).andExpect(status().isNotFound());
        mvc.perform(post(page + "/measures").with(csrf()).with(as("county.yjj")).param("version", "0")
                .param("measures", "冲床加装光电保护\n换模挂牌上锁")).andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(as("county.yjj"))).andExpect(content().string(containsString("已销号 0 / 2 条")))
                .andExpect(content().string(containsString("换模挂牌上锁")))
                .andExpect(content().string(containsString("accident-analogy-form")));
        mvc.perform(post(page + "/measures").with(csrf()).with(as("county.yjj")).param("version", "0")
                .param("measures", "再来一条")).andExpect(status().isOk())
                .andExpect(content().string(containsString("已被他人修改")));

        LocalDate today = LocalDate.now(Zones.CHINA);
        mvc.perform(post(page + "/analogy").with(csrf()).with(as("county.yjj")).param("version", "1")
                .param("sector", "03").param("due", today.toString())).andExpect(status().isOk())
                .andExpect(content().string(containsString("完成期限应晚于今天")));
        mvc.perform(post(page + "/analogy").with(csrf()).with(as("county.yjj")).param("version", "1")
                .param("sector", "03").param("due", today.plusDays(3).toString()).param("analogyNote", "重点查联锁"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(as("county.yjj"))).andExpect(content().string(containsString("accident-analogy\"")))
                .andExpect(content().string(not(containsString("accident-analogy-form"))));

        long version = jdbc.queryForObject("select version from accident_blacklist where accident_id = ?", Long.class,
                UUID.fromString(id));
        mvc.perform(post(page + "/blacklist").with(csrf()).with(as("county.yjj")).param("version", "" + version)
                .param("action", "DECLINE")).andExpect(status().isOk())
                .andExpect(content().string(containsString("请说明不予列入的理由")));
        mvc.perform(post(page + "/blacklist").with(csrf()).with(as("county.yjj")).param("version", "" + version)
                .param("action", "CONFIRM").param("jointPunishment", "限制融资授信")
                .param("endsOn", today.plusYears(3).toString())).andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(as("county.yjj"))).andExpect(content().string(containsString("已列入")))
                .andExpect(content().string(containsString("限制融资授信")));
        mvc.perform(get("/accidents/blacklist").with(as("county.yjj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(page)));
        mvc.perform(get("/accidents/blacklist?state=DECLINED").with(as("county.yjj"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(page))));
        mvc.perform(get("/accidents/blacklist").with(as("ent.b.boss"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(page))));
    }

    @Test
    void aPeerAnswersItsCheckOnItsPhone() throws Exception {
        String id = accident();
        api("POST", "/api/v1/accidents/" + id + "/measures", Map.of("version", 0, "measures",
                java.util.List.of("冲床加装光电保护")));
        api("POST", "/api/v1/accidents/" + id + "/analogy", Map.of("version", 1, "sector", "03", "due",
                LocalDate.now(Zones.CHINA).plusDays(7).toString()));
        UUID a = ((CurrentUser) users.loadUserByUsername("ent.a.safety")).enterpriseId();
        String check = jdbc.queryForObject("select id from accident_analogy_check where accident_id = ? and"
                + " enterprise_id = ?", String.class, UUID.fromString(id), a);
        mvc.perform(get("/accidents/analogy").with(as("ent.a.safety"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/accidents/analogy/" + check)));
        mvc.perform(get("/accidents/analogy?accidentId=" + id).with(as("ent.b.boss"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("暂无类比排查")));
        mvc.perform(get("/accidents/analogy/" + check).with(as("ent.b.boss"))).andExpect(status().isNotFound());
        mvc.perform(get("/accidents/analogy/" + check).with(as("ent.a.worker"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("analogy-form"))));
        mvc.perform(get("/accidents/analogy/" + check).with(as("ent.a.safety"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("冲床加装光电保护")))
                .andExpect(content().string(containsString("analogy-form")));
        mvc.perform(post("/accidents/analogy/" + check).with(csrf()).with(as("ent.a.safety")).param("version", "0")
                .param("result", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写排查情况")));
        mvc.perform(post("/accidents/analogy/" + check).with(csrf()).with(as("ent.a.safety")).param("version", "0")
                .param("result", "全部冲床已检查,光电保护有效")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/accidents/analogy/" + check).with(as("ent.a.safety")))
                .andExpect(content().string(containsString("全部冲床已检查")))
                .andExpect(content().string(containsString("已排查")));
    }
}
