package org.zhiben.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ZhibenTest;
import org.zhiben.common.LiveMetric;
import org.zhiben.identity.CurrentUser;
import org.zhiben.risk.RiskInventory;
import org.zhiben.risk.RiskLevel;
import tools.jackson.databind.ObjectMapper;

/**
 * The monitoring API on the demo data, with points of enterprise A (ent.a.safety) created per test. Readings are sent
 * with timestamps two days back, so the offline and escalation jobs, called with instants of that time, touch only
 * these tests' points and alarms (never the demo's).
 */
@ZhibenTest
class MonitoringApiTest {

    private static final String PASSWORD = "Demo@12345";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService users;
    @Autowired
    RiskInventory inventory;
    @Autowired
    MonitoringAlarms alarms;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<LiveMetric> metrics;

    private ResultActions send(MockHttpServletRequestBuilder r, Object body, String user) throws Exception {
        return mvc.perform(r.with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : json.writeValueAsString(body)));
    }

    private ResultActions get(String url, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(httpBasic(user, PASSWORD)));
    }

    private CurrentUser user(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }

    private UUID unitOf(String username) {
        CurrentUser u = user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        try {
            return inventory.units(u.enterpriseId(), PageRequest.of(0, 1)).getContent().get(0).id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Map<String, Object> pointBody(String code) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", code);
        p.put("name", "测试液位");
        p.put("unitId", unitOf("ent.a.safety").toString());
        p.put("quantity", "LEVEL");
        p.put("measureUnit", "m");
        p.put("rangeLow", 0);
        p.put("rangeHigh", 10);
        p.put("lowLow", 0.5);
        p.put("low", 1.0);
        p.put("high", 8.0);
        p.put("highHigh", 9.0);
        p.put("deadBand", 0.2);
        p.put("intervalSeconds", 10);
        return p;
    }

    private String createPoint(String code) throws Exception {
        UUID a = user("ent.a.safety").enterpriseId();
        return JsonPath.read(send(MockMvcRequestBuilders.post("/api/v1/monitoring/enterprises/" + a + "/points"),
                pointBody(code), "ent.a.safety").andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id");
    }

    private static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> reading(String code, Instant ts, Object value) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("pointCode", code);
        r.put("ts", ts.toString());
        r.put("value", value);
        return r;
    }

    private String ingest(List<?> batch) throws Exception {
        return send(MockMvcRequestBuilders.post("/api/v1/monitoring/readings"), batch, "ent.a.safety")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** Two days back, on a whole second, so the jobs can be run "then". */
    private static Instant past() {
        return Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void batchGivesAnOutcomePerReadingAndBadOnesNeverBlockGoodOnes() throws Exception {
        String code = code();
        String id = createPoint(code);
        Instant t = past();
        List<Object> batch = new ArrayList<>();
        batch.add(reading(code, t, 5.0));                          // 0 accepted
        batch.add(reading(code, t, 5.0));                          // 1 duplicate in the same batch
        batch.add(reading("NO-SUCH-POINT", t, 1.0));               // 2 unknown
        batch.add(reading(code, t.plusSeconds(1), 10.5));          // 3 out of range
        batch.add(reading(code, Instant.now().plus(Duration.ofHours(1)), 5.0)); // 4 future
        batch.add(reading(code, Instant.now().minus(Duration.ofDays(30)), 5.0)); // 5 too old
        batch.add(Map.of("pointCode", code, "value", "abc"));     // 6 malformed
        batch.add("not an object");                                // 7 malformed
        batch.add(reading(code, t.plusSeconds(2), 5.1));          // 8 accepted
        String r = ingest(batch);
        assertThat((List<String>) JsonPath.read(r, "$.outcomes[*].status")).containsExactly("ACCEPTED", "DUPLICATE",
                "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "ACCEPTED");
        assertThat((List<String>) JsonPath.read(r, "$.outcomes[*].reason")).containsExactly(null, null,
                "UNKNOWN_POINT", "OUT_OF_RANGE", "FUTURE", "TOO_OLD", "MALFORMED", "MALFORMED", null);
        assertThat((Integer) JsonPath.read(r, "$.accepted")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(r, "$.rejected")).isEqualTo(6);

        // idempotent: the same batch again stores nothing new; an older reading is LATE (stored, no alarm)
        String again = ingest(List.of(reading(code, t, 5.0), reading(code, t.minusSeconds(5), 9.5)));
        assertThat((List<String>) JsonPath.read(again, "$.outcomes[*].status")).containsExactly("DUPLICATE", "LATE");
        assertThat(jdbc.queryForObject("select count(*) from monitoring_reading where point_id = ?", Long.class,
                UUID.fromString(id))).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from monitoring_alarm where point_id = ?", Long.class,
                UUID.fromString(id))).isZero();
        // counted per point and reason
        UUID a = user("ent.a.safety").enterpriseId();
        assertThat(jdbc.queryForObject("select n from monitoring_rejection where enterprise_id = ? and point_code = ? "
                + "and reason = 'OUT_OF_RANGE'", Long.class, a, code)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select n from monitoring_rejection where enterprise_id = ? and point_code = ? "
                + "and reason = 'MALFORMED'", Long.class, a, code)).isEqualTo(1);
        get("/api/v1/monitoring/points/" + id, "ent.a.safety").andExpect(status().isOk())
                .andExpect(jsonPath("$.lastValue").value(5.1)).andExpect(jsonPath("$.accepted").value(3))
                .andExpect(jsonPath("$.rejected").value(4));
        // roll-ups: the three stored readings in one hour bucket (or two across an hour boundary)
        assertThat(jdbc.queryForObject("select sum(n) from monitoring_rollup_hour where point_id = ?", Long.class,
                UUID.fromString(id))).isEqualTo(3);
        assertThat(jdbc.queryForObject("select sum(n) from monitoring_rollup_minute where point_id = ?", Long.class,
                UUID.fromString(id))).isEqualTo(3);

        // numeric timestamps no clock reaches are malformed, and the reading beside them is kept
        String far = ingest(List.of(Map.of("pointCode", code, "ts", 1e300, "value", 5.0), Map.of("pointCode", code,
                "ts", new java.math.BigInteger("99999999999999999999"), "value", 5.0), reading(code, t.plusSeconds(3),
                5.2)));
        assertThat((List<String>) JsonPath.read(far, "$.outcomes[*].status")).containsExactly("REJECTED", "REJECTED",
                "ACCEPTED");
        assertThat((List<String>) JsonPath.read(far, "$.outcomes[*].reason")).containsExactly("MALFORMED",
                "MALFORMED", null);
    }

    @Test
    void hoveringOnTheLineRaisesOneAlarmWhichRisesToHighHighAndRunsItsStates() throws Exception {
        String code = code();
        String id = createPoint(code);
        Instant t = past();
        List<Object> batch = new ArrayList<>();
        double[] values = {7.5, 8.0, 7.9, 8.05, 7.85, 8.1, 7.95, 8.0};
        for (int i = 0; i < values.length; i++) {
            batch.add(reading(code, t.plusSeconds(i), values[i]));
        }
        String r = ingest(batch);
        assertThat((List<String>) JsonPath.read(r, "$.outcomes[*].alarm")).containsExactly(null, "HIGH", null, null,
                null, null, null, null);
        String more = ingest(List.of(reading(code, t.plusSeconds(20), 9.3), reading(code, t.plusSeconds(21), 9.1)));
        assertThat((List<String>) JsonPath.read(more, "$.outcomes[*].alarm")).containsExactly("HIGH_HIGH", null);
        List<Map<String, Object>> rows = jdbc.queryForList("select id, level, state, peak_value from monitoring_alarm "
                + "where point_id = ?", UUID.fromString(id));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("level")).isEqualTo("HIGH_HIGH");
        assertThat(((Number) rows.get(0).get("peak_value")).doubleValue()).isEqualTo(9.3);
        String alarm = rows.get(0).get("id").toString();

        // the safety manager confirms, handles (measures required), closes; stale version 409
        String url = "/api/v1/monitoring/alarms/" + alarm + "/actions";
        int v = JsonPath.read(get("/api/v1/monitoring/alarms/" + alarm, "ent.a.safety").andReturn().getResponse()
                .getContentAsString(), "$.version");
        send(MockMvcRequestBuilders.post(url), Map.of("version", v, "action", "ACKNOWLEDGE"), "ent.a.worker")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACKNOWLEDGED"))
                .andExpect(jsonPath("$.acknowledgedBy").value("郑操作"));
        send(MockMvcRequestBuilders.post(url), Map.of("version", v, "action", "HANDLE", "measures", "x"),
                "ent.a.safety").andExpect(status().isConflict());
        send(MockMvcRequestBuilders.post(url), Map.of("version", v + 1, "action", "HANDLE", "measures", "关阀"),
                "ent.a.worker").andExpect(status().isForbidden());
        send(MockMvcRequestBuilders.post(url), Map.of("version", v + 1, "action", "HANDLE"), "ent.a.safety")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("measures"));
        send(MockMvcRequestBuilders.post(url), Map.of("version", v + 1, "action", "BOGUS"), "ent.a.safety")
                .andExpect(status().isBadRequest());
        send(MockMvcRequestBuilders.post(url), Map.of("version", v + 1, "action", "HANDLE", "measures", "关闭进料阀"),
                "ent.a.safety").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("HANDLED"));
        send(MockMvcRequestBuilders.post(url), Map.of("version", v + 2, "action", "CLOSE"), "ent.a.safety")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.closedBy").value("王安全"));
        // closed: the next excursion opens a new alarm
        ingest(List.of(reading(code, t.plusSeconds(40), 5.0), reading(code, t.plusSeconds(41), 8.5)));
        assertThat(jdbc.queryForObject("select count(*) from monitoring_alarm where point_id = ?", Long.class,
                UUID.fromString(id))).isEqualTo(2);
        // one audit entry for the alarm's creation and one per step (chained later from audit_pending)
        assertThat(jdbc.queryForObject("select (select count(*) from audit_entry where entity_id = ?) + "
                + "(select count(*) from audit_pending where entity_id = ?)", Long.class, alarm, alarm)).isEqualTo(4);
    }

    /** A gateway that fails silences its points together: the enterprise gets one notice naming them, not one each. */
    @Test
    void pointsThatGoOfflineTogetherMakeOneNoticeForTheirEnterprise() throws Exception {
        String first = code();
        String second = code();
        createPoint(first);
        createPoint(second);
        Instant t = past();
        ingest(List.of(reading(first, t, 9.5), reading(second, t, 9.6)));
        alarms.markOffline(t.plusSeconds(11));

        UUID safety = user("ent.a.safety").id();
        UUID enterprise = user("ent.a.safety").enterpriseId();
        String sql = "select title, link from notify_notification where recipient_id = ? and body like ?"
                + " and title like '%监测点离线%'";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForList(sql, safety,
                "%" + first + "%")).singleElement().satisfies(n -> {
                    assertThat((String) n.get("title")).endsWith("个监测点离线");
                    assertThat(n.get("link")).isEqualTo("/monitoring/enterprises/" + enterprise);
                }));
        assertThat(jdbc.queryForList(sql, safety, "%" + second + "%")).as("the same notice names both points")
                .singleElement().isEqualTo(jdbc.queryForList(sql, safety, "%" + first + "%").get(0));
    }

    @Test
    void aSilentPointGoesOfflineOnceAndAnUnhandledAlarmProposesAHazard() throws Exception {
        String code = code();
        String id = createPoint(code);
        Instant t = past();
        ingest(List.of(reading(code, t, 9.5)));
        assertThat(alarms.markOffline(t.plusSeconds(10))).doesNotContain(UUID.fromString(id));
        assertThat(alarms.markOffline(t.plusSeconds(11))).contains(UUID.fromString(id));
        assertThat(alarms.markOffline(t.plusSeconds(100))).doesNotContain(UUID.fromString(id));
        assertThat(jdbc.queryForObject("select count(*) from monitoring_alarm where point_id = ? and kind = 'OFFLINE'",
                Long.class, UUID.fromString(id))).isEqualTo(1);
        get("/api/v1/monitoring/points/" + id, "ent.a.safety").andExpect(jsonPath("$.offline").value(true));
        ingest(List.of(reading(code, t.plusSeconds(120), 9.4)));
        get("/api/v1/monitoring/points/" + id, "ent.a.safety").andExpect(jsonPath("$.offline").value(false));
        assertThat(jdbc.queryForObject("select cleared_at from monitoring_alarm where point_id = ? and kind = "
                + "'OFFLINE'", java.sql.Timestamp.class, UUID.fromString(id))).isNotNull();

        UUID threshold = jdbc.queryForObject("select id from monitoring_alarm where point_id = ? and kind = "
                + "'THRESHOLD'", UUID.class, UUID.fromString(id));
        assertThat(alarms.escalate(t.plus(Duration.ofMinutes(30)).minusSeconds(1))).doesNotContain(threshold);
        assertThat(alarms.escalate(t.plus(Duration.ofMinutes(30)))).contains(threshold);
        assertThat(alarms.escalate(t.plus(Duration.ofMinutes(90)))).doesNotContain(threshold);
        String hazard = JsonPath.read(get("/api/v1/monitoring/alarms/" + threshold, "ent.a.safety")
                .andExpect(jsonPath("$.escalatedAt").isNotEmpty()).andReturn().getResponse().getContentAsString(),
                "$.hazardId");
        get("/api/v1/hazards/" + hazard, "ent.a.safety").andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("MEASURE_FAILURE"))
                .andExpect(jsonPath("$.state").value("REPORTED"));

        // the same escalation raised one risk early warning, graded by the defaults: 高高报 at a major hazard source
        // 红, elsewhere 橙; its period is the alarm's day; officials in scope see it, other counties do not
        boolean major = Boolean.TRUE.equals(jdbc.queryForObject("select major_source from monitoring_alarm where id = ?",
                Boolean.class, threshold));
        String day = java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.format(t.atZone(org.zhiben.common.Zones.CHINA));
        String warnings = "/api/v1/risk/warnings?period=" + day;
        String raised = get(warnings, "county.yjj").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<Map<String, Object>> mine = JsonPath.read(raised, "$.content[?(@.alarmId == '" + threshold + "')]");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0)).containsEntry("level", major ? "MAJOR" : "LARGE")
                .containsEntry("colorLabel", major ? "红" : "橙").containsEntry("period", day)
                .containsEntry("prejudgmentId", null);
        assertThat((String) mine.get(0).get("cause")).startsWith("监测报警超过30分钟未处置:测试液位(" + code + ")高高报");
        String warning = (String) mine.get(0).get("id");
        assertThat(jdbc.queryForObject("select (select count(*) from audit_entry where entity_id = ?) + "
                + "(select count(*) from audit_pending where entity_id = ?)", Long.class, warning, warning)).isEqualTo(1);
        assertThat((List<?>) JsonPath.read(get(warnings, "county.zjj").andReturn().getResponse().getContentAsString(),
                "$.content[?(@.alarmId == '" + threshold + "')]")).isEmpty();
    }

    @Test
    void theWarningGradeOfAnUnhandledAlarmFollowsItsBandAndTheMajorSourceAndIsConfigurable() {
        MonitoringSettings.WarningGrades defaults = new MonitoringSettings.WarningGrades(null, null, null, null, null,
                null);
        assertThat(defaults.of(AlarmLevel.HIGH_HIGH, true)).contains(RiskLevel.MAJOR);
        assertThat(defaults.of(AlarmLevel.LOW_LOW, false)).contains(RiskLevel.LARGE);
        assertThat(defaults.of(AlarmLevel.HIGH, true)).contains(RiskLevel.LARGE);
        assertThat(defaults.of(AlarmLevel.LOW, false)).contains(RiskLevel.GENERAL);
        assertThat(defaults.of(AlarmLevel.OFFLINE, true)).contains(RiskLevel.LARGE);
        assertThat(defaults.of(AlarmLevel.OFFLINE, false)).contains(RiskLevel.GENERAL);
        assertThat(defaults.of(AlarmLevel.NORMAL, true)).isEmpty();
        // 低 switches a case off
        MonitoringSettings.WarningGrades quiet = new MonitoringSettings.WarningGrades(null, null, null, RiskLevel.LOW,
                null, RiskLevel.LOW);
        assertThat(quiet.of(AlarmLevel.HIGH, false)).isEmpty();
        assertThat(quiet.of(AlarmLevel.OFFLINE, false)).isEmpty();
        assertThat(quiet.of(AlarmLevel.HIGH, true)).contains(RiskLevel.LARGE);
    }

    @Test
    void scopeIs404OutsideAndBadInputIs400() throws Exception {
        String code = code();
        String id = createPoint(code);
        UUID a = user("ent.a.safety").enterpriseId();
        ingest(List.of(reading(code, past(), 9.6)));
        String alarm = jdbc.queryForObject("select id from monitoring_alarm where point_id = ?", UUID.class,
                UUID.fromString(id)).toString();
        for (String outsider : List.of("ent.b.boss", "county.zjj")) {
            get("/api/v1/monitoring/points/" + id, outsider).andExpect(status().isNotFound());
            get("/api/v1/monitoring/alarms/" + alarm, outsider).andExpect(status().isNotFound());
            get("/api/v1/monitoring/enterprises/" + a + "/points", outsider).andExpect(status().isNotFound());
            get("/api/v1/monitoring/points/" + id + "/series", outsider).andExpect(status().isNotFound());
            send(MockMvcRequestBuilders.post("/api/v1/monitoring/alarms/" + alarm + "/actions"),
                    Map.of("version", 0, "action", "ACKNOWLEDGE"), outsider).andExpect(status().isNotFound());
            mvc.perform(MockMvcRequestBuilders.get("/monitoring/alarms/" + alarm).with(
                    org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                            user(outsider)))).andExpect(status().isNotFound());
            mvc.perform(MockMvcRequestBuilders.get("/monitoring/points/" + id).with(
                    org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                            user(outsider)))).andExpect(status().isNotFound());
            mvc.perform(MockMvcRequestBuilders.get("/monitoring/enterprises/" + a).with(
                    org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                            user(outsider)))).andExpect(status().isNotFound());
        }
        // officials in jurisdiction see it
        get("/api/v1/monitoring/points/" + id, "county.yjj").andExpect(status().isOk());
        get("/api/v1/monitoring/alarms/" + alarm, "county.yjj").andExpect(status().isOk());
        // officials cannot act on alarms nor post readings
        send(MockMvcRequestBuilders.post("/api/v1/monitoring/alarms/" + alarm + "/actions"),
                Map.of("version", 0, "action", "ACKNOWLEDGE"), "county.yjj").andExpect(status().isForbidden());
        send(MockMvcRequestBuilders.post("/api/v1/monitoring/readings"), List.of(), "county.yjj")
                .andExpect(status().isForbidden());
        send(MockMvcRequestBuilders.post("/api/v1/monitoring/readings"), "{\"pointCode\":\"x\"}", "ent.a.safety")
                .andExpect(status().isBadRequest());
        send(MockMvcRequestBuilders.post("/api/v1/monitoring/readings"), "[{", "ent.a.safety")
                .andExpect(status().isBadRequest());

        // point rules: field by field
        Map<String, Object> bad = pointBody(code());
        bad.put("high", 12);
        bad.put("intervalSeconds", 5);
        bad.put("code", "bad code!");
        send(MockMvcRequestBuilders.post("/api/v1/monitoring/enterprises/" + a + "/points"), bad, "ent.a.safety")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("code", "high", "intervalSeconds")));
        Map<String, Object> huge = pointBody(code());
        huge.put("rangeHigh", new BigDecimal("1e30"));
        huge.put("deadBand", new BigDecimal("0.00001"));
        send(MockMvcRequestBuilders.post("/api/v1/monitoring/enterprises/" + a + "/points"), huge, "ent.a.safety")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("rangeHigh", "deadBand")));
        Map<String, Object> dup = pointBody(code);
        send(MockMvcRequestBuilders.post("/api/v1/monitoring/enterprises/" + a + "/points"), dup, "ent.a.safety")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
        Map<String, Object> foreignUnit = pointBody(code());
        foreignUnit.put("unitId", unitOf("ent.b.boss").toString());
        send(MockMvcRequestBuilders.post("/api/v1/monitoring/enterprises/" + a + "/points"), foreignUnit,
                "ent.a.safety").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field")
                        .value("unitId"));
        send(MockMvcRequestBuilders.post("/api/v1/monitoring/enterprises/" + a + "/points"), pointBody(code()),
                "ent.a.worker").andExpect(status().isForbidden());
        get("/api/v1/monitoring/points/" + id + "/series?grain=raw&from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z",
                "ent.a.safety").andExpect(status().isBadRequest());
        get("/api/v1/monitoring/points/" + id + "/series?grain=week", "ent.a.safety").andExpect(status().isBadRequest());
        get("/api/v1/monitoring/points/" + id + "/series?from=yesterday", "ent.a.safety")
                .andExpect(status().isBadRequest());
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/monitoring/points/" + id + "/series").param("grain", "hour")
                .param("from", "+1000000000-01-01T00:00:00Z").param("to", "+1000000000-01-02T00:00:00Z")
                .with(httpBasic("ent.a.safety", PASSWORD))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        get("/api/v1/monitoring/alarms?page=4294968&size=500", "ent.a.safety").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));

        // a stale point update is 409
        Map<String, Object> upd = pointBody(code);
        upd.put("version", 0);
        upd.put("name", "改名");
        send(MockMvcRequestBuilders.put("/api/v1/monitoring/points/" + id), upd, "ent.a.safety")
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("改名"));
        send(MockMvcRequestBuilders.put("/api/v1/monitoring/points/" + id), upd, "ent.a.safety")
                .andExpect(status().isConflict());
    }

    @Autowired
    org.zhiben.monitoring.internal.ReadingStore store;

    @Test
    void retentionForgetsOldReadingsAndRollUpsAndPartitionsAreKeptAhead() throws Exception {
        String code = code();
        String id = createPoint(code);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ingest(List.of(reading(code, now.minus(Duration.ofDays(6)), 5.0), reading(code, now.minus(Duration.ofDays(1)),
                5.2)));
        Instant cutoff = now.minus(Duration.ofDays(5));
        store.dropBefore(store.postgres() ? now.minus(Duration.ofDays(400)) : cutoff, cutoff, cutoff);
        UUID point = UUID.fromString(id);
        assertThat(jdbc.queryForObject("select count(*) from monitoring_rollup_hour where point_id = ?", Long.class,
                point)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from monitoring_rollup_minute where point_id = ?", Long.class,
                point)).isEqualTo(1);
        if (store.postgres()) {
            // whole months: nothing of this point is that old; the partitions ahead exist
            store.ensurePartitions(now, now.plus(Duration.ofDays(62)));
            assertThat(jdbc.queryForObject("select count(*) from pg_class where relname = ?", Long.class,
                    "monitoring_reading_y" + java.time.YearMonth.from(now.plus(Duration.ofDays(62))
                            .atOffset(java.time.ZoneOffset.UTC)).toString().replace("-", "m"))).isEqualTo(1);
            assertThat(store.countReadings(point)).isEqualTo(2);
        } else {
            assertThat(store.countReadings(point)).isEqualTo(1);
        }
    }

    @Test
    void coverageCountsEnterprisesThatMustBeMonitoredAndHavePoints() throws Exception {
        LiveMetric coverage = metrics.stream().filter(m -> m.key().equals("monitoring.coverage")).findFirst()
                .orElseThrow();
        // demo: B (危化品重大危险源) has points; A (重点粉尘涉爆) gets one from the other tests or now
        createPoint(code());
        BigDecimal all = coverage.measure(LiveMetric.Area.region(""));
        assertThat(all).isEqualByComparingTo("100.0");
        assertThat(coverage.measure(new LiveMetric.Area("", java.util.Set.of("04")))).isEqualByComparingTo("0");
        get("/api/v1/monitoring/coverage", "county.yjj").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        get("/api/v1/monitoring/coverage", "county.zjj").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }
}
