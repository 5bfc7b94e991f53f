package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.zhiben.ZhibenTest;

/**
 * The operations endpoints: metrics only for administrators, health and its probes public with details only for
 * administrators, and the API description behind a login when {@code zhiben.api-docs.public=false} (as in prod).
 * The public default is covered by {@link SecurityHeadersTest}.
 */
@ZhibenTest
@TestPropertySource(properties = "zhiben.api-docs.public=false")
class OperationsEndpointsTest {

    private static final String PASSWORD = "Demo@12345";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void prometheusIsForAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/actuator/prometheus").with(httpBasic("ent.a.worker", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("http_server_requests"))));
        mvc.perform(get("/actuator/prometheus").with(user(userDetails.loadUserByUsername("county.yjj"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
        mvc.perform(get("/actuator/prometheus").with(user(userDetails.loadUserByUsername("admin"))))
                .andExpect(status().isOk());
    }

    @Test
    void otherEndpointsAreForAdministratorsToo() throws Exception {
        mvc.perform(get("/actuator")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/info").with(httpBasic("ent.a.worker", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/info").with(httpBasic("admin", PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void healthAndProbesArePublicWithDetailsOnlyForAdministrators() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health").with(httpBasic("ent.a.worker", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void apiDescriptionNeedsALoginWhenNotPublic() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs/swagger-config")).andExpect(status().isUnauthorized());
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
        mvc.perform(get("/v3/api-docs").with(httpBasic("ent.a.worker", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists());
        mvc.perform(get("/v3/api-docs").with(user(userDetails.loadUserByUsername("ent.a.worker"))))
                .andExpect(status().isOk());
        mvc.perform(get("/swagger-ui/index.html").with(user(userDetails.loadUserByUsername("ent.a.worker"))))
                .andExpect(status().isOk());
    }

    @Test
    void theProdProfileRequiresTheLoginAndTheDefaultDoesNot() {
        assertThat(yaml("application-prod.yml").getProperty("zhiben.api-docs.public")).isEqualTo("false");
        assertThat(yaml("application.yml").getProperty("zhiben.api-docs.public")).isEqualTo("true");
    }

    private static Properties yaml(String name) {
        YamlPropertiesFactoryBean factory = new YamlPropertiesFactoryBean();
        factory.setResources(new ClassPathResource(name));
        return factory.getObject();
    }
}
