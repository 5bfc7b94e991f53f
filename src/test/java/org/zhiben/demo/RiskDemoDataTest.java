package org.zhiben.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhiben.ZhibenTest;
import org.zhiben.identity.CurrentUser;

/** The demo risk inventories: A and B each with units of all four levels, B's major hazard source judged directly. */
@ZhibenTest
class RiskDemoDataTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    RiskDemoData demo;

    private String read(String url) throws Exception {
        return mvc.perform(get(url).with(httpBasic("county.yjj", "Demo@12345"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private UUID enterpriseOf(String username) {
        return ((CurrentUser) userDetails.loadUserByUsername(username)).enterpriseId();
    }

    @Test
    void bothDemoEnterprisesHaveUnitsOfAllFourLevelsAssessedByEveryMethod() throws Exception {
        Set<String> methods = new HashSet<>();
        for (UUID enterprise : List.of(enterpriseOf("ent.a.boss"), enterpriseOf("ent.b.boss"))) {
            String rollUp = read("/api/v1/risk/enterprises/" + enterprise + "/roll-up");
            assertThat((String) JsonPath.read(rollUp, "$.enterpriseLevel")).isEqualTo("MAJOR");
            Map<String, Integer> counts = JsonPath.read(rollUp, "$.counts");
            assertThat(counts).allSatisfy((level, n) -> assertThat(n).as(level).isPositive());
            List<String> events = JsonPath.read(read("/api/v1/risk/enterprises/" + enterprise + "/events?size=500"),
                    "$.content[*].id");
            for (String event : events) {
                methods.addAll(JsonPath.<List<String>>read(read("/api/v1/risk/events/" + event), "$.history[*].method"));
            }
        }
        assertThat(methods).contains("LEC", "LS", "MES", "DIRECT");
    }

    @Test
    void enterpriseBsAmmoniaTanksAreAMajorHazardSourceJudgedMajorDirectly() throws Exception {
        UUID b = enterpriseOf("ent.b.boss");
        String objects = read("/api/v1/risk/enterprises/" + b + "/objects?size=500");
        assertThat(JsonPath.<List<String>>read(objects, "$.content[?(@.majorHazardSource == true)].hazardSourceCode"))
                .contains("WHY-990101-0001");
        String events = read("/api/v1/risk/enterprises/" + b + "/events?size=500");
        List<String> direct = JsonPath.read(events, "$.content[?(@.directlyMajor == true)].id");
        assertThat(direct).isNotEmpty();
        String detail = read("/api/v1/risk/events/" + direct.get(0));
        assertThat((String) JsonPath.read(detail, "$.event.currentLevel")).isEqualTo("MAJOR");
        assertThat((String) JsonPath.read(detail, "$.event.residualLevel")).isEqualTo("LARGE");
        assertThat(JsonPath.<List<String>>read(detail, "$.history[*].directBasis")).contains("MAJOR_HAZARD_SOURCE");
    }

    @Test
    void seedingAgainChangesNothing() throws Exception {
        UUID a = enterpriseOf("ent.a.boss");
        int before = JsonPath.read(read("/api/v1/risk/enterprises/" + a + "/objects?size=1"), "$.totalElements");
        demo.run(null);
        int after = JsonPath.read(read("/api/v1/risk/enterprises/" + a + "/objects?size=1"), "$.totalElements");
        assertThat(after).isEqualTo(before);
    }
}
