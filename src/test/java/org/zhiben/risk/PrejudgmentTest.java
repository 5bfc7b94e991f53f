package org.zhiben.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhiben.ZhibenTest;
import org.zhiben.audit.AuditEntry;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.Zones;
import org.zhiben.identity.CurrentUser;
import org.zhiben.notify.Inbox;
import org.zhiben.risk.prejudgment.PrejudgmentPeriod.Cadence;
import org.zhiben.risk.prejudgment.PrejudgmentPeriod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Pre-judgments: who may judge what, one per subject and period (a second submission revises it), missing periods,
 * 红/橙/黄 warnings for 重大/较大/一般 and none for 低, their visibility, acknowledgement and the inbox notice. Each test
 * uses its own periods (enterprise A's weekly judgments of distinct past weeks; B's daily ones only in the missing
 * test), since the database is shared.
 */
@ZhibenTest
class PrejudgmentTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    AuditTrail audit;
    @Autowired
    Inbox inbox;
    @Autowired
    JdbcTemplate jdbc;

    private RiskApi api;
    private UUID a;
    private UUID b;

    @BeforeEach
    void setUp() {
        api = new RiskApi(mvc, json);
        a = user("ent.a.boss").enterpriseId();
        b = user("ent.b.boss").enterpriseId();
    }

    /** Notices to officials are posted after commit: let them land before another class counts its notices. */
    @AfterEach
    void noticesDelivered() {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where event_type = ? and completion_date is null", Long.class,
                RiskWarningRaised.class.getName()) == 0L);
    }

    private CurrentUser user(String username) {
        return (CurrentUser) userDetails.loadUserByUsername(username);
    }

    private static String week(int back) {
        PrejudgmentPeriod p = PrejudgmentPeriod.containing(Cadence.WEEK, LocalDate.now(Zones.CHINA));
        for (int i = 0; i < back; i++) {
            p = p.previous();
        }
        return p.label();
    }

    private static String month(int back) {
        return PrejudgmentPeriod.containing(Cadence.MONTH, LocalDate.now(Zones.CHINA).withDayOfMonth(1)
                .minusMonths(back)).label();
    }

    private static Map<String, Object> body(String kind, String period, String level, Long version) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", kind);
        m.put("period", period);
        m.put("conditions", "生产负荷正常,新增一台反应釜试运行");
        m.put("level", level);
        m.put("measures", "试运行期间加密巡检,落实双人确认");
        m.put("version", version);
        return m;
    }

    private ResultActions submit(Map<String, Object> body, String username) throws Exception {
        return api.post("/api/v1/risk/prejudgments", body, username);
    }

    private JsonNode ok(Map<String, Object> body, String username) throws Exception {
        return json.readTree(submit(body, username).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private JsonNode warnings(String username, String query) throws Exception {
        return json.readTree(api.getJson("/api/v1/risk/warnings" + query, username)).get("content");
    }

    private static List<String> ids(JsonNode list, String field) {
        List<String> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.get(field).asString()));
        return ids;
    }

    @Test
    void aSecondSubmissionForThePeriodRevisesTheFirstAndAStaleOneIsAConflict() throws Exception {
        String period = week(5);
        JsonNode first = ok(body("ENTERPRISE_WEEKLY", period, "GENERAL", null), "ent.a.boss");
        assertThat(first.get("subjectName").asString()).isNotBlank();
        assertThat(first.get("judgedBy").asString()).isEqualTo("ent.a.boss");

        submit(body("ENTERPRISE_WEEKLY", period, "LOW", null), "ent.a.safety").andExpect(status().isConflict());
        JsonNode second = ok(body("ENTERPRISE_WEEKLY", period, "LARGE", first.get("version").asLong()),
                "ent.a.safety");
        assertThat(second.get("id").asString()).isEqualTo(first.get("id").asString());
        assertThat(second.get("level").asString()).isEqualTo("LARGE");
        assertThat(second.get("judgedBy").asString()).isEqualTo("ent.a.safety");
        assertThat(second.get("version").asLong()).isGreaterThan(first.get("version").asLong());
        submit(body("ENTERPRISE_WEEKLY", period, "LOW", first.get("version").asLong()), "ent.a.boss")
                .andExpect(status().isConflict());

        JsonNode list = json.readTree(api.getJson("/api/v1/risk/enterprises/" + a + "/prejudgments", "ent.a.worker"));
        List<JsonNode> same = new ArrayList<>();
        list.forEach(j -> {
            if (j.get("period").asString().equals(period) && j.get("kind").asString().equals("ENTERPRISE_WEEKLY")) {
                same.add(j);
            }
        });
        assertThat(same).hasSize(1);
        assertThat(same.get(0).get("level").asString()).isEqualTo("LARGE");
        List<AuditEntry> history = audit.historyOf("RiskPrejudgment", first.get("id").asString());
        assertThat(history).extracting(AuditEntry::action).containsExactly("UPDATE", "CREATE");
    }

    @Test
    void whoMayJudgeWhat() throws Exception {
        submit(body("ENTERPRISE_WEEKLY", week(6), "LOW", null), "ent.a.worker").andExpect(status().isForbidden());
        Map<String, Object> daily = body("WORKSHOP_DAILY", LocalDate.now(Zones.CHINA).minusDays(20).toString(), "LOW",
                null);
        submit(daily, "ent.a.worker").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("workshop"));
        daily.put("workshop", "冲压车间甲班(测试)");
        ok(daily, "ent.a.worker");
        submit(body("ENTERPRISE_WEEKLY", week(6), "LOW", null), "county.yjj").andExpect(status().isForbidden());
        submit(body("COUNTY_MONTHLY", month(7), "LOW", null), "town.aj").andExpect(status().isForbidden());
        submit(body("COUNTY_MONTHLY", month(7), "LOW", null), "ent.a.boss").andExpect(status().isForbidden());
        submit(body("CITY_QUARTERLY", null, "LOW", null), "county.yjj").andExpect(status().isForbidden());
        JsonNode quarter = ok(body("CITY_QUARTERLY", null, "LOW", null), "city.yjj");
        assertThat(quarter.get("period").asString()).isEqualTo(
                PrejudgmentPeriod.containing(Cadence.QUARTER, LocalDate.now(Zones.CHINA)).label());
        // county.zjj is limited to sector 04: it judges that sector only
        submit(body("COUNTY_MONTHLY", month(7), "LOW", null), "county.zjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sector"));
        Map<String, Object> sector = body("COUNTY_MONTHLY", month(7), "LOW", null);
        sector.put("sector", "04");
        ok(sector, "county.zjj");
    }

    @Test
    void badInputIsRefusedWithFieldMessages() throws Exception {
        Map<String, Object> m = body("ENTERPRISE_WEEKLY", "2026-W54", "GENERAL", null);
        submit(m, "ent.a.boss").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"))
                .andExpect(jsonPath("$.errors[0].message", containsString("2026-W14")));
        m = body("ENTERPRISE_WEEKLY", week(0).substring(0, 4) + "-W" + "01", "GENERAL", null);
        m.put("period", PrejudgmentPeriod.containing(Cadence.WEEK, LocalDate.now(Zones.CHINA).plusWeeks(3)).label());
        submit(m, "ent.a.boss").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("本期或下一期")));
        m = body("ENTERPRISE_WEEKLY", week(7), null, null);
        m.put("conditions", " ");
        submit(m, "ent.a.boss").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("conditions"))
                .andExpect(jsonPath("$.errors[1].field").value("level"));
        JsonNode list = json.readTree(api.getJson("/api/v1/risk/enterprises/" + a + "/prejudgments", "ent.a.boss"));
        list.forEach(j -> assertThat(j.get("period").asString()).isNotEqualTo(week(7)));
    }

    @Test
    void missingDaysOfAnEnterpriseAreListedExactly() throws Exception {
        LocalDate today = LocalDate.now(Zones.CHINA);
        for (int back : new int[] {6, 4, 1}) {
            Map<String, Object> m = body("WORKSHOP_DAILY", today.minusDays(back).toString(), "LOW", null);
            m.put("workshop", back == 4 ? "储运班组" : "生产一车间");
            ok(m, "ent.b.boss");
        }
        // a second workshop on an already judged day changes nothing
        Map<String, Object> m = body("WORKSHOP_DAILY", today.minusDays(1).toString(), "LOW", null);
        m.put("workshop", "储运班组");
        ok(m, "ent.b.boss");
        api.get("/api/v1/risk/enterprises/" + b + "/prejudgments/missing?kind=WORKSHOP_DAILY&periods=7", "ent.b.boss")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periods").value(org.hamcrest.Matchers.contains(today.minusDays(5).toString(),
                        today.minusDays(3).toString(), today.minusDays(2).toString(), today.toString())));
        api.get("/api/v1/risk/enterprises/" + b + "/prejudgments/missing?kind=WORKSHOP_DAILY&periods=7", "ent.a.boss")
                .andExpect(status().isNotFound());
        api.get("/api/v1/risk/enterprises/" + b + "/prejudgments/missing?kind=WORKSHOP_DAILY&periods=0", "ent.b.boss")
                .andExpect(status().isBadRequest());
    }

    @Test
    void officialsSeeWhichEnterprisesLackThisWeeksJudgmentAndTheirOwnMissingMonths() throws Exception {
        JsonNode before = json.readTree(api.getJson("/api/v1/risk/prejudgments/missing-enterprises", "town.aj"));
        assertThat(before.get("period").asString()).isEqualTo(week(0));
        assertThat(ids(before.get("enterprises"), "enterpriseId")).contains(a.toString()).doesNotContain(b.toString());
        ok(body("ENTERPRISE_WEEKLY", week(0), "LOW", null), "ent.a.boss");
        JsonNode after = json.readTree(api.getJson("/api/v1/risk/prejudgments/missing-enterprises", "town.aj"));
        assertThat(ids(after.get("enterprises"), "enterpriseId")).doesNotContain(a.toString());
        assertThat(after.get("total").asLong()).isEqualTo(before.get("total").asLong() - 1);
        // schools, clinics, villages and temples owe no weekly judgment
        List<String> notOwing = jdbc.queryForList("select cast(id as varchar(36)) from directory_enterprise where"
                + " unit_type in ('SCHOOL', 'HOSPITAL', 'VILLAGE', 'RELIGIOUS_SITE')", String.class);
        assertThat(notOwing).isNotEmpty();
        assertThat(ids(before.get("enterprises"), "enterpriseId")).doesNotContainAnyElementsOf(notOwing);
        api.get("/api/v1/risk/prejudgments/missing-enterprises", "ent.a.boss").andExpect(status().isForbidden());

        // county.yjj: months 3 and 4 back judged here; the current one by the demo (or now)
        ok(body("COUNTY_MONTHLY", month(3), "LOW", null), "county.yjj");
        ok(body("COUNTY_MONTHLY", month(4), "LOW", null), "county.yjj");
        JsonNode own = json.readTree(api.getJson("/api/v1/risk/prejudgments/missing-own?periods=5", "county.yjj"));
        List<String> missing = new ArrayList<>();
        own.forEach(n -> missing.add(n.asString()));
        assertThat(missing).contains(month(1), month(2)).doesNotContain(month(3), month(4));
        api.get("/api/v1/risk/prejudgments/missing-own", "town.aj").andExpect(status().isBadRequest());
    }

    @Test
    void majorLargeAndGeneralRaiseRedOrangeYellowWarningsLowNoneVisibleInScopeOnly() throws Exception {
        JsonNode red = ok(body("ENTERPRISE_WEEKLY", week(1), "MAJOR", null), "ent.a.boss");
        JsonNode orange = ok(body("ENTERPRISE_WEEKLY", week(2), "LARGE", null), "ent.a.boss");
        JsonNode yellow = ok(body("ENTERPRISE_WEEKLY", week(3), "GENERAL", null), "ent.a.boss");
        JsonNode low = ok(body("ENTERPRISE_WEEKLY", week(4), "LOW", null), "ent.a.boss");

        JsonNode seen = warnings("town.aj", "");
        List<String> judgments = ids(seen, "prejudgmentId");
        assertThat(judgments).contains(red.get("id").asString(), orange.get("id").asString(),
                yellow.get("id").asString()).doesNotContain(low.get("id").asString());
        JsonNode w = find(seen, orange.get("id").asString());
        assertThat(w.get("level").asString()).isEqualTo("LARGE");
        assertThat(w.get("colorLabel").asString()).isEqualTo("橙");
        assertThat(find(seen, red.get("id").asString()).get("colorLabel").asString()).isEqualTo("红");
        assertThat(find(seen, yellow.get("id").asString()).get("colorLabel").asString()).isEqualTo("黄");

        assertThat(ids(warnings("county.yjj", "?level=LARGE&period=" + week(2)), "prejudgmentId"))
                .containsExactly(orange.get("id").asString());
        assertThat(ids(warnings("ent.a.worker", "?period=" + week(1)), "prejudgmentId"))
                .containsExactly(red.get("id").asString());
        for (String outsider : List.of("ent.b.boss", "county.zjj", "expert1")) {
            assertThat(ids(warnings(outsider, ""), "prejudgmentId")).doesNotContain(red.get("id").asString(),
                    orange.get("id").asString(), yellow.get("id").asString());
        }

        // revising to 低 withdraws the warning
        ok(body("ENTERPRISE_WEEKLY", week(3), "LOW", yellow.get("version").asLong()), "ent.a.boss");
        assertThat(ids(warnings("town.aj", ""), "prejudgmentId")).doesNotContain(yellow.get("id").asString());
    }

    private static JsonNode find(JsonNode list, String judgmentId) {
        for (JsonNode n : list) {
            if (n.get("prejudgmentId").asString().equals(judgmentId)) {
                return n;
            }
        }
        throw new AssertionError("no warning for " + judgmentId);
    }

    @Test
    void anOfficialInScopeAcknowledgesAWarningAuditedAndTheOfficialsGetAnInboxNotice() throws Exception {
        String period = week(8);
        JsonNode judgment = ok(body("ENTERPRISE_WEEKLY", period, "LARGE", null), "ent.a.safety");
        JsonNode w = find(warnings("town.aj", "?period=" + period), judgment.get("id").asString());
        String id = w.get("id").asString();
        String url = "/api/v1/risk/warnings/" + id + "/acknowledge";

        api.post(url, Map.of(), "county.zjj").andExpect(status().isNotFound());
        api.post(url, Map.of(), "ent.b.boss").andExpect(status().isNotFound());
        api.post(url, Map.of(), "ent.a.boss").andExpect(status().isForbidden());
        api.post(url, Map.of("version", w.get("version").asLong() + 1), "town.aj").andExpect(status().isConflict());
        api.post(url, Map.of("version", w.get("version").asLong()), "town.aj").andExpect(status().isOk())
                .andExpect(jsonPath("$.acknowledgedBy").value("town.aj"))
                .andExpect(jsonPath("$.acknowledgedAt").isNotEmpty());
        api.post(url, Map.of(), "county.yjj").andExpect(status().isBadRequest());
        List<AuditEntry> history = audit.historyOf("RiskEarlyWarning", id);
        assertThat(history.get(0).action()).isEqualTo("ACKNOWLEDGE");
        assertThat(history.get(0).actor()).isEqualTo("town.aj");
        assertThat(history.get(0).after()).contains("town.aj");

        UUID townAj = user("town.aj").id();
        await().atMost(Duration.ofSeconds(10)).until(() -> inbox.latest(townAj, 100).stream()
                .anyMatch(n -> n.getTitle().contains("橙色风险预警") && n.getLink().contains(period)));
        UUID zjj = user("county.zjj").id();
        assertThat(inbox.latest(zjj, 100)).noneMatch(n -> n.getLink() != null && n.getLink().contains(period));
    }
}
