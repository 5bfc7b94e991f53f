package org.zhiben.accident.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ZhibenTest;
import org.zhiben.common.Zones;
import org.zhiben.identity.CurrentUser;
import tools.jackson.databind.ObjectMapper;

/**
 * What an accident sets in motion, through the API: measures become 事故类比 hazards, class-analogy checks reach the
 * peers of the sector in the official's scope, blacklist proposals are confirmed or declined, and a 重大 accident's
 * confirmation proposes a lifetime ban in enforcement's register. Scope (404), stale versions (409), bad input (400).
 */
@ZhibenTest
class FollowUpApiTest {

    private static final String PASSWORD = "Demo@12345";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private ResultActions post(String url, Object body, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : json.writeValueAsString(body)));
    }

    private ResultActions get(String url, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(httpBasic(user, PASSWORD)));
    }

    private static String body(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString();
    }

    private UUID enterpriseOf(String user) {
        return ((CurrentUser) users.loadUserByUsername(user)).enterpriseId();
    }

    /** A registry unit of sector 03 in 示范县 other than enterprise A, not closed. */
    private UUID otherManufacturer() {
        return jdbc.queryForObject("select e.id from directory_enterprise e where e.region_code like '990101%'"
                + " and e.status <> 'CLOSED' and e.id <> ? and exists (select 1 from directory_enterprise_sector s"
                + " where s.enterprise_id = e.id and s.sector_code = '03') order by e.name, e.id limit 1",
                UUID.class, enterpriseOf("ent.a.safety"));
    }

    private String report(UUID enterprise, int deaths, int seriousInjuries) throws Exception {
        Instant occurred = Instant.now().minus(Duration.ofHours(3));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("enterpriseId", enterprise.toString());
        r.put("place", "后续测试车间" + UUID.randomUUID().toString().substring(0, 8));
        r.put("occurredAt", occurred.toString());
        r.put("knownAt", occurred.plus(Duration.ofMinutes(5)).toString());
        r.put("firstReportedAt", occurred.plus(Duration.ofMinutes(30)).toString());
        r.put("categoryCode", "03");
        r.put("deaths", deaths);
        r.put("missing", 0);
        r.put("seriousInjuries", seriousInjuries);
        r.put("directLossYuan", 50000);
        r.put("summary", "测试事故:冲床误动作");
        return JsonPath.read(body(post("/api/v1/accidents", r, "county.yjj").andExpect(status().isCreated())),
                "$.id");
    }

    private void advance(String id, String... actions) throws Exception {
        for (String action : actions) {
            int version = JsonPath.read(body(get("/api/v1/accidents/" + id, "county.yjj")), "$.version");
            post("/api/v1/accidents/" + id + "/transitions", Map.of("version", version, "action", action, "text",
                    "同意"), "county.yjj").andExpect(status().isOk());
        }
    }

    /** Audit entries of a record with one of {@code actions} (chained or still pending). */
    private long audits(String entityId, String actions) {
        return jdbc.queryForObject("select (select count(*) from audit_entry where entity_id = ? and action in ("
                + actions + ")) + (select count(*) from audit_pending where entity_id = ? and action in (" + actions
                + "))", Long.class, entityId, entityId);
    }

    private int followUpVersion(String id) throws Exception {
        return JsonPath.read(body(get("/api/v1/accidents/" + id + "/followup", "county.yjj")), "$.version");
    }

    @Test
    void measuresBecomeAccidentAnalogyHazardsOfTheEnterprise() throws Exception {
        UUID a = enterpriseOf("ent.a.safety");
        String id = report(a, 0, 1);
        Map<String, Object> two = Map.of("version", 0, "measures", List.of("冲床加装双手按钮和光电保护", "换模作业执行挂牌上锁"));
        advance(id, "START_INVESTIGATION");
        post("/api/v1/accidents/" + id + "/measures", two, "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("state"));
        advance(id, "SUBMIT_REPORT");
        // enterprises do not record the report's measures
        post("/api/v1/accidents/" + id + "/measures", two, "ent.a.safety").andExpect(status().isForbidden());
        String answer = body(post("/api/v1/accidents/" + id + "/measures", two, "county.yjj")
                .andExpect(status().isOk()).andExpect(jsonPath("$.measures.length()").value(2))
                .andExpect(jsonPath("$.measures[0].seq").value(1))
                .andExpect(jsonPath("$.measures[1].hazardState").value("REPORTED"))
                .andExpect(jsonPath("$.measuresClosed").value(0)));
        String hazard = JsonPath.read(answer, "$.measures[0].hazardId");
        get("/api/v1/hazards/" + hazard, "ent.a.safety").andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("ACCIDENT_ANALOGY"))
                .andExpect(jsonPath("$.enterpriseId").value(a.toString()));
        // the same version again is stale; bad lists are 400
        post("/api/v1/accidents/" + id + "/measures", two, "county.yjj").andExpect(status().isConflict());
        int v = followUpVersion(id);
        post("/api/v1/accidents/" + id + "/measures", Map.of("version", v, "measures", List.of()), "county.yjj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("measures"));
        post("/api/v1/accidents/" + id + "/measures", Map.of("version", v, "measures", List.of("字".repeat(501))),
                "county.yjj").andExpect(status().isBadRequest());
        post("/api/v1/accidents/" + id + "/measures", "{\"measures\":[\"x\"]}", "county.yjj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        // a third measure is numbered on
        post("/api/v1/accidents/" + id + "/measures", Map.of("version", v, "measures", List.of("全员警示教育")),
                "county.yjj").andExpect(status().isOk()).andExpect(jsonPath("$.measures[2].seq").value(3));
        String followUp = jdbc.queryForObject("select id from accident_followup where accident_id = ?", String.class,
                UUID.fromString(id));
        assertThat(audits(followUp, "'MEASURES'")).isEqualTo(2);
        // out of scope: another enterprise, another department's sectors
        get("/api/v1/accidents/" + id + "/followup", "ent.b.boss").andExpect(status().isNotFound());
        get("/api/v1/accidents/" + id + "/followup", "county.zjj").andExpect(status().isNotFound());
        post("/api/v1/accidents/" + id + "/measures", Map.of("version", followUpVersion(id), "measures",
                List.of("x")), "county.zjj").andExpect(status().isNotFound());
    }

    @Test
    void aVillageAccidentHasNoEnterpriseToTakeTheHazards() throws Exception {
        Instant occurred = Instant.now().minus(Duration.ofHours(3));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("regionCode", "990101100201");
        r.put("unitName", "后续测试村民委员会");
        r.put("sectors", List.of("18"));
        r.put("place", "村口");
        r.put("occurredAt", occurred.toString());
        r.put("knownAt", occurred.plus(Duration.ofMinutes(5)).toString());
        r.put("categoryCode", "06");
        r.put("deaths", 1);
        r.put("missing", 0);
        r.put("seriousInjuries", 0);
        r.put("directLossYuan", 0);
        r.put("summary", "落水");
        String id = JsonPath.read(body(post("/api/v1/accidents", r, "county.yjj").andExpect(status().isCreated())),
                "$.id");
        advance(id, "START_INVESTIGATION", "SUBMIT_REPORT");
        post("/api/v1/accidents/" + id + "/measures", Map.of("version", 0, "measures", List.of("加装护栏")),
                "county.yjj").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field")
                        .value("measures"));
    }

    @Test
    void analogyChecksReachEveryPeerOfTheSectorInScopeAndCountDoneAndOverdue() throws Exception {
        UUID x = otherManufacturer();
        UUID a = enterpriseOf("ent.a.safety");
        String id = report(x, 0, 1);
        advance(id, "START_INVESTIGATION", "SUBMIT_REPORT");
        LocalDate today = LocalDate.now(Zones.CHINA);
        post("/api/v1/accidents/" + id + "/analogy", Map.of("version", 0, "sector", "03", "due",
                today.plusDays(10).toString()), "county.yjj").andExpect(status().isBadRequest());
        post("/api/v1/accidents/" + id + "/measures", Map.of("version", 0, "measures", List.of("冲床加装光电保护")),
                "county.yjj").andExpect(status().isOk());
        int v = followUpVersion(id);
        post("/api/v1/accidents/" + id + "/analogy", Map.of("version", v, "sector", "03", "due", today.toString()),
                "county.yjj").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("due"));
        post("/api/v1/accidents/" + id + "/analogy", Map.of("version", v, "sector", "02", "due",
                today.plusDays(1).toString()), "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sector"));
        post("/api/v1/accidents/" + id + "/analogy", Map.of("version", v, "sector", "03", "due",
                today.plusDays(1).toString()), "ent.a.safety").andExpect(status().isNotFound());

        long peers = jdbc.queryForObject("select count(*) from directory_enterprise e where e.region_code"
                + " between '990101000000' and '990101999999' and e.status <> 'CLOSED' and e.id <> ? and exists"
                + " (select 1 from directory_enterprise_sector s where s.enterprise_id = e.id and s.sector_code = '03')",
                Long.class, x);
        assertThat(peers).isGreaterThan(1);
        post("/api/v1/accidents/" + id + "/analogy", Map.of("version", v, "sector", "03", "due",
                today.plusDays(1).toString(), "note", "重点查冲压设备安全联锁"), "county.yjj").andExpect(status().isOk())
                .andExpect(jsonPath("$.analogy.peers").value(peers))
                .andExpect(jsonPath("$.analogy.open").value(peers))
                .andExpect(jsonPath("$.analogy.done").value(0))
                .andExpect(jsonPath("$.analogy.overdue").value(0));
        post("/api/v1/accidents/" + id + "/analogy", Map.of("version", v, "sector", "03", "due",
                today.plusDays(1).toString()), "county.yjj").andExpect(status().isConflict());
        post("/api/v1/accidents/" + id + "/analogy", Map.of("version", v + 1, "sector", "03", "due",
                today.plusDays(2).toString()), "county.yjj").andExpect(status().isBadRequest());

        // enterprise A is a peer: it sees its own check (and no other enterprise's), B sees none of them
        String list = body(get("/api/v1/accidents/analogy-checks?accidentId=" + id, "ent.a.safety")
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1)));
        String check = JsonPath.read(list, "$.content[0].id");
        assertThat((String) JsonPath.read(list, "$.content[0].instructions")).contains("冲床加装光电保护")
                .contains("重点查冲压设备安全联锁");
        get("/api/v1/accidents/analogy-checks?accidentId=" + id, "county.yjj")
                .andExpect(jsonPath("$.totalElements").value(peers));
        get("/api/v1/accidents/analogy-checks/" + check, "ent.b.boss").andExpect(status().isNotFound());
        get("/api/v1/accidents/analogy-checks?accidentId=" + id, "ent.b.boss")
                .andExpect(jsonPath("$.totalElements").value(0));

        // the due date is in time; the day after it is overdue
        jdbc.update("update accident_analogy_check set due_date = ? where id = ?", today, UUID.fromString(check));
        get("/api/v1/accidents/" + id + "/followup", "county.yjj").andExpect(jsonPath("$.analogy.overdue").value(0));
        get("/api/v1/accidents/analogy-checks/" + check, "ent.a.safety").andExpect(jsonPath("$.overdue").value(false));
        jdbc.update("update accident_analogy_check set due_date = ? where id = ?", today.minusDays(1),
                UUID.fromString(check));
        get("/api/v1/accidents/" + id + "/followup", "county.yjj").andExpect(jsonPath("$.analogy.overdue").value(1));
        get("/api/v1/accidents/analogy-checks/" + check, "ent.a.safety").andExpect(jsonPath("$.overdue").value(true));

        // the peer's principal or safety manager answers; a finding becomes an 事故类比 hazard of the peer
        post("/api/v1/accidents/analogy-checks/" + check + "/complete", Map.of("version", 0, "result", "已排查"),
                "ent.a.worker").andExpect(status().isForbidden());
        post("/api/v1/accidents/analogy-checks/" + check + "/complete", Map.of("version", 0, "result", " "),
                "ent.a.safety").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field")
                        .value("result"));
        String done = body(post("/api/v1/accidents/analogy-checks/" + check + "/complete", Map.of("version", 0,
                "result", "对照防范措施检查了全部冲压设备", "finding", "2号冲床光电保护失效"), "ent.a.safety")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("DONE"))
                .andExpect(jsonPath("$.overdue").value(false)));
        String hazard = JsonPath.read(done, "$.hazardId");
        get("/api/v1/hazards/" + hazard, "ent.a.safety").andExpect(jsonPath("$.source").value("ACCIDENT_ANALOGY"))
                .andExpect(jsonPath("$.enterpriseId").value(a.toString()));
        post("/api/v1/accidents/analogy-checks/" + check + "/complete", Map.of("version", 0, "result", "再报一次"),
                "ent.a.safety").andExpect(status().isConflict());
        get("/api/v1/accidents/" + id + "/followup", "county.yjj").andExpect(jsonPath("$.analogy.done").value(1))
                .andExpect(jsonPath("$.analogy.open").value(peers - 1))
                .andExpect(jsonPath("$.analogy.overdue").value(0));
    }

    @Test
    void aTownOfficialsChecksStayInTheTown() throws Exception {
        UUID x = otherManufacturer();
        String id = report(x, 0, 1);
        advance(id, "START_INVESTIGATION", "SUBMIT_REPORT");
        post("/api/v1/accidents/" + id + "/measures", Map.of("version", 0, "measures", List.of("加装防护罩")),
                "county.yjj").andExpect(status().isOk());
        String xRegion = jdbc.queryForObject("select region_code from directory_enterprise where id = ?",
                String.class, x);
        if (!xRegion.startsWith("990101100")) {
            get("/api/v1/accidents/" + id + "/followup", "town.aj").andExpect(status().isNotFound());
            return;
        }
        long inTown = jdbc.queryForObject("select count(*) from directory_enterprise e where e.region_code"
                + " between '990101100000' and '990101100999' and e.status <> 'CLOSED' and e.id <> ? and exists"
                + " (select 1 from directory_enterprise_sector s where s.enterprise_id = e.id and s.sector_code = '03')",
                Long.class, x);
        post("/api/v1/accidents/" + id + "/analogy", Map.of("version", followUpVersion(id), "sector", "03", "due",
                LocalDate.now(Zones.CHINA).plusDays(5).toString()), "town.aj").andExpect(status().isOk())
                .andExpect(jsonPath("$.analogy.peers").value(inTown));
    }

    private String blacklistOf(String id) throws Exception {
        return JsonPath.read(body(get("/api/v1/accidents/" + id + "/followup", "county.yjj")), "$.blacklist.id");
    }

    @Test
    void largeAccidentsAreProposedAndGeneralOnesAreNot() throws Exception {
        UUID a = enterpriseOf("ent.a.safety");
        String general = report(a, 2, 9);
        get("/api/v1/accidents/" + general + "/followup", "county.yjj")
                .andExpect(jsonPath("$.blacklist").doesNotExist());
        String large = report(a, 3, 0);
        get("/api/v1/accidents/" + large + "/followup", "county.yjj")
                .andExpect(jsonPath("$.blacklist.state").value("PROPOSED"))
                .andExpect(jsonPath("$.blacklist.lifetimeBan").value(false))
                .andExpect(jsonPath("$.blacklist.basis").value(org.hamcrest.Matchers.containsString("较大事故")));
        // a supplement that regrades a general accident to 较大 proposes it
        post("/api/v1/accidents/" + general + "/supplements", Map.of("version", 0, "deaths", 2, "missing", 0,
                "seriousInjuries", 10, "directLossYuan", 0), "county.yjj").andExpect(status().isOk());
        get("/api/v1/accidents/" + general + "/followup", "county.yjj")
                .andExpect(jsonPath("$.blacklist.state").value("PROPOSED"));
    }

    @Test
    void aConcealedAccidentIsProposedWhenFound() throws Exception {
        String id = report(enterpriseOf("ent.a.safety"), 1, 0);
        get("/api/v1/accidents/" + id + "/followup", "county.yjj").andExpect(jsonPath("$.blacklist").doesNotExist());
        post("/api/v1/accidents/" + id + "/flags", Map.of("version", 0, "flag", "CONCEALED", "value", true),
                "county.yjj").andExpect(status().isOk());
        get("/api/v1/accidents/" + id + "/followup", "county.yjj")
                .andExpect(jsonPath("$.blacklist.basis").value("事故瞒报"));
    }

    @Test
    void anOfficialConfirmsOrDeclinesInScope() throws Exception {
        String id = report(enterpriseOf("ent.a.safety"), 3, 0);
        String entry = blacklistOf(id);
        LocalDate today = LocalDate.now(Zones.CHINA);
        post("/api/v1/accidents/blacklist/" + entry + "/confirm", Map.of("version", 0, "jointPunishment", "限制融资",
                "endsOn", today.plusYears(3).toString()), "ent.a.boss").andExpect(status().isForbidden());
        post("/api/v1/accidents/blacklist/" + entry + "/confirm", Map.of("version", 0, "jointPunishment", "限制融资",
                "endsOn", today.plusYears(3).toString()), "ent.b.boss").andExpect(status().isNotFound());
        get("/api/v1/accidents/blacklist/" + entry, "county.zjj").andExpect(status().isNotFound());
        post("/api/v1/accidents/blacklist/" + entry + "/confirm", Map.of("version", 0, "jointPunishment", "限制融资",
                "endsOn", today.toString()), "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endsOn"));
        post("/api/v1/accidents/blacklist/" + entry + "/confirm", Map.of("version", 0, "endsOn",
                today.plusDays(1).toString()), "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("jointPunishment"));
        post("/api/v1/accidents/blacklist/" + entry + "/decline", Map.of("version", 0), "county.yjj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        post("/api/v1/accidents/blacklist/" + entry + "/confirm", Map.of("version", 0, "jointPunishment",
                "限制融资、评优评先", "endsOn", today.plusDays(1).toString()), "county.yjj").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CONFIRMED")).andExpect(jsonPath("$.inForce").value(true))
                .andExpect(jsonPath("$.startsOn").value(today.toString()));
        post("/api/v1/accidents/blacklist/" + entry + "/decline", Map.of("version", 0, "reason", "改变主意"),
                "county.yjj").andExpect(status().isConflict());
        post("/api/v1/accidents/blacklist/" + entry + "/decline", Map.of("version", 1, "reason", "改变主意"),
                "county.yjj").andExpect(status().isBadRequest());
        assertThat(audits(entry, "'CREATE', 'CONFIRM'")).isEqualTo(2);

        get("/api/v1/accidents/blacklist?state=CONFIRMED&size=500", "county.yjj")
                .andExpect(jsonPath("$.content[*].id", hasItem(entry)));
        get("/api/v1/accidents/blacklist?size=500", "ent.b.boss")
                .andExpect(jsonPath("$.content[*].id", not(hasItem(entry))));
        get("/api/v1/accidents/blacklist?size=501", "county.yjj").andExpect(status().isBadRequest());

        String other = blacklistOf(report(enterpriseOf("ent.a.safety"), 4, 0));
        post("/api/v1/accidents/blacklist/" + other + "/decline", Map.of("version", 0, "reason",
                "调查认定事故单位不负责任"), "county.yjj").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DECLINED")).andExpect(jsonPath("$.inForce").value(false));
    }

    @Test
    void aMajorAccidentsConfirmationProposesALifetimeBanInEnforcement() throws Exception {
        UUID b = enterpriseOf("ent.b.boss");
        String id = report(b, 10, 0);
        String entry = blacklistOf(id);
        get("/api/v1/accidents/blacklist/" + entry, "county.yjj").andExpect(jsonPath("$.lifetimeBan").value(true));
        get("/api/v1/enforcement/bans/proposals", "county.yjj")
                .andExpect(jsonPath("$[*].accidentId", not(hasItem(id))));
        post("/api/v1/accidents/blacklist/" + entry + "/confirm", Map.of("version", 0, "jointPunishment", "限制融资",
                "endsOn", LocalDate.now(Zones.CHINA).plusYears(3).toString()), "county.yjj")
                .andExpect(status().isOk());
        long deadline = System.currentTimeMillis() + 15_000;
        String proposals = "[]";
        while (System.currentTimeMillis() < deadline) {
            proposals = body(get("/api/v1/enforcement/bans/proposals", "county.yjj"));
            if (proposals.contains(id)) {
                break;
            }
            Thread.sleep(200);
        }
        List<String> names = JsonPath.read(proposals, "$[?(@.accidentId == '" + id + "')].personName");
        List<String> roles = JsonPath.read(proposals, "$[?(@.accidentId == '" + id + "')].personRole");
        assertThat(names).containsExactlyInAnyOrder("李化工", "李控股");
        assertThat(roles).containsExactlyInAnyOrder("主要负责人", "实际控制人");
        // another enterprise's users do not see it
        assertThat(body(get("/api/v1/enforcement/bans/proposals", "ent.a.boss"))).doesNotContain(id);
    }
}
