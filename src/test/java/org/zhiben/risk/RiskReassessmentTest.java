package org.zhiben.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhiben.ZhibenTest;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.NotFoundException;
import org.zhiben.identity.CurrentUser;
import org.zhiben.risk.assessment.RiskAssessments;
import tools.jackson.databind.ObjectMapper;

/** Reassessment: due a year after the last assessment, brought forward by other modules, listed when due. */
@ZhibenTest
class RiskReassessmentTest {

    private static final String SAFETY = "ent.a.safety";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    RiskAssessments assessments;
    @Autowired
    AuditTrail audit;

    private RiskApi api;
    private UUID a;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        api = new RiskApi(mvc, json);
        a = ((CurrentUser) userDetails.loadUserByUsername(SAFETY)).enterpriseId();
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private List<String> dueUnits(String query, String username) throws Exception {
        return JsonPath.read(api.getJson("/api/v1/risk/reassessments/due?size=500" + query, username),
                "$.content[*].unitId");
    }

    @Test
    void aUnitIsDueAYearAfterTheLastAssessmentOfAnyOfItsEvents() throws Exception {
        String unit = api.unit(api.object(a, "到期测试对象", SAFETY), "到期测试单元", SAFETY);
        api.event(unit, "未评估事件", SAFETY);
        api.get("/api/v1/risk/units/" + unit, SAFETY).andExpect(jsonPath("$.reassessmentDue").doesNotExist());
        api.assessOk(api.event(unit, "评估事件", SAFETY), "INHERENT", "LS", SAFETY, "l", 2, "s", 2);
        api.get("/api/v1/risk/units/" + unit, SAFETY)
                .andExpect(jsonPath("$.reassessmentDue").value(today.plusYears(1).toString()));
        assertThat(dueUnits("&enterpriseId=" + a, SAFETY)).doesNotContain(unit);
    }

