package org.zhiben.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ZhibenTest;
import org.zhiben.identity.CurrentUser;

/** Data scope on the enterprise registry and the region tree: out-of-scope records answer 404, lists are filtered. */
@ZhibenTest
class EnterpriseScopeTest {

    private static final String PASSWORD = "Demo@12345";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetails;

    private CurrentUser principal(String username) {
        return (CurrentUser) userDetails.loadUserByUsername(username);
    }

    private RequestPostProcessor page(String username) {
        return user(principal(username));
    }

    private static RequestPostProcessor api(String username) {
        return httpBasic(username, PASSWORD);
    }

    private UUID enterpriseA() {
        return principal("ent.a.boss").enterpriseId();
    }

    private UUID enterpriseB() {
        return principal("ent.b.boss").enterpriseId();
    }

    private String list(String username, String query) throws Exception {
        return mvc.perform(get("/api/v1/enterprises" + query).with(api(username)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void enterpriseBPrincipalGets404ForEnterpriseAOnPageApiAndDocumentsTab() throws Exception {
        UUID a = enterpriseA();
        mvc.perform(get("/enterprises/{id}", a).with(page("ent.b.boss"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/enterprises/{id}", a).with(api("ent.b.boss")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/enterprises/{id}/tabs/documents", a).with(page("ent.b.boss")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/{id}/tabs/history", a).with(page("ent.b.boss")))
                .andExpect(status().isNotFound());
    }

    @Test
    void enterpriseAPrincipalSeesOwnEnterprise() throws Exception {
        UUID a = enterpriseA();
        mvc.perform(get("/enterprises/{id}", a).with(page("ent.a.boss")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("示范精密机械制造有限公司")));
        mvc.perform(get("/api/v1/enterprises/{id}", a).with(api("ent.a.boss")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(a.toString()))
                .andExpect(jsonPath("$.name").value("示范精密机械制造有限公司"));
    }

    @Test
    void enterpriseAPrincipalListContainsExactlyEnterpriseA() throws Exception {
        mvc.perform(get("/api/v1/enterprises").with(api("ent.a.boss")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].id").value(enterpriseA().toString()));
    }

    @Test
    void sectorLimitedOfficialListsOnlyConstructionEnterprisesOfTheCounty() throws Exception {
        String json = list("county.zjj", "?size=500");
        int total = JsonPath.read(json, "$.totalElements");
        List<String> regions = JsonPath.read(json, "$.content[*].regionCode");
        List<List<String>> sectors = JsonPath.read(json, "$.content[*].sectors");
        assertThat(total).isGreaterThan(0);
        assertThat(regions).hasSize(total);
        assertThat(regions).allSatisfy(r -> assertThat(r).startsWith("990101"));
        assertThat(sectors).allSatisfy(s -> assertThat(s).contains("04"));
    }

    @Test
    void sectorLimitedOfficialGets404ForChemicalEnterpriseB() throws Exception {
        mvc.perform(get("/api/v1/enterprises/{id}", enterpriseB()).with(api("county.zjj")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/{id}", enterpriseB()).with(page("county.zjj")))
                .andExpect(status().isNotFound());
    }

    @Test
    void townOfficialListsOnlyItsTownIncludingAButNotB() throws Exception {
        String json = list("town.aj", "?size=500");
        List<String> regions = JsonPath.read(json, "$.content[*].regionCode");
        List<String> ids = JsonPath.read(json, "$.content[*].id");
        int total = JsonPath.read(json, "$.totalElements");
        assertThat(regions).hasSize(total).isNotEmpty();
        assertThat(regions).allSatisfy(r -> assertThat(r).startsWith("990101100"));
        assertThat(ids).contains(enterpriseA().toString()).doesNotContain(enterpriseB().toString());
    }

    @Test
    void townOfficialGets404ForEnterpriseBInAnotherTown() throws Exception {
        mvc.perform(get("/api/v1/enterprises/{id}", enterpriseB()).with(api("town.aj")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/enterprises/{id}", enterpriseA()).with(api("town.aj")))
                .andExpect(status().isOk());
    }

    @Test
    void cityOfficialSeesEnterprisesOfBothCountyAndDistrict() throws Exception {
        String json = list("city.yjj", "?size=500");
        List<String> regions = JsonPath.read(json, "$.content[*].regionCode");
        assertThat(regions).allSatisfy(r -> assertThat(r).startsWith("9901"));
        assertThat(regions).anySatisfy(r -> assertThat(r).startsWith("990101"));
        assertThat(regions).anySatisfy(r -> assertThat(r).startsWith("990102"));
    }

    @Test
    void regionFilterOutsideJurisdictionIs404() throws Exception {
        mvc.perform(get("/api/v1/enterprises").param("region", "990102000000").with(api("county.yjj")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void regionFilterInsideJurisdictionListsOnlyThatTown() throws Exception {
        String json = list("county.yjj", "?size=500&region=990101100000");
        List<String> regions = JsonPath.read(json, "$.content[*].regionCode");
        List<String> ids = JsonPath.read(json, "$.content[*].id");
        assertThat(regions).isNotEmpty().allSatisfy(r -> assertThat(r).startsWith("990101100"));
        assertThat(ids).contains(enterpriseA().toString()).doesNotContain(enterpriseB().toString());
    }

    @Test
    void malformedRegionFilterIs400ProblemWithErrors() throws Exception {
        mvc.perform(get("/api/v1/enterprises").param("region", "12345").with(api("county.yjj")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("region"))
                .andExpect(jsonPath("$.errors[0].message").value("区划代码应为12位数字"));
    }

    @Test
    void countyOfficialSeesTheFourTownsOfTheCounty() throws Exception {
        mvc.perform(get("/api/v1/regions/990101000000/children").with(api("county.yjj")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[*].code").value(contains(
                        "990101001000", "990101100000", "990101101000", "990101200000")));
    }

    @Test
    void townOfficialCannotBrowseASiblingTown() throws Exception {
        mvc.perform(get("/api/v1/regions/990101101000/children").with(api("town.aj")))
                .andExpect(status().isNotFound());
    }

    @Test
    void townOfficialBrowsesOwnTown() throws Exception {
        mvc.perform(get("/api/v1/regions/990101100000/children").with(api("town.aj")))
                .andExpect(status().isOk())
                // the demo villages, and any another test added to the town (e.g. DualPreventionGapsTest's), all in it
                .andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.hasItems("990101100201", "990101100202")))
                .andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.startsWith("990101100"))));
    }

    @Test
    void townOfficialNavigatingFromTheCountySeesOnlyOwnTown() throws Exception {
        mvc.perform(get("/api/v1/regions/990101000000/children").with(api("town.aj")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].code").value("990101100000"))
                .andExpect(jsonPath("$[0].name").value("东关镇"));
    }

    @Test
    void expertGets404ForEnterpriseA() throws Exception {
        mvc.perform(get("/api/v1/enterprises/{id}", enterpriseA()).with(api("expert1")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/{id}", enterpriseA()).with(page("expert1")))
                .andExpect(status().isNotFound());
    }

    @Test
    void unauthenticatedApiCallIs401Problem() throws Exception {
        mvc.perform(get("/api/v1/enterprises"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }
}
