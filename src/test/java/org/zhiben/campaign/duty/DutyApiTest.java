package org.zhiben.campaign.duty;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ZhibenTest;
import tools.jackson.databind.ObjectMapper;

/**
 * The duties' API and page on the demo town plan (its 三三查 and 包联 duties at enterprise A): compliance, bad input
 * (400 beside the field, on the page beside the field), a stale version (409), scope (another town, an enterprise:
 * 404).
 */
@ZhibenTest
class DutyApiTest {

    private static final String PASSWORD = "Demo@12345";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private ResultActions post(String url, Object body, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private ResultActions get(String url, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(httpBasic(user, PASSWORD)));
    }

    private UUID plan(String like) {
        return jdbc.queryForObject("select id from campaign_plan where title like ?", UUID.class, like);
    }

    @Test
    void complianceBadInputStaleVersionAndScope() throws Exception {
        UUID town = plan("东关镇安全生产%");
        UUID xihe = plan("西河镇安全生产%");
        get("/api/v1/campaign/plans/" + town + "/duties/compliance?year=2025", "town.aj").andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.leaders.length()").value(1))
                .andExpect(jsonPath("$.duties.length()").value(2))
                .andExpect(jsonPath("$.duties[?(@.duty.kind == 'THREE_CHECKS')].periods.length()").value(4))
                .andExpect(jsonPath("$.duties[?(@.duty.kind == 'PAIRING')].periods.length()").value(12));
        get("/api/v1/campaign/plans/" + town + "/duties/compliance?year=99999", "town.aj")
                .andExpect(status().isBadRequest());

        Map<String, Object> duty = jdbc.queryForMap("select id, task_id, leader_user_id, enterprise_id from "
                + "campaign_duty where plan_id = ? and kind = 'PAIRING'", town);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "PAIRING");
        body.put("taskId", duty.get("task_id"));
        body.put("leaderUserId", duty.get("leader_user_id"));
        body.put("leaderPost", "镇长");
        body.put("enterpriseId", duty.get("enterprise_id"));
        post("/api/v1/campaign/plans/" + town + "/duties", body, "town.aj").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("enterpriseId")));
        body.put("kind", "THREE_CHECKS");
        body.put("leaderPost", "x".repeat(51));
        post("/api/v1/campaign/plans/" + town + "/duties", body, "town.aj").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("leaderPost")));
        body.put("leaderPost", "镇长");
        body.put("kind", "NONSENSE");
        int status = post("/api/v1/campaign/plans/" + town + "/duties", body, "town.aj").andReturn().getResponse()
                .getStatus();
        org.assertj.core.api.Assertions.assertThat(status).isBetween(400, 422);

        post("/api/v1/campaign/duties/" + duty.get("id") + "/end", Map.of("version", 99, "endDate", "2026-06-30"),
                "town.aj").andExpect(status().isConflict());

        get("/api/v1/campaign/plans/" + xihe + "/duties", "town.aj").andExpect(status().isNotFound());
        get("/api/v1/campaign/plans/" + town + "/duties/compliance", "ent.a.boss").andExpect(status().isNotFound());
        get("/api/v1/campaign/duties/" + duty.get("id"), "ent.a.boss").andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/campaign/plans/" + xihe + "/duties")
                .with(user(users.loadUserByUsername("town.aj")))).andExpect(status().isNotFound());
    }

    @Test
    void thePageShowsComplianceAndPutsMessagesBesideTheFields() throws Exception {
        UUID town = plan("东关镇安全生产%");
        mvc.perform(MockMvcRequestBuilders.get("/campaign/plans/" + town + "/duties?year=2025")
                .with(user(users.loadUserByUsername("town.aj")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("领导包联与三三查")))
                .andExpect(content().string(containsString("2025年第1季度")))
                .andExpect(content().string(containsString("id=\"duty-form\"")))
                .andExpect(content().string(containsString("安排检查")));
        mvc.perform(MockMvcRequestBuilders.post("/campaign/plans/" + town + "/duties").with(csrf())
                .with(user(users.loadUserByUsername("town.aj"))).param("kind", "PAIRING").param("leaderPost", "")
                .param("enterpriseId", "91000000000000000X")).andExpect(status().isOk())
                .andExpect(content().string(containsString("辖区内没有统一社会信用代码为 91000000000000000X 的企业")));
        mvc.perform(MockMvcRequestBuilders.get("/campaign/plans/" + town)
                .with(user(users.loadUserByUsername("town.aj")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"duty-link\"")));
    }
}