    @Test
    void broughtForwardTheUnitIsDueTodayAndListedForTheEnterpriseAndOfficialsInScope() throws Exception {
        String unit = api.unit(api.object(a, "提前测试对象", SAFETY), "提前测试单元", SAFETY);
        String event = api.event(unit, "提前测试事件", SAFETY);
        api.assessOk(event, "INHERENT", "LEC", SAFETY, "l", 3, "e", 6, "c", 7);

        // as another module would, e.g. from an event listener with nobody signed in
        assessments.bringForwardReassessment(UUID.fromString(unit), "发生机械伤害事故");

        api.get("/api/v1/risk/units/" + unit, SAFETY)
                .andExpect(jsonPath("$.reassessmentDue").value(today.toString()))
                .andExpect(jsonPath("$.reassessmentReason").value("发生机械伤害事故"));
        assertThat(audit.historyOf("RiskAnalysisUnit", unit).get(0).action()).isEqualTo("REASSESS_EARLY");
        assertThat(audit.historyOf("RiskAnalysisUnit", unit).get(0).actor()).isEqualTo("system");

        String own = api.getJson("/api/v1/risk/reassessments/due?size=500&enterpriseId=" + a, "ent.a.worker");
        assertThat((List<String>) JsonPath.read(own, "$.content[?(@.unitId == '" + unit + "')].reason"))
                .containsExactly("发生机械伤害事故");
        assertThat((List<String>) JsonPath.read(own, "$.content[?(@.unitId == '" + unit + "')].level"))
                .containsExactly("GENERAL");
        assertThat((List<String>) JsonPath.read(own, "$.content[?(@.unitId == '" + unit + "')].enterpriseName"))
                .containsExactly("示范精密机械制造有限公司");
        assertThat(dueUnits("", "ent.a.boss")).contains(unit);
        assertThat(dueUnits("", "town.aj")).contains(unit);
        assertThat(dueUnits("", "county.yjj")).contains(unit);
        assertThat(dueUnits("", "admin")).contains(unit);
        assertThat(dueUnits("", "county.zjj")).doesNotContain(unit);
        assertThat(dueUnits("", "ent.b.boss")).doesNotContain(unit);
        assertThat(dueUnits("", "expert1")).isEmpty();

        // other tests' accidents bring whole enterprises forward: open the page (50 a page) the unit is on
        int townPage = dueUnits("", "town.aj").indexOf(unit) / 50;
        mvc.perform(get("/risk/reassessments").param("page", String.valueOf(townPage))
                        .with(user(userDetails.loadUserByUsername("town.aj"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("提前测试单元")))
                .andExpect(content().string(containsString("发生机械伤害事故")))
                .andExpect(content().string(containsString("今日到期")));
        int ownPage = dueUnits("&enterpriseId=" + a, SAFETY).indexOf(unit) / 50;
        mvc.perform(get("/risk/enterprises/{id}/reassessments", a).param("page", String.valueOf(ownPage))
                        .with(user(userDetails.loadUserByUsername("ent.a.worker"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("提前测试单元")));
        mvc.perform(get("/risk/reassessments").with(user(userDetails.loadUserByUsername("county.zjj"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("提前测试单元"))));

        api.assessOk(event, "RESIDUAL", "LS", SAFETY, "l", 1, "s", 2);
        api.get("/api/v1/risk/units/" + unit, SAFETY)
                .andExpect(jsonPath("$.reassessmentDue").value(today.plusYears(1).toString()))
                .andExpect(jsonPath("$.reassessmentReason").doesNotExist());
        assertThat(dueUnits("&enterpriseId=" + a, SAFETY)).doesNotContain(unit);
    }

    @Test
    void anAccidentReportedByTheEnterpriseBringsEveryOneOfItsUnitsForward() throws Exception {
        String unit = api.unit(api.object(a, "事故复评测试对象", SAFETY), "事故复评测试单元", SAFETY);
        api.assessOk(api.event(unit, "事故复评测试事件", SAFETY), "INHERENT", "LS", SAFETY, "l", 2, "s", 2);
        assertThat(dueUnits("&enterpriseId=" + a, SAFETY)).doesNotContain(unit);

        Instant occurred = Instant.now().minus(Duration.ofMinutes(20));
        Map<String, Object> accident = new LinkedHashMap<>();
        accident.put("place", "二号车间");
        accident.put("occurredAt", occurred.toString());
        accident.put("knownAt", occurred.plus(Duration.ofMinutes(3)).toString());
        accident.put("categoryCode", "03");
        accident.put("deaths", 0);
        accident.put("missing", 0);
        accident.put("seriousInjuries", 1);
        accident.put("directLossYuan", 20000);
        accident.put("summary", "测试事故:机械伤害");
        api.post("/api/v1/accidents", accident, SAFETY).andExpect(status().isCreated());

        // after commit, through the event publication registry
        await().atMost(Duration.ofSeconds(20)).until(() -> dueUnits("&enterpriseId=" + a, SAFETY).contains(unit));
        api.get("/api/v1/risk/units/" + unit, SAFETY)
                .andExpect(jsonPath("$.reassessmentDue").value(today.toString()))
                .andExpect(jsonPath("$.reassessmentReason").value("发生一般事故,提前复评"));
        assertThat(audit.historyOf("RiskAnalysisUnit", unit).get(0).action()).isEqualTo("REASSESS_EARLY");
        // another enterprise's units are not touched
        assertThat(dueUnits("", "ent.b.boss")).doesNotContain(unit);
    }

    @Test
    void bringingForwardNeedsAnExistingUnitAndAReason() throws Exception {
        assertThatThrownBy(() -> assessments.bringForwardReassessment(UUID.randomUUID(), "事故"))
                .isInstanceOf(NotFoundException.class);
        String unit = api.unit(api.object(a, "原因测试对象", SAFETY), "原因测试单元", SAFETY);
        assertThatThrownBy(() -> assessments.bringForwardReassessment(UUID.fromString(unit), " "))
                .hasMessageContaining("原因");
    }
}
