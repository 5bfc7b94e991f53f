package org.zhiben.standardization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ZhibenTest;
import org.zhiben.common.LiveMetric;
import org.zhiben.common.LiveMetrics;
import org.zhiben.common.Uscc;
import org.zhiben.common.Zones;
import org.zhiben.directory.EnterpriseData;
import org.zhiben.directory.EnterpriseScale;
import org.zhiben.directory.EnterpriseStatus;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.StandardizationGrade;
import org.zhiben.directory.UnitType;
import org.zhiben.identity.AccountForm;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;
import tools.jackson.databind.ObjectMapper;

/**
 * A 标准化 grading through the API on an enterprise of the test's own: scope (404 outside), bad input 400, stale 409,
 * the whole way to a certificate with a reviewer drawn from the pool, the registry's grade and the coverage metric
 * following it, an accident flagging the grade, expiry telling the registry.
 */
@ZhibenTest
class StandardizationApiTest {

    private static final String PASSWORD = "Demo@12345";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Enterprises enterprises;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Gradings gradings;
    @Autowired
    LiveMetrics metrics;

    private ResultActions post(String url, Object body, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : json.writeValueAsString(body)));
    }

    private ResultActions get(String url, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(httpBasic(user, PASSWORD)));
    }

    private ResultActions page(String url, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(SecurityMockMvcRequestPostProcessors.user(
                users.loadUserByUsername(user))));
    }

    private void runAs(String username) {
        CurrentUser u = (CurrentUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
    }

    /** A 规上 machinery firm in 东关村 with its principal's account; answers the principal's username. */
    private String enterpriseWithPrincipal() {
        int serial = 9_000_000 + ThreadLocalRandom.current().nextInt(999_999);
        String first17 = "91990101" + String.format("MA%07d", serial);
        try {
            runAs("county.yjj");
            UUID id = enterprises.register(new EnterpriseData(first17 + Uscc.checkCharacter(first17), "测试标准化机械"
                    + serial + "有限公司", UnitType.FACTORY_MINE, Set.of("03"), "C", "990101100201", "测试路1号", "测某",
                    "13800009999", "测某", null, "测安全", "13900009999", EnterpriseScale.ABOVE, false,
                    StandardizationGrade.NONE, EnterpriseStatus.OPERATING), null);
            runAs("admin");
            String username = "std.boss." + serial;
            accounts.create(new AccountForm(username, "测某", PASSWORD, Role.ENTERPRISE_PRINCIPAL, null, null, id, null,
                    null, true, false));
            return username;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private UUID enterpriseOf(String username) {
        return ((CurrentUser) users.loadUserByUsername(username)).enterpriseId();
    }

    private static Map<String, Object> selfAssessment(UUID enterprise, String level, int... scores) {
        Map<String, Integer> s = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            s.put("E" + (i + 1), scores[i]);
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("enterpriseId", enterprise.toString());
        r.put("level", level);
        r.put("scores", s);
        return r;
    }

    private long version(String id, String user) throws Exception {
        return ((Number) JsonPath.read(get("/api/v1/standardization/gradings/" + id, user).andReturn().getResponse()
                .getContentAsString(), "$.version")).longValue();
    }

    private String grade(UUID enterprise) {
        return jdbc.queryForObject("select standardization_grade from directory_enterprise where id = ?", String.class,
                enterprise);
    }

    @Test
    void aGradeIsEarnedFlaggedAndExpires() throws Exception {
        String boss = enterpriseWithPrincipal();
        UUID e = enterpriseOf(boss);
        String base = "/api/v1/standardization/gradings";
        LiveMetric coverage = metrics.find("standardization.coverage").orElseThrow();
        LiveMetric.Area village = LiveMetric.Area.region("990101100201");
        BigDecimal before = coverage.measure(village);

        // bad input: a score over the element's maximum, no level
        post(base, selfAssessment(e, "GRADE_3", 15, 10, 10, 26, 20, 10, 5, 5), boss).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scores.E4"));
        post(base, selfAssessment(e, null, 10, 8, 8, 20, 15, 7, 4, 3), boss).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
        // another enterprise's manager may not self-assess it, and does not learn it exists
        post(base, selfAssessment(e, "GRADE_3", 10, 8, 8, 20, 15, 7, 4, 3), "ent.b.boss").andExpect(status().isNotFound());
        String body = post(base, selfAssessment(e, "GRADE_3", 10, 8, 8, 20, 15, 7, 4, 3), boss)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.selfScore").value(75))
                .andExpect(jsonPath("$.state").value("SELF_ASSESSED")).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        post(base, selfAssessment(e, "GRADE_3", 10, 8, 8, 20, 15, 7, 4, 3), boss).andExpect(status().isBadRequest());
        for (String outsider : List.of("ent.a.boss", "ent.b.boss", "county.zjj", "expert1")) {
            get(base + "/" + id, outsider).andExpect(status().isNotFound());
            page("/standardization/" + id, outsider).andExpect(status().isNotFound());
        }
        page("/standardization/" + id, boss).andExpect(status().isOk());

        long v = version(id, boss);
        post(base + "/" + id + "/apply", Map.of("version", v + 1), boss).andExpect(status().isConflict());
        post(base + "/" + id + "/apply", Map.of("version", v), "county.yjj").andExpect(status().isForbidden());
        post(base + "/" + id + "/apply", Map.of("version", v), boss).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPLIED"));
        post(base + "/" + id + "/actions", Map.of("version", version(id, boss), "action", "ACCEPT"), boss)
                .andExpect(status().isForbidden());
        post(base + "/" + id + "/actions", Map.of("version", version(id, boss), "action", "ANNOUNCE"), "county.yjj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("state"));
        post(base + "/" + id + "/actions", Map.of("version", version(id, boss), "action", "ACCEPT"), "county.yjj")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACCEPTED"));
        post(base + "/" + id + "/review", Map.of("version", version(id, boss), "score", 80, "opinion", "好"), "county.yjj")
                .andExpect(status().isBadRequest());
        String today = LocalDate.now(Zones.CHINA).toString();
        post(base + "/" + id + "/reviewer", Map.of("version", version(id, boss), "from", today, "until", "2020-01-01"),
                "county.yjj").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("until"));
        // a reviewer whose assignment is withdrawn is replaced by a new draw; one still running is not
        Map<String, Object> window = Map.of("from", today, "until", LocalDate.now(Zones.CHINA).plusDays(3).toString());
        Map<String, Object> draw = new LinkedHashMap<>(window);
        draw.put("version", version(id, boss));
        String withdrawn = JsonPath.read(post(base + "/" + id + "/reviewer", draw, "county.yjj")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.reviewAssignmentId");
        draw.put("version", version(id, boss));
        post(base + "/" + id + "/reviewer", draw, "county.yjj").andExpect(status().isBadRequest());
        Object assignmentVersion = JsonPath.read(get("/api/v1/expert/assignments/" + withdrawn, "county.yjj")
                .andReturn().getResponse().getContentAsString(), "$.assignment.version");
        post("/api/v1/expert/assignments/" + withdrawn + "/cancel", Map.of("version", assignmentVersion, "reason",
                "评审专家申请回避"), "county.yjj").andExpect(status().isOk());
        draw.put("version", version(id, boss));
        String drawn = post(base + "/" + id + "/reviewer", draw, "county.yjj").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(drawn, "$.reviewAssignmentId")).isNotEqualTo(withdrawn);
        String assignment = JsonPath.read(drawn, "$.reviewAssignmentId");
        String a = get("/api/v1/expert/assignments/" + assignment, "county.yjj").andExpect(status().isOk())
                .andExpect(jsonPath("$.assignment.kind").value("STANDARDIZATION_REVIEW"))
                .andExpect(jsonPath("$.assignment.method").value("DRAWN")).andReturn().getResponse().getContentAsString();
        // expert1 once worked elsewhere; it is simply a candidate or not, but never outside the record
        String expertUser = JsonPath.read(a, "$.assignment.expertUserId");
        post(base + "/" + id + "/review", Map.of("version", version(id, boss), "score", 80, "opinion", "好"), "county.yjj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value("评审专家尚未提交报告"));
        String expertName = accounts.usersWithRole(Role.EXPERT).stream().filter(u -> u.id().toString().equals(expertUser))
                .findFirst().orElseThrow().username();
        post("/api/v1/expert/assignments/" + assignment + "/report", Map.of("version", JsonPath.<Object>read(a,
                "$.assignment.version"), "findings", "现场与资料相符", "conclusion", "建议评为三级"), expertName)
                .andExpect(status().isOk());
        post(base + "/" + id + "/review", Map.of("version", version(id, boss), "score", 101, "opinion", "好"),
                "county.yjj").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("score"));
        post(base + "/" + id + "/review", Map.of("version", version(id, boss), "score", 78, "opinion", "达到三级"),
                "county.yjj").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("REVIEWED"));
        post(base + "/" + id + "/actions", Map.of("version", version(id, boss), "action", "APPROVE"), "county.yjj")
                .andExpect(status().isOk());
        assertThat(grade(e)).isEqualTo("NONE");
        post(base + "/" + id + "/actions", Map.of("version", version(id, boss), "action", "ANNOUNCE"), "county.yjj")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CERTIFIED"))
                .andExpect(jsonPath("$.validFrom").value(today))
                .andExpect(jsonPath("$.validUntil").value(LocalDate.now(Zones.CHINA).plusYears(3).minusDays(1).toString()))
                .andExpect(jsonPath("$.regradingDue").value(false));
        assertThat(grade(e)).isEqualTo("GRADE_3");
        // the live metric: one more graded 规上 enterprise in the village, checked against the registry
        Map<String, Object> counts = jdbc.queryForMap("select count(*) as n, sum(case when standardization_grade <> 'NONE'"
                + " then 1 else 0 end) as g from directory_enterprise where scale = 'ABOVE' and status <> 'CLOSED' and"
                + " region_code between ? and ?", village.low(), village.high());
        BigDecimal expected = BigDecimal.valueOf(((Number) counts.get("g")).longValue() * 100).divide(
                BigDecimal.valueOf(((Number) counts.get("n")).longValue()), 1, java.math.RoundingMode.HALF_UP);
        assertThat(coverage.measure(village)).isEqualByComparingTo(expected).isGreaterThan(before);

        // against 资料达标: officials see live data beside the grade; the enterprise does not
        get(base + "/" + id + "/plausibility", "county.yjj").andExpect(status().isOk())
                .andExpect(jsonPath("$.openHazards").value(0)).andExpect(jsonPath("$.warnings[0]").exists());
        get(base + "/" + id + "/plausibility", boss).andExpect(status().isForbidden());
        page("/standardization/" + id, "county.yjj").andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("plausibility")));
        // the certificate's action form chooses nothing by itself (撤销 is one of its actions) and asks first
        String detail = page("/standardization/" + id, "county.yjj").andReturn().getResponse().getContentAsString();
        assertThat(detail).containsPattern("<select[^>]*id=\"action\"[^>]*>\\s*<option value=\"\">请选择</option>")
                .contains("data-confirm=\"所选办理提交后不能撤回,确定?\"");
        String unchosen = mvc.perform(MockMvcRequestBuilders.post("/standardization/" + id + "/actions")
                        .with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("county.yjj")))
                        .with(SecurityMockMvcRequestPostProcessors.csrf())
                        .param("version", String.valueOf(version(id, boss))).param("action", "")
                        .param("reason", "测试"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unchosen).contains("请选择操作");
        get(base + "/" + id, "county.yjj").andExpect(jsonPath("$.state").value("CERTIFIED"));

        // an accident during validity flags the grade for review (after commit)
        Map<String, Object> accident = new LinkedHashMap<>();
        // on the certificate's first day even when the test runs just after midnight in China
        Instant now = Instant.now();
        Instant occurred = java.util.Collections.max(List.of(now.minus(Duration.ofMinutes(10)),
                LocalDate.parse(today).atStartOfDay(Zones.CHINA).toInstant()));
        accident.put("place", "一号车间");
        accident.put("occurredAt", occurred.toString());
        accident.put("knownAt", now.toString());
        accident.put("categoryCode", "03");
        accident.put("deaths", 0);
        accident.put("missing", 0);
        accident.put("seriousInjuries", 1);
        accident.put("directLossYuan", 30000);
        accident.put("summary", "测试事故:冲床压伤手指");
        post("/api/v1/accidents", accident, boss).andExpect(status().isCreated());
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select review_flagged from standardization_grading where id = ?", Boolean.class, UUID.fromString(id)));
        get(base + "?flagged=true", "county.yjj").andExpect(jsonPath("$.content[?(@.id == '" + id + "')]").exists());
        get(base + "?flagged=true&size=1", "county.yjj").andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.size").value(1));
        get(base + "?size=0", "county.yjj").andExpect(status().isBadRequest());
        post(base + "/" + id + "/actions", Map.of("version", version(id, boss), "action", "CLEAR_FLAG", "reason", " "),
                "county.yjj").andExpect(status().isBadRequest());

        assertThat(grade(e)).isEqualTo("GRADE_3");
    }

    @Test
    void aCertificateFromBeforeThePlatformIsEnteredExpiresAndIsRevoked() throws Exception {
        String boss = enterpriseWithPrincipal();
        UUID e = enterpriseOf(boss);
        // issued three years ago tomorrow: today is its last day (demo certificates all run longer)
        LocalDate today = LocalDate.now(Zones.CHINA);
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("enterpriseId", e.toString());
        old.put("level", "GRADE_3");
        old.put("certificateNo", "测试证〔2023〕009号");
        old.put("validFrom", today.minusYears(3).plusDays(1).toString());
        String expiring = JsonPath.read(post("/api/v1/standardization/certificates", old, "county.yjj")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.validUntil").value(today.toString()))
                .andReturn().getResponse().getContentAsString(), "$.id");
        assertThat(grade(e)).isEqualTo("GRADE_3");
        runAs("county.yjj");
        try {
            gradings.expireDue(today);
            assertThat(gradings.get(UUID.fromString(expiring)).state()).isEqualTo(GradingState.CERTIFIED);
            gradings.expireDue(today.plusDays(1));
            assertThat(gradings.get(UUID.fromString(expiring)).state()).isEqualTo(GradingState.EXPIRED);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(grade(e)).isEqualTo("NONE");

        Map<String, Object> c = new LinkedHashMap<>();
        c.put("enterpriseId", e.toString());
        c.put("level", "GRADE_2");
        c.put("certificateNo", "测试证〔2024〕001号");
        c.put("validFrom", LocalDate.now(Zones.CHINA).minusYears(3).plusMonths(2).toString());
        post("/api/v1/standardization/certificates", c, boss).andExpect(status().isForbidden());
        post("/api/v1/standardization/certificates", c, "county.zjj").andExpect(status().isNotFound());
        String body = post("/api/v1/standardization/certificates", c, "county.yjj").andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("CERTIFIED")).andExpect(jsonPath("$.regradingDue").value(true))
                .andReturn().getResponse().getContentAsString();
        assertThat(grade(e)).isEqualTo("GRADE_2");
        post("/api/v1/standardization/certificates", c, "county.yjj").andExpect(status().isBadRequest());
        String id = JsonPath.read(body, "$.id");
        post("/api/v1/standardization/gradings/" + id + "/actions", Map.of("version", version(id, boss), "action",
                "REVOKE"), "county.yjj").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field")
                .value("reason"));
        post("/api/v1/standardization/gradings/" + id + "/actions", Map.of("version", version(id, boss), "action",
                "NOPE"), "county.yjj").andExpect(status().isBadRequest());
        post("/api/v1/standardization/gradings/" + id + "/actions", Map.of("version", version(id, boss), "action",
                "REVOKE", "reason", "发生较大事故"), "county.yjj").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REVOKED"));
        assertThat(grade(e)).isEqualTo("NONE");
        page("/standardization", "county.yjj").andExpect(status().isOk());
        page("/standardization", boss).andExpect(status().isOk());
        for (String region : List.of("110000000000", "abc")) {
            // a region outside the jurisdiction, or no code at all: said beside the filter, the page still shows
            page("/standardization?region=" + region, "county.yjj").andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .string(org.hamcrest.Matchers.containsString("区划不在您的管辖范围内")));
        }
    }
}
