package org.zhiben.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ZhibenTest;
import org.zhiben.common.LiveMetric;
import org.zhiben.common.LiveMetrics;

/**
 * 执法人员培训 (seed 002 task 10) against a hand-counted fixture in fictional towns of the demo county. Period 2015
 * (a year nobody else records): town 193 has P1 trained on 2015-01-01, P2 only on 2014-12-31, P3 on 2015-12-31; town
 * 194 has P4 trained only on 2016-01-01, P5 trained in 2015 but whose 执法证 expired on 2014-12-31 (not counted), P6
 * whose 执法证 starts on 2015-12-31 and never trained. Coverage: 193 → 2 of 3, 194 → 0 of 2, total 2 of 5 = 40.0 %.
 * The live metric (current year) over town 195: Q1 trained this year, Q2 and Q3 (trained on last year's 12-31) not.
 */
@ZhibenTest
class OfficerTrainingTest {

    private static final String PASSWORD = "Demo@12345";
    private static final String T193 = "990101193000";
    private static final String T194 = "990101194000";
    private static final String T195 = "990101195000";
    private static final String TOWN_XIHE = "990101101000";

    private static final Map<String, UUID> ids = new java.util.HashMap<>();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LiveMetrics metrics;
    @Autowired
    OfficerTrainings trainings;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    private UUID officer(String key, String region, String from, String until) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into enforcement_officer (id, user_id, name, cert_no, valid_from, valid_until, region_code,"
                + " sectors, office, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, '', ?, 0, ?, ?)",
                id, UUID.randomUUID(), "培训测试" + key, "PXCS-" + key + "-" + id.toString().substring(0, 8),
                LocalDate.parse(from), LocalDate.parse(until), region, "培训测试执法站", now, now);
        ids.put(key, id);
        return id;
    }

    private void training(String key, LocalDate on) {
        jdbc.update("insert into enforcement_officer_training (id, officer_id, trained_on, topic, hours, organiser,"
                + " created_at) values (?, ?, ?, '培训测试课程', 8.0, '培训测试单位', ?)", UUID.randomUUID(), ids.get(key), on,
                Timestamp.from(Instant.now()));
    }

    @BeforeEach
    void fixture() {
        synchronized (OfficerTrainingTest.class) {
            if (!ids.isEmpty()) {
                return;
            }
            // a kept database (PostgreSQL) may hold an earlier run's fixture
            jdbc.update("delete from enforcement_officer_training where officer_id in (select id from enforcement_officer"
                    + " where cert_no like 'PXCS-%')");
            jdbc.update("delete from enforcement_officer where cert_no like 'PXCS-%'");
            officer("P1", "990101193001", "2010-01-01", "2030-12-31");
            training("P1", LocalDate.parse("2015-01-01"));
            officer("P2", T193, "2010-01-01", "2030-12-31");
            training("P2", LocalDate.parse("2014-12-31"));
            officer("P3", "990101193002", "2010-01-01", "2030-12-31");
            training("P3", LocalDate.parse("2015-12-31"));
            officer("P4", T194, "2010-01-01", "2030-12-31");
            training("P4", LocalDate.parse("2016-01-01"));
            officer("P5", T194, "2010-01-01", "2014-12-31");
            training("P5", LocalDate.parse("2015-06-01"));
            officer("P6", T194, "2015-12-31", "2030-12-31");
            LocalDate today = trainings.today();
            officer("Q1", T195, "2010-01-01", "2099-12-31");
            training("Q1", today);
            officer("Q2", T195, "2010-01-01", "2099-12-31");
            officer("Q3", T195, "2010-01-01", "2099-12-31");
            training("Q3", today.withDayOfYear(1).minusDays(1));
            officer("X1", TOWN_XIHE, "2010-01-01", "2030-12-31");
        }
    }

    private ResultActions get(String url, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(httpBasic(user, PASSWORD)));
    }

    private ResultActions post(String url, String body, String user, String key) throws Exception {
        var r = MockMvcRequestBuilders.post(url).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (key != null) {
            r.header("Idempotency-Key", key);
        }
        return mvc.perform(r);
    }

    private static String body(String on, String topic, String hours, String organiser) {
        return "{\"trainedOn\":" + (on == null ? "null" : "\"" + on + "\"") + ",\"topic\":\"" + topic
                + "\",\"hours\":" + hours + ",\"organiser\":\"" + organiser + "\"}";
    }

    @Test
    void theCoverageOf2015MatchesTheHandCount() throws Exception {
        String r = get("/api/v1/enforcement/officers/training-coverage?from=2015-01-01&to=2015-12-31", "county.yjj")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(r, "$.byRegion[?(@.regionCode == '" + T193 + "')].officers"))
                .containsExactly(3);
        assertThat(JsonPath.<List<Integer>>read(r, "$.byRegion[?(@.regionCode == '" + T193 + "')].trained"))
                .containsExactly(2);
        assertThat(JsonPath.<List<Integer>>read(r, "$.byRegion[?(@.regionCode == '" + T194 + "')].officers"))
                .containsExactly(2);
        assertThat(JsonPath.<List<Integer>>read(r, "$.byRegion[?(@.regionCode == '" + T194 + "')].trained"))
                .containsExactly(0);
        List<String> untrained = JsonPath.read(r, "$.untrained[*].id");
        assertThat(untrained).contains(ids.get("P2").toString(), ids.get("P4").toString(), ids.get("P6").toString())
                .doesNotContain(ids.get("P1").toString(), ids.get("P3").toString(), ids.get("P5").toString());

        // a town's own view: one level down is the village; the total is its own officers
        signInAs("county.yjj");
        OfficerTrainings.Coverage c = trainings.coverage(LocalDate.parse("2015-01-01"), LocalDate.parse("2015-12-31"));
        OfficerTrainings.Row t193 = c.byRegion().stream().filter(x -> x.regionCode().equals(T193)).findFirst()
                .orElseThrow();
        assertThat(t193.rate()).isEqualByComparingTo("66.7");

        // the default period is the current year: Q1 trained, Q2 and Q3 not
        String now = get("/api/v1/enforcement/officers/training-coverage", "county.yjj").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(now, "$.from")).isEqualTo(trainings.today().withDayOfYear(1).toString());
        assertThat(JsonPath.<List<String>>read(now, "$.untrained[*].id")).contains(ids.get("Q3").toString())
                .doesNotContain(ids.get("Q1").toString());

        // to before from: 400 beside the field
        get("/api/v1/enforcement/officers/training-coverage?from=2015-02-01&to=2015-01-01", "county.yjj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    private void signInAs(String username) {
        var u = users.loadUserByUsername(username);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(u, null,
                        u.getAuthorities()));
    }

    @Test
    void aTownOfficialSeesNeitherASiblingTownsNorTheCountysOfficers() throws Exception {
        String url = "/api/v1/enforcement/officers/" + ids.get("X1") + "/trainings";
        post(url, body("2015-03-01", "越权登记", "8", "测试"), "town.aj", null).andExpect(status().isNotFound());
        get(url, "town.aj").andExpect(status().isNotFound());
        // the county's officer is visible to the town (directory rule) but not the town's to train
        post("/api/v1/enforcement/officers/" + ids.get("P1") + "/trainings", body("2015-03-01", "越权登记", "8", "测试"),
                "town.aj", null).andExpect(status().isNotFound());
        // the town's own coverage holds no sibling town
        get("/api/v1/enforcement/officers/training-coverage?from=2015-01-01&to=2015-12-31", "town.aj")
                .andExpect(status().isOk()).andExpect(jsonPath("$.untrained[*].id", not(hasItem(ids.get("P4")
                        .toString()))));
        assertThat(jdbc.queryForObject("select count(*) from enforcement_officer_training where topic = '越权登记'",
                Integer.class)).isZero();
    }

    @Test
    void badInputIsRefusedBesideTheFieldAndNothingIsWritten() throws Exception {
        String url = "/api/v1/enforcement/officers/" + ids.get("P2") + "/trainings";
        post(url, body("2015-03-01", "坏输入", "0", "测试"), "county.yjj", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("hours")));
        post(url, body("2015-03-01", "坏输入", "200.1", "测试"), "county.yjj", null).andExpect(status().isBadRequest());
        post(url, body(trainings.today().plusDays(1).toString(), "坏输入", "8", "测试"), "county.yjj", null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(hasItem("trainedOn")));
        post(url, body("9999-12-31", "坏输入", "8", "测试"), "county.yjj", null).andExpect(status().isBadRequest());
        post(url, body("2015-03-01", "长".repeat(201), "8", "测试"), "county.yjj", null)
                .andExpect(status().isBadRequest());
        post(url, body("2015-03-01", "坏输入", "8", "组".repeat(101)), "county.yjj", null)
                .andExpect(status().isBadRequest());
        post(url, body(null, "坏输入", "8", "测试"), "county.yjj", null).andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from enforcement_officer_training where officer_id = ?",
                Integer.class, ids.get("P2"))).isEqualTo(1);
        // exactly 200 学时 is allowed, as is a text of 200 characters
        post(url, body("2013-03-01", "边".repeat(200), "200", "测试"), "county.yjj", null)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.hours").value(200.0));
    }

    @Test
    void aRetriedSubmitRecordsOnceWithOneAuditEntryAndMovesTheMetric() throws Exception {
        LiveMetric metric = metrics.find("enforcement.officer.training.coverage").orElseThrow();
        assertThat(metric.measure(LiveMetric.Area.region(T195))).isEqualByComparingTo("33.3");

        String url = "/api/v1/enforcement/officers/" + ids.get("Q2") + "/trainings";
        String first = body(trainings.today().withDayOfYear(1).toString(), "执法能力提升培训", "16", "示范县应急管理局");
        String key = UUID.randomUUID().toString();
        String a = post(url, first, "county.yjj", key).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        String b = post(url, first, "county.yjj", key).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<String>read(b, "$.id")).isEqualTo(JsonPath.<String>read(a, "$.id"));
        assertThat(jdbc.queryForObject("select count(*) from enforcement_officer_training where officer_id = ?",
                Integer.class, ids.get("Q2"))).isEqualTo(1);
        UUID id = UUID.fromString(JsonPath.read(a, "$.id"));
        assertThat(jdbc.queryForObject("select (select count(*) from audit_pending where entity_id = ?)"
                + " + (select count(*) from audit_entry where entity_id = ?)", Integer.class, id.toString(), id.toString())).isEqualTo(1);
        get(url, "county.yjj").andExpect(jsonPath("$[0].topic").value("执法能力提升培训"))
                .andExpect(jsonPath("$[0].hours").value(16.0));

        // Q1 and Q2 of three: 66.7 %
        assertThat(metric.measure(LiveMetric.Area.region(T195))).isEqualByComparingTo("66.7");
        assertThat(metric.label()).isEqualTo("安全监管执法人员年度培训覆盖率");
        assertThat(metric.unit()).isEqualTo("%");
    }

    @Test
    void thePageShowsTheCoverageTheUntrainedAndTheFormMessages() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/enforcement/officers?from=2015-01-01&to=2015-12-31")
                .with(user(users.loadUserByUsername("county.yjj")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"coverage-list\"")))
                .andExpect(content().string(containsString("培训测试P6")))
                .andExpect(content().string(containsString("1次 8.0学时(最近 2015-01-01)")));
        // a far date in the period: the period's message beside it, the page with the default period
        mvc.perform(MockMvcRequestBuilders.get("/enforcement/officers?from=2999-01-01")
                .with(user(users.loadUserByUsername("county.yjj")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("日期应在 1900-01-01 至 2100-12-31 之间")));
        mvc.perform(MockMvcRequestBuilders.post("/enforcement/officers/trainings").with(csrf())
                .with(user(users.loadUserByUsername("county.yjj")))
                .param("idempotencyKey", UUID.randomUUID().toString()).param("officerId", ids.get("P6").toString())
                .param("trainedOn", "2015-03-01").param("topic", "页面坏输入").param("hours", "0")
                .param("organiser", "测试")).andExpect(status().isOk())
                .andExpect(content().string(containsString("学时应大于0且不超过200")));
        mvc.perform(MockMvcRequestBuilders.post("/enforcement/officers/trainings").with(csrf())
                .with(user(users.loadUserByUsername("county.yjj")))
                .param("idempotencyKey", UUID.randomUUID().toString()).param("officerId", ids.get("P6").toString())
                .param("trainedOn", "2014-03-01").param("topic", "页面登记").param("hours", "4.5")
                .param("organiser", "测试")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select hours from enforcement_officer_training where officer_id = ?",
                BigDecimal.class, ids.get("P6"))).isEqualByComparingTo("4.5");
    }
}
