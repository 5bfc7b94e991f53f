package org.zhiben.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhiben.ZhibenTest;
import org.zhiben.common.Zones;
import org.zhiben.identity.CurrentUser;
import tools.jackson.databind.ObjectMapper;

/**
 * The ids a check request links to: the assignee is one of the enterprise's own people (another enterprise's user
 * and an unknown id answer alike), the template one of the library's (shared by all enterprises).
 */
@ZhibenTest
class InspectionReferencesTest {

    static final String PASSWORD = "Demo@12345";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Checklists checklists;

    CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    Map<String, Object> check(Object templateId, Object assignee) {
        Map<String, Object> body = new HashMap<>();
        LocalDate today = LocalDate.now(Zones.CHINA);
        body.put("taskType", "COMPREHENSIVE");
        body.put("templateId", templateId);
        body.put("from", today.toString());
        body.put("to", today.plusDays(2).toString());
        body.put("assigneeUserId", assignee);
        return body;
    }

    ResultActions send(UUID enterprise, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/inspection/enterprises/" + enterprise + "/checks")
                .with(httpBasic("ent.a.safety", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    String refused(ResultActions result, String field) throws Exception {
        String body = result.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value(field)).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.errors[0]").toString();
    }

    @Test
    void theAssigneeIsOneOfTheEnterprisesPeopleAndTheTemplateOneOfTheLibrarys() throws Exception {
        UUID a = user("ent.a.safety").enterpriseId();
        UUID template = checklists.byCode("SMALL-GENERAL").orElseThrow().id();
        long before = jdbc.queryForObject("select count(*) from inspection_task", Long.class);

        String foreign = refused(send(a, check(template, user("ent.b.boss").id())), "assigneeUserId");
        String unknown = refused(send(a, check(template, UUID.randomUUID())), "assigneeUserId");
        assertThat(foreign).isEqualTo(unknown);
        refused(send(a, check(UUID.randomUUID(), null)), "templateId");
        assertThat(jdbc.queryForObject("select count(*) from inspection_task", Long.class)).isEqualTo(before);

        UUID worker = user("ent.a.worker").id();
        String created = send(a, check(template, worker)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        assertThat(jdbc.queryForObject("select assignee_user_id from inspection_task where id = ?", UUID.class,
                UUID.fromString(JsonPath.read(created, "$.id")))).isEqualTo(worker);
    }
}
