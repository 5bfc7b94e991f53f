package org.zhiben.risk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ZhibenTest;
import org.zhiben.identity.CurrentUser;
import tools.jackson.databind.ObjectMapper;

/**
 * Scope of the risk inventory: outside it everything is 404 (pages and API, reads and writes), inside it officials
 * and workers read but get 403 on writes; only the enterprise's principal and safety manager write.
 */
@ZhibenTest
class RiskScopeTest {

    private static final String SAFETY = "ent.a.safety";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService userDetails;

    private RiskApi api;
    private UUID a;
    private String object;
    private String unit;
    private String event;

    @BeforeEach
    void setUp() throws Exception {
        api = new RiskApi(mvc, json);
        a = principal(SAFETY).enterpriseId();
        object = api.object(a, "范围测试对象", SAFETY);
        unit = api.unit(object, "范围测试单元", SAFETY);
        event = api.event(unit, "范围测试事件", SAFETY);
    }

    private CurrentUser principal(String username) {
        return (CurrentUser) userDetails.loadUserByUsername(username);
    }

    private RequestPostProcessor page(String username) {
        return user(principal(username));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ent.b.boss", "county.zjj", "expert1"})
    void outsideTheScopeEnterpriseAsInventoryIsNotFoundOnPagesAndApi(String outsider) throws Exception {
        for (String url : List.of("/risk/enterprises/" + a, "/risk/enterprises/" + a + "/tab",
                "/risk/enterprises/" + a + "/reassessments", "/risk/events/" + event, "/risk/objects/" + object + "/edit",
                "/risk/events/" + event + "/assessment-factors?method=LEC")) {
            mvc.perform(get(url).with(page(outsider))).andExpect(status().isNotFound());
        }
        for (String url : List.of("/api/v1/risk/enterprises/" + a + "/objects", "/api/v1/risk/enterprises/" + a + "/units",
                "/api/v1/risk/enterprises/" + a + "/events", "/api/v1/risk/enterprises/" + a + "/measures",
                "/api/v1/risk/enterprises/" + a + "/roll-up", "/api/v1/risk/objects/" + object,
                "/api/v1/risk/units/" + unit, "/api/v1/risk/events/" + event,
                "/api/v1/risk/reassessments/due?enterpriseId=" + a)) {
            api.get(url, outsider).andExpect(status().isNotFound()).andExpect(jsonPath("$.status").value(404));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ent.b.boss", "county.zjj"})
    void outsideTheScopeWritesAreNotFoundTooNeverForbidden(String outsider) throws Exception {
        api.post("/api/v1/risk/enterprises/" + a + "/objects", RiskApi.objectBody("越权", false, null), outsider)
                .andExpect(status().isNotFound());
        api.post("/api/v1/risk/objects/" + object + "/units", Map.of("name", "越权"), outsider)
                .andExpect(status().isNotFound());
        api.put("/api/v1/risk/objects/" + object, Map.of("name", "越权", "version", 0), outsider)
                .andExpect(status().isNotFound());
        api.assess(event, "INHERENT", "LS", outsider, "l", 1, "s", 1).andExpect(status().isNotFound());
        mvc.perform(post("/risk/enterprises/{id}/objects", a).param("kind", "AREA").param("name", "越权")
                .with(page(outsider)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/risk/events/{id}/assessments", event).param("kind", "INHERENT").param("method", "LS")
                .param("l", "1").param("s", "1").with(page(outsider)).with(csrf())).andExpect(status().isNotFound());
        api.get("/api/v1/risk/objects/" + object, SAFETY).andExpect(jsonPath("$.name").value("范围测试对象"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"town.aj", "county.yjj", "ent.a.worker", "admin"})
    void readersInScopeReadButCannotWrite(String reader) throws Exception {
        mvc.perform(get("/risk/enterprises/{id}", a).with(page(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("范围测试对象")))
                .andExpect(content().string(not(containsString("/risk/enterprises/" + a + "/objects/new"))));
        mvc.perform(get("/risk/events/{id}", event).with(page(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/assessments\""))));
        api.get("/api/v1/risk/enterprises/" + a + "/objects", reader).andExpect(status().isOk());
        api.get("/api/v1/risk/events/" + event, reader).andExpect(status().isOk());

        api.post("/api/v1/risk/enterprises/" + a + "/objects", RiskApi.objectBody("只读", false, null), reader)
                .andExpect(status().isForbidden());
        api.put("/api/v1/risk/objects/" + object, Map.of("kind", "AREA", "name", "只读", "version", 0), reader)
                .andExpect(status().isForbidden());
        api.post("/api/v1/risk/units/" + unit + "/events", RiskApi.eventBody("只读", "2101"), reader)
                .andExpect(status().isForbidden());
        api.assess(event, "INHERENT", "LS", reader, "l", 1, "s", 1).andExpect(status().isForbidden());
        mvc.perform(get("/risk/enterprises/{id}/objects/new", a).with(page(reader))).andExpect(status().isForbidden());
        mvc.perform(get("/risk/objects/{id}/edit", object).with(page(reader))).andExpect(status().isForbidden());
        mvc.perform(post("/risk/enterprises/{id}/objects", a).param("kind", "AREA").param("name", "只读")
                .with(page(reader)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/risk/events/{id}/assessments", event).param("kind", "INHERENT").param("method", "LS")
                .param("l", "1").param("s", "1").with(page(reader)).with(csrf())).andExpect(status().isForbidden());
        api.get("/api/v1/risk/objects/" + object, SAFETY)
                .andExpect(jsonPath("$.name").value("范围测试对象"))
                .andExpect(jsonPath("$.version").value(0));
        api.get("/api/v1/risk/events/" + event, SAFETY).andExpect(jsonPath("$.history.length()").value(0));
    }

    @Test
    void thePrincipalWritesAsTheSafetyManagerDoes() throws Exception {
        api.put("/api/v1/risk/objects/" + object, Map.of("kind", "AREA", "name", "范围测试对象(负责人改)", "version", 0),
                "ent.a.boss").andExpect(status().isOk());
        mvc.perform(get("/risk/enterprises/{id}", a).with(page("ent.a.boss")))
                .andExpect(content().string(containsString("/risk/enterprises/" + a + "/objects/new")));
    }

    @Test
    void aTownOfficialDoesNotSeeAnEnterpriseOutsideTheTown() throws Exception {
        UUID b = principal("ent.b.boss").enterpriseId();
        mvc.perform(get("/risk/enterprises/{id}", b).with(page("town.aj"))).andExpect(status().isNotFound());
        api.get("/api/v1/risk/enterprises/" + b + "/roll-up", "town.aj").andExpect(status().isNotFound());
        api.get("/api/v1/risk/enterprises/" + b + "/roll-up", "county.yjj").andExpect(status().isOk());
    }
}
