package org.zhiben.accident.rootcause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ZhibenTest;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.Zones;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.workflow.HazardView;
import org.zhiben.hazard.workflow.HazardWorkflow;
import tools.jackson.databind.ObjectMapper;

/**
 * Root cause (溯源) through the API: the five steps and their rules, the recurring-cause count against a hand-counted
 * fixture in a town of its own (990101197000, fictional; accidents of 2014 and 2015 in two villages), scope (404
 * outside, for analyses, regions and picks), bad input, stale versions, and the 一月一专题 / 一年一难题 picks: one per
 * office and period.
 */
@ZhibenTest
class RootCauseApiTest {

    private static final String PASSWORD = "Demo@12345";
    private static final String TOWN = "990101197000";
    private static final String V1 = "990101197001";
    private static final String V2 = "990101197002";

    private static boolean seeded;
    private static String x1;
    private static String x1Analysis;
    private static String x2Analysis;
    private static String voided;
    private static String recent;

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService users;
    @Autowired
    HazardWorkflow hazards;
    @Autowired
    AuditTrail audit;

    private ResultActions post(String url, Object body, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : json.writeValueAsString(body)));
    }

    private ResultActions get(String url, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(httpBasic(user, PASSWORD)));
    }

    private static Instant beijing(String t) {
        return LocalDateTime.parse(t).atZone(Zones.CHINA).toInstant();
    }

    private String accident(String region, Set<String> sectors, Instant occurred) throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("regionCode", region);
        r.put("unitName", "溯源测试单位");
        r.put("sectors", sectors);
        r.put("place", "溯源测试地点");
        r.put("occurredAt", occurred.toString());
        r.put("knownAt", occurred.plus(Duration.ofMinutes(5)).toString());
        r.put("firstReportedAt", occurred.plus(Duration.ofMinutes(30)).toString());
        r.put("categoryCode", "03");
        r.put("deaths", 0);
        r.put("missing", 0);
        r.put("seriousInjuries", 1);
        r.put("directLossYuan", 10000);
        r.put("summary", "溯源测试事故");
        return JsonPath.read(post("/api/v1/accidents", r, "county.yjj").andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(), "$.id");
    }

    private static Map<String, Object> cause(String factor, String category) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("factor", factor);
        c.put("category", category);
        c.put("description", "测试原因 " + category);
        return c;
    }

    private static Map<String, Object> analysis(String sector, LocalDate due, List<Map<String, Object>> causes) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("situation", "测试述情");
        a.put("sector", sector);
        a.put("causes", causes);
        a.put("people", List.of(Map.of("name", "测责任", "role", "班组长", "responsibility", "未履行监护职责")));
        a.put("duties", "测试明责");
        List<Map<String, Object>> measures = new ArrayList<>();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("measure", "测试治源措施");
        m.put("owner", "测负责");
        m.put("due", due.toString());
        m.put("done", false);
        measures.add(m);
        a.put("measures", measures);
        return a;
    }

    private static Map<String, Object> start(String kind, String subject, Map<String, Object> analysis) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("kind", kind);
        n.put("subjectId", subject);
        n.put("analysis", analysis);
        return n;
    }

    private String analyse(String accident, String sector, LocalDate due, List<Map<String, Object>> causes)
            throws Exception {
        return JsonPath.read(post("/api/v1/accidents/root-causes", start("ACCIDENT", accident,
                analysis(sector, due, causes)), "county.yjj").andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id");
    }

    @BeforeEach
    void fixture() throws Exception {
        synchronized (RootCauseApiTest.class) {
            if (seeded) {
                return;
            }
            LocalDate due = LocalDate.of(2016, 6, 30);
            // X1: V1, sector 18, March 2014: P02 and G05 twice
            x1 = accident(V1, Set.of("18"), beijing("2014-03-01T09:00"));
            x1Analysis = analyse(x1, null, due, List.of(cause("PERSON", "P02"), cause("MANAGEMENT", "G05"),
                    cause("MANAGEMENT", "G05")));
            // X2: V1, sectors 04 and 18, counted under 04: G05, E04
            String x2 = accident(V1, Set.of("04", "18"), beijing("2014-06-01T09:00"));
            x2Analysis = analyse(x2, "04", due, List.of(cause("MANAGEMENT", "G05"), cause("ENVIRONMENT", "E04")));
            // X3: V2, the last minutes of 2014 (Beijing): G05, M02
            String x3 = accident(V2, Set.of("18"), beijing("2014-12-31T23:30"));
            analyse(x3, null, due, List.of(cause("MANAGEMENT", "G05"), cause("MACHINE", "M02")));
            // X4: V2, the first minutes of 2015: G05, outside 2014
            String x4 = accident(V2, Set.of("18"), beijing("2015-01-01T00:10"));
            analyse(x4, null, due, List.of(cause("MANAGEMENT", "G05")));
            // a voided accident: no analysis
            voided = accident(V1, Set.of("18"), beijing("2014-05-01T09:00"));
            post("/api/v1/accidents/" + voided + "/transitions", "{\"version\":0,\"action\":\"VOID\",\"reason\":\"重复\"}",
                    "county.yjj").andExpect(status().isOk());
            // a recent accident of sector 04 (the 住建局's), for the picks' twelve months: G05
            recent = accident(V1, Set.of("04"), Instant.now().minus(Duration.ofHours(2)));
            analyse(recent, null, LocalDate.now(Zones.CHINA).plusDays(10), List.of(cause("MANAGEMENT", "G05")));
            seeded = true;
        }
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    // ---------------------------------------------------------------- the five steps

    @Test
    void anAnalysisHoldsTheFiveStepsAndIsAudited() throws Exception {
        get("/api/v1/accidents/root-causes/" + x1Analysis, "county.yjj").andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("ACCIDENT"))
                .andExpect(jsonPath("$.subjectId").value(x1))
                .andExpect(jsonPath("$.subjectDate").value("2014-03-01"))
                .andExpect(jsonPath("$.sector").value("18"))
                .andExpect(jsonPath("$.situation").value("测试述情"))
                .andExpect(jsonPath("$.causes.length()").value(3))
                .andExpect(jsonPath("$.causes[0].factor").value("PERSON"))
                .andExpect(jsonPath("$.causes[0].category").value("P02"))
                .andExpect(jsonPath("$.causes[1].categoryName").value("危险作业审批、现场监护缺失"))
                .andExpect(jsonPath("$.people[0].role").value("班组长"))
                .andExpect(jsonPath("$.duties").value("测试明责"))
                .andExpect(jsonPath("$.measures[0].owner").value("测负责"))
                .andExpect(jsonPath("$.measures[0].done").value(false))
                .andExpect(jsonPath("$.writable").value(true));
        assertThat(audit.historyOf("RootCause", UUID.fromString(x1Analysis).toString())).isNotEmpty();
        // the accident's page address leads to it
        mvc.perform(MockMvcRequestBuilders.get("/accidents/root-causes/for/ACCIDENT/" + x1)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(users.loadUserByUsername("county.yjj"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl("/accidents/root-causes/" + x1Analysis));
    }

    @Test
    void aRewriteNeedsTheVersionSeenAndMarksMeasuresDone() throws Exception {
        String x = accident(V2, Set.of("18"), beijing("2013-08-01T09:00"));
        String id = analyse(x, null, LocalDate.of(2016, 1, 1), List.of(cause("PERSON", "P01")));
        Map<String, Object> a = analysis(null, LocalDate.of(2016, 1, 1), List.of(cause("PERSON", "P01")));
        ((Map<String, Object>) ((List<?>) a.get("measures")).get(0)).put("done", true);
        post("/api/v1/accidents/root-causes/" + id, Map.of("version", 0, "analysis", a), "county.yjj")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.measures[0].done").value(true))
                .andExpect(jsonPath("$.measures[0].doneOn").value(LocalDate.now(Zones.CHINA).toString()));
        post("/api/v1/accidents/root-causes/" + id, Map.of("version", 0, "analysis", a), "county.yjj")
                .andExpect(status().isConflict());
        post("/api/v1/accidents/root-causes/" + id, Map.of("analysis", a), "county.yjj")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("version")));
    }

    @Test
    void aMajorHazardIsAnalysedByItsEnterpriseAndAGeneralOneIsRefused() throws Exception {
        UserDetails safety = users.loadUserByUsername("ent.a.safety");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(safety, null, safety.getAuthorities()));
        HazardView major = hazards.majorHazards(100).stream().filter(h -> h.description().contains("液压站"))
                .findFirst().orElseThrow();
        HazardView general = hazards.ofEnterprise(major.enterpriseId(), 100).stream()
                .filter(h -> h.level() == HazardLevel.GENERAL).findFirst().orElseThrow();
        SecurityContextHolder.clearContext();
        LocalDate due = major.foundOn().plusDays(30);

        post("/api/v1/accidents/root-causes", start("HAZARD", general.id().toString(),
                analysis(null, due, List.of(cause("MACHINE", "M01")))), "ent.a.safety")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("subjectId"));
        // a worker may read but not write
        post("/api/v1/accidents/root-causes", start("HAZARD", major.id().toString(),
                analysis(null, due, List.of(cause("MACHINE", "M01")))), "ent.a.worker")
                .andExpect(status().isForbidden());
        // another enterprise does not see the hazard
        post("/api/v1/accidents/root-causes", start("HAZARD", major.id().toString(),
                analysis(null, due, List.of(cause("MACHINE", "M01")))), "ent.b.boss")
                .andExpect(status().isNotFound());
        String id = JsonPath.read(post("/api/v1/accidents/root-causes", start("HAZARD", major.id().toString(),
                analysis(null, due, List.of(cause("MACHINE", "M01")))), "ent.a.safety")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("HAZARD"))
                .andExpect(jsonPath("$.enterpriseId").value(major.enterpriseId().toString()))
                .andExpect(jsonPath("$.sector").value("03"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        get("/api/v1/accidents/root-causes/" + id, "ent.b.boss").andExpect(status().isNotFound());
        get("/api/v1/accidents/root-causes/" + id, "county.zjj").andExpect(status().isNotFound());
        get("/api/v1/accidents/root-causes/" + id, "county.yjj").andExpect(status().isOk());
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void badInputIsAProblemBesideItsField() throws Exception {
        String x = accident(V2, Set.of("18"), beijing("2013-09-01T09:00"));
        LocalDate due = LocalDate.of(2016, 1, 1);
        // a category of another factor
        post("/api/v1/accidents/root-causes", start("ACCIDENT", x, analysis(null, due,
                List.of(cause("PERSON", "G05")))), "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("causes[0].category")));
        // an unknown category, no factor
        post("/api/v1/accidents/root-causes", start("ACCIDENT", x, analysis(null, due,
                List.of(cause("PERSON", "X99"), cause(null, "P01")))), "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("causes[0].category")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("causes[1].factor")));
        // no cause, nobody responsible, no measure, no situation
        Map<String, Object> empty = analysis(null, due, List.of());
        empty.put("people", List.of());
        empty.put("measures", List.of());
        empty.put("situation", " ");
        post("/api/v1/accidents/root-causes", start("ACCIDENT", x, empty), "county.yjj")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("causes")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("people")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("measures")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("situation")));
        // a measure due before the accident
        post("/api/v1/accidents/root-causes", start("ACCIDENT", x, analysis(null, LocalDate.of(2013, 8, 31),
                List.of(cause("PERSON", "P01")))), "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("measures[0].due")));
        // a sector the unit does not have
        post("/api/v1/accidents/root-causes", start("ACCIDENT", x, analysis("04", due,
                List.of(cause("PERSON", "P01")))), "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("sector")));
        // text longer than its column
        Map<String, Object> tooLong = analysis(null, due, List.of(cause("PERSON", "P01")));
        tooLong.put("situation", "述".repeat(4001));
        post("/api/v1/accidents/root-causes", start("ACCIDENT", x, tooLong), "county.yjj")
                .andExpect(status().isBadRequest());
        // no kind, an unknown kind
        post("/api/v1/accidents/root-causes", start(null, x, analysis(null, due, List.of(cause("PERSON", "P01")))),
                "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("kind")));
        post("/api/v1/accidents/root-causes", start("TREE", x, analysis(null, due, List.of(cause("PERSON", "P01")))),
                "county.yjj").andExpect(status().isBadRequest());
        // a voided accident
        post("/api/v1/accidents/root-causes", start("ACCIDENT", voided, analysis(null, due,
                List.of(cause("PERSON", "P01")))), "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("subjectId"));
        // an accident's id named as a hazard: no such hazard
        post("/api/v1/accidents/root-causes", start("HAZARD", x, analysis(null, due,
                List.of(cause("PERSON", "P01")))), "county.yjj").andExpect(status().isNotFound());
        // nothing was written for x; then once, and a second analysis of the same accident is refused
        analyse(x, null, due, List.of(cause("PERSON", "P01")));
        post("/api/v1/accidents/root-causes", start("ACCIDENT", x, analysis(null, due,
                List.of(cause("PERSON", "P01")))), "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("subjectId"));
        // bad filters
        get("/api/v1/accidents/root-causes/recurring?region=12x", "county.yjj").andExpect(status().isBadRequest());
        get("/api/v1/accidents/root-causes/recurring?factor=SKY", "county.yjj").andExpect(status().isBadRequest());
        get("/api/v1/accidents/root-causes/recurring?from=2026-02-01&to=2026-01-01", "county.yjj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        get("/api/v1/accidents/root-causes?from=2026-02-01&to=2026-01-01", "county.yjj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        get("/api/v1/accidents/root-causes?size=0", "county.yjj").andExpect(status().isBadRequest());
    }

    // ---------------------------------------------------------------- scope

    @Test
    void outsideTheScopeIs404() throws Exception {
        get("/api/v1/accidents/root-causes/" + x1Analysis, "town.aj").andExpect(status().isNotFound());
        get("/api/v1/accidents/root-causes/" + x1Analysis, "ent.a.boss").andExpect(status().isNotFound());
        // the 住建局 (sector 04) sees the analysis counted under 04's accident, not the one of sector 18
        get("/api/v1/accidents/root-causes/" + x1Analysis, "county.zjj").andExpect(status().isNotFound());
        get("/api/v1/accidents/root-causes/" + x2Analysis, "county.zjj").andExpect(status().isOk());
        post("/api/v1/accidents/root-causes/" + x1Analysis, Map.of("version", 0, "analysis",
                analysis(null, LocalDate.of(2016, 1, 1), List.of(cause("PERSON", "P01")))), "town.aj")
                .andExpect(status().isNotFound());
        post("/api/v1/accidents/root-causes", start("ACCIDENT", x1, analysis(null, LocalDate.of(2016, 1, 1),
                List.of(cause("PERSON", "P01")))), "town.aj").andExpect(status().isNotFound());
        get("/api/v1/accidents/root-causes/" + UUID.randomUUID(), "county.yjj").andExpect(status().isNotFound());
        // a region outside the jurisdiction
        get("/api/v1/accidents/root-causes/recurring?region=" + TOWN, "town.aj").andExpect(status().isNotFound());
        // the town office sees none of the county's causes and picks
        String body = get("/api/v1/accidents/root-causes/recurring?from=2014-01-01&to=2015-12-31", "town.aj")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(body, "$.rows[*].region")).noneMatch(r -> r.startsWith("990101197"));
        get("/api/v1/accidents/root-causes?region=" + TOWN, "town.aj").andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    // ---------------------------------------------------------------- recurring causes

    @Test
    void theRecurringCausesAreTheHandCountedOnes() throws Exception {
        String body = get("/api/v1/accidents/root-causes/recurring?from=2014-01-01&to=2014-12-31&region=" + TOWN,
                "county.yjj").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // X1 (P02, G05, G05; 18; V1), X2 (G05, E04; 04; V1), X3 (G05, M02; 18; V2); X4 is 2015
        assertThat((Integer) JsonPath.read(body, "$.causes")).isEqualTo(7);
        assertThat((Integer) JsonPath.read(body, "$.regionLength")).isEqualTo(12);
        List<String> rows = new ArrayList<>();
        List<Map<String, Object>> list = JsonPath.read(body, "$.rows");
        for (Map<String, Object> r : list) {
            rows.add(r.get("factor") + " " + r.get("category") + " " + r.get("sector") + " " + r.get("region") + " "
                    + r.get("causes") + "/" + r.get("analyses"));
        }
        assertThat(rows).containsExactly(
                "MANAGEMENT G05 18 " + V1 + " 2/1",
                "ENVIRONMENT E04 04 " + V1 + " 1/1",
                "MANAGEMENT G05 04 " + V1 + " 1/1",
                "MANAGEMENT G05 18 " + V2 + " 1/1",
                "MACHINE M02 18 " + V2 + " 1/1",
                "PERSON P02 18 " + V1 + " 1/1");
        assertThat((List<String>) JsonPath.read(body, "$.byFactor[*].key"))
                .containsExactly("PERSON", "MACHINE", "ENVIRONMENT", "MANAGEMENT");
        assertThat((List<Integer>) JsonPath.read(body, "$.byFactor[*].causes")).containsExactly(1, 1, 1, 4);
        assertThat((List<String>) JsonPath.read(body, "$.byCategory[*].key")).containsExactly("G05", "E04", "M02", "P02");
        assertThat((List<Integer>) JsonPath.read(body, "$.byCategory[*].causes")).containsExactly(4, 1, 1, 1);

        // G05 over one year more: X1 2, X2 1, X3 1 and X4 (2015, V2) 1
        body = get("/api/v1/accidents/root-causes/recurring?from=2014-01-01&to=2015-12-31&region=" + TOWN
                + "&category=G05", "county.yjj").andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(body, "$.causes")).isEqualTo(5);
        assertThat((Integer) JsonPath.read(body, "$.byFactor[3].causes")).isEqualTo(5);
        assertThat((List<Integer>) JsonPath.read(body, "$.rows[?(@.region == '" + V2 + "')].causes"))
                .containsExactly(2);
        assertThat((List<Integer>) JsonPath.read(body, "$.rows[?(@.region == '" + V2 + "')].analyses"))
                .containsExactly(2);
        // the county sees its towns: the fixture is one row per category and sector in town 990101197
        body = get("/api/v1/accidents/root-causes/recurring?from=2014-01-01&to=2014-12-31&factor=MANAGEMENT",
                "county.yjj").andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(body, "$.regionLength")).isEqualTo(9);
        assertThat((List<Integer>) JsonPath.read(body, "$.rows[?(@.region == '990101197000')].causes"))
                .containsExactlyInAnyOrder(3, 1);
        // a sector-bound official counts only their sector: 04's G05 and E04
        body = get("/api/v1/accidents/root-causes/recurring?from=2014-01-01&to=2014-12-31&region=" + TOWN,
                "county.zjj").andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(body, "$.causes")).isEqualTo(2);

        // each count opens as many analyses as it says
        get("/api/v1/accidents/root-causes?from=2014-01-01&to=2014-12-31&category=G05&sector=18&region=" + V1,
                "county.yjj").andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(x1Analysis));
        get("/api/v1/accidents/root-causes?from=2014-01-01&to=2014-12-31&factor=MANAGEMENT&region=" + TOWN,
                "county.yjj").andExpect(jsonPath("$.totalElements").value(3));
        get("/api/v1/accidents/root-causes?from=2014-01-01&to=2014-12-31&kind=HAZARD&region=" + TOWN,
                "county.yjj").andExpect(jsonPath("$.totalElements").value(0));
    }

    // ---------------------------------------------------------------- topics

    private Map<String, Object> topic(String kind, String period, String category) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("kind", kind);
        t.put("period", period);
        t.put("category", category);
        t.put("title", "危险作业专项治理");
        t.put("reason", "危险作业未审批、无人监护反复出现");
        return t;
    }

    @Test
    void anOfficePicksOneTopicPerMonthAndPerYear() throws Exception {
        LocalDate today = LocalDate.now(Zones.CHINA);
        String basis = get("/api/v1/accidents/root-causes/recurring?category=G05&from=" + today.minusMonths(12)
                .plusDays(1) + "&to=" + today, "county.yjj").andReturn().getResponse().getContentAsString();
        int g05 = JsonPath.read(basis, "$.causes");
        assertThat(g05).isGreaterThanOrEqualTo(1);

        String first = post("/api/v1/accidents/root-causes/topics", topic("MONTHLY", "2031-05", "G05"), "county.yjj")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("MONTHLY"))
                .andExpect(jsonPath("$.period").value("2031-05"))
                .andExpect(jsonPath("$.factor").value("MANAGEMENT"))
                .andExpect(jsonPath("$.causeCount").value(g05))
                .andExpect(jsonPath("$.officeName").value("示范县应急管理局"))
                .andExpect(jsonPath("$.mine").value(true))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(first, "$.id");
        // the same office, the same month: 409; another month and the year: each once
        post("/api/v1/accidents/root-causes/topics", topic("MONTHLY", "2031-05", "P02"), "county.yjj")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("已选定2031-05的一月一专题")))
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        post("/api/v1/accidents/root-causes/topics", topic("MONTHLY", "2031-06", "G05"), "county.yjj")
                .andExpect(status().isCreated());
        post("/api/v1/accidents/root-causes/topics", topic("YEARLY", "2031", "G05"), "county.yjj")
                .andExpect(status().isCreated());
        post("/api/v1/accidents/root-causes/topics", topic("YEARLY", "2031", "G05"), "county.yjj")
                .andExpect(status().isConflict());
        // another office of the same county picks its own for the same month
        post("/api/v1/accidents/root-causes/topics", topic("MONTHLY", "2031-05", "G05"), "county.zjj")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.officeName").value(containsString("住房和城乡建设局")));

        // the pick is changed from the version seen, by its office only
        Map<String, Object> change = new LinkedHashMap<>(Map.of("version", 0, "category", "G05", "title",
                "危险作业审批专项治理", "reason", "调整名称"));
        post("/api/v1/accidents/root-causes/topics/" + id, change, "county.zjj").andExpect(status().isForbidden());
        post("/api/v1/accidents/root-causes/topics/" + id, change, "county.yjj").andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("危险作业审批专项治理"))
                .andExpect(jsonPath("$.period").value("2031-05"));
        post("/api/v1/accidents/root-causes/topics/" + id, change, "county.yjj").andExpect(status().isConflict());
        assertThat(audit.historyOf("RootCauseTopic", id)).hasSize(2);

        // visible in the county, not in a town or to an enterprise
        get("/api/v1/accidents/root-causes/topics?kind=MONTHLY", "city.yjj").andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", hasItem(id)));
        get("/api/v1/accidents/root-causes/topics/" + id, "town.aj").andExpect(status().isNotFound());
        get("/api/v1/accidents/root-causes/topics/" + id, "ent.a.boss").andExpect(status().isNotFound());
        assertThat((List<String>) JsonPath.read(get("/api/v1/accidents/root-causes/topics", "town.aj")
                .andReturn().getResponse().getContentAsString(), "$.content[*].id")).doesNotContain(id);

        // an enterprise's topic: picked by its managers only, seen by officials of its sectors only
        String category = JsonPath.read(get("/api/v1/accidents/root-causes/recurring?from=2000-01-01",
                "ent.a.safety").andExpect(status().isOk()).andReturn().getResponse().getContentAsString(),
                "$.byCategory[0].key");
        post("/api/v1/accidents/root-causes/topics", topic("MONTHLY", "2031-07", category), "ent.a.worker")
                .andExpect(status().isForbidden());
        String own = JsonPath.read(post("/api/v1/accidents/root-causes/topics", topic("MONTHLY", "2031-07", category),
                "ent.a.safety").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        get("/api/v1/accidents/root-causes/topics/" + own, "county.yjj").andExpect(status().isOk());
        get("/api/v1/accidents/root-causes/topics/" + own, "county.zjj").andExpect(status().isNotFound());
        assertThat((List<String>) JsonPath.read(get("/api/v1/accidents/root-causes/topics", "county.zjj")
                .andReturn().getResponse().getContentAsString(), "$.content[*].id")).doesNotContain(own).contains(id);
        // pages of the newest first, in the query
        List<String> periods = new java.util.ArrayList<>();
        List<String> ids = new java.util.ArrayList<>();
        for (int n = 0; ; n++) {
            String onePage = get("/api/v1/accidents/root-causes/topics?size=1&page=" + n, "county.yjj")
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<String> content = JsonPath.read(onePage, "$.content[*].period");
            if (content.isEmpty()) {
                assertThat(JsonPath.<Integer>read(onePage, "$.totalElements")).isEqualTo(n);
                break;
            }
            periods.addAll(content);
            ids.addAll(JsonPath.<List<String>>read(onePage, "$.content[*].id"));
        }
        assertThat(ids).contains(id, own).doesNotHaveDuplicates();
        assertThat(periods).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        get("/api/v1/accidents/root-causes/topics?size=501", "county.yjj").andExpect(status().isBadRequest());
    }

    @Test
    void aPickNamesAValidPeriodAndARecurringCause() throws Exception {
        post("/api/v1/accidents/root-causes/topics", topic("MONTHLY", "2032-13", "G05"), "county.yjj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));
        post("/api/v1/accidents/root-causes/topics", topic("MONTHLY", "2032", "G05"), "county.yjj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));
        post("/api/v1/accidents/root-causes/topics", topic("YEARLY", "2032-01", "G05"), "county.yjj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));
        post("/api/v1/accidents/root-causes/topics", topic("YEARLY", "1999", "G05"), "county.yjj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));
        post("/api/v1/accidents/root-causes/topics", topic(null, "2032-01", "G05"), "county.yjj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        // E03 (自然环境与气象) occurs nowhere in the last twelve months
        post("/api/v1/accidents/root-causes/topics", topic("MONTHLY", "2032-01", "E03"), "county.yjj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("category"));
        post("/api/v1/accidents/root-causes/topics", topic("MONTHLY", "2032-01", "Q1"), "county.yjj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("category"));
        Map<String, Object> untitled = topic("MONTHLY", "2032-01", "G05");
        untitled.put("title", "");
        post("/api/v1/accidents/root-causes/topics", untitled, "county.yjj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
        // an administrator represents no office
        post("/api/v1/accidents/root-causes/topics", topic("MONTHLY", "2032-01", "G05"), "admin")
                .andExpect(status().isForbidden());
    }

    @Test
    void theCategoriesAreTheDataList() throws Exception {
        get("/api/v1/accidents/root-causes/categories", "ent.a.worker").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(21))
                .andExpect(jsonPath("$[?(@.code == 'G05')].factor").value(hasItem("MANAGEMENT")))
                .andExpect(jsonPath("$[?(@.code == 'P01')].factor").value(hasItem("PERSON")));
    }
}
