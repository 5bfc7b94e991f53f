package org.zhiben.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ZhibenTest;
import org.zhiben.identity.CurrentUser;

/**
 * A text longer than its column is refused at the edge, with a message: beside the field on a page form, as a 400
 * problem naming the field (nested paths included) in the API. 2,000 characters of description fit, 2,001 do not.
 */
@ZhibenTest
class TextLimitsWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private UUID enterprise() {
        return ((CurrentUser) users.loadUserByUsername("ent.a.worker")).enterpriseId();
    }

    private int hazardsStartingWith(String prefix) {
        return jdbc.queryForObject("select count(*) from hazard_hazard where description like ?", Integer.class,
                prefix + "%");
    }

    @Test
    void aFiveThousandCharacterDescriptionIsRefusedBesideTheFieldOnTheReportForm() throws Exception {
        String prefix = "超长描述" + UUID.randomUUID().toString().substring(0, 8);
        String description = prefix + "长".repeat(5000 - prefix.length());
        mvc.perform(post("/hazards").param("enterpriseId", enterprise().toString()).param("description", description)
                        .param("type", "ELECTRICAL").param("source", "DAILY").param("proposedLevel", "GENERAL")
                        .param("manageType", "IMMEDIATE").param("rectification", "已整改")
                        .param("idempotencyKey", UUID.randomUUID().toString())
                        .with(as("ent.a.worker")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能超过2000字(现有5000字)")))
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(hazardsStartingWith(prefix)).isZero();
    }

    @Test
    void theApiAnswersAProblemNamingTheField() throws Exception {
        String prefix = "接口超长" + UUID.randomUUID().toString().substring(0, 8);
        String json = """
                {"enterpriseId":"%s","source":"DAILY","proposedLevel":"GENERAL","type":"ELECTRICAL",
                 "description":"%s","manageType":"IMMEDIATE","rectification":"已整改"}""";
        mvc.perform(post("/api/v1/hazards").contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .content(json.formatted(enterprise(), prefix + "长".repeat(2001 - prefix.length())))
                        .with(as("ent.a.worker")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("description"))
                .andExpect(jsonPath("$.errors[0].message").value("不能超过2000字(现有2001字)"));
        assertThat(hazardsStartingWith(prefix)).isZero();
    }

    @Test
    void aLimitInsideAListIsCheckedWithItsPath() throws Exception {
        // an enforcement draw's conflict of interest: the reason fits 200 characters
        mvc.perform(post("/api/v1/enforcement/draws").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"双随机\",\"conflicts\":[{\"reason\":\"" + "因".repeat(201) + "\"}]}")
                        .with(as("admin")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("conflicts[0].reason"))
                .andExpect(jsonPath("$.errors[0].message").value("不能超过200字(现有201字)"));
    }

    @Test
    void twoThousandCharactersPass() throws Exception {
        String prefix = "刚好两千" + UUID.randomUUID().toString().substring(0, 8);
        String json = """
                {"enterpriseId":"%s","source":"DAILY","proposedLevel":"GENERAL","type":"ELECTRICAL",
                 "description":"%s"}""";
        mvc.perform(post("/api/v1/hazards").contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .content(json.formatted(enterprise(), prefix + "长".repeat(2000 - prefix.length())))
                        .with(as("ent.a.worker")).with(csrf()))
                .andExpect(status().isCreated());
        assertThat(hazardsStartingWith(prefix)).isOne();
    }
}
