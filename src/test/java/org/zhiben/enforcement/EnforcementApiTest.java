package org.zhiben.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ItData;
import org.zhiben.ZhibenTest;
import org.zhiben.common.SeededDraw;
import org.zhiben.common.Zones;
import org.zhiben.common.document.PrintedPages;
import org.zhiben.identity.CurrentUser;
import tools.jackson.databind.ObjectMapper;

@ZhibenTest
class EnforcementApiTest {

    private static final String PASSWORD = "Demo@12345";
    private static final ItData DATA = new ItData('U');
    private static final String DONGGUAN_VILLAGE = "990101100201";
    private static final String XIHE_VILLAGE = "990101101201";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Cases cases;
    @Autowired
    UserDetailsService userDetails;

    private ResultActions post(String url, Object body, String user) throws Exception {
        MockHttpServletRequestBuilder r = MockMvcRequestBuilders.post(url).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : json.writeValueAsString(body));
        return mvc.perform(r);
    }

    private ResultActions get(String url, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(httpBasic(user, PASSWORD)));
    }

    private String body(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString();
    }

    private static LocalDate today() {
        return LocalDate.now(Zones.CHINA);
    }

    private UUID enterprise(String name, String village) throws Exception {
        return UUID.fromString(JsonPath.read(body(post("/api/v1/enterprises", ItData.enterprise(DATA.nextUscc(), name,
                village), "county.yjj").andExpect(status().isCreated())), "$.id"));
    }

    private UUID officer(String certNo) throws Exception {
        List<String> ids = JsonPath.read(body(get("/api/v1/enforcement/officers", "county.yjj")),
                "$[?(@.certNo == '" + certNo + "')].id");
        return UUID.fromString(ids.get(0));
    }

    /** The demo officers: 孙监管 (county), 钱监管 (city), and 吴站长 (东关镇) whose 执法证 has expired. */
    private List<UUID> team() throws Exception {
        return List.of(officer("ZB99010100118"), officer("ZB99010000031"));
    }

    private Map<String, Object> inspection(UUID enterpriseId, List<UUID> officers) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enterpriseId", enterpriseId);
        m.put("mode", "FOUR_NOS");
        m.put("inspectedOn", today().toString());
        m.put("place", "生产车间");
        m.put("summary", "检查生产现场");
        m.put("officerIds", officers);
        return m;
    }

    private UUID inspect(UUID enterpriseId) throws Exception {
        return UUID.fromString(JsonPath.read(body(post("/api/v1/enforcement/inspections",
                inspection(enterpriseId, team()), "county.yjj").andExpect(status().isCreated())), "$.id"));
    }

    private UUID fileCase(UUID enterpriseId) throws Exception {
        return UUID.fromString(JsonPath.read(body(post("/api/v1/enforcement/cases", Map.of("enterpriseId",
                enterpriseId, "title", "未按规定维护安全设备", "facts", "安全设备未经常性维护"), "county.yjj")
                .andExpect(status().isCreated())), "$.id"));
    }

    private int version(UUID caseId) throws Exception {
        return JsonPath.read(body(get("/api/v1/enforcement/cases/" + caseId, "county.yjj")), "$.version");
    }

    private ResultActions act(UUID caseId, Map<String, Object> body) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>(body);
        m.putIfAbsent("version", version(caseId));
        return post("/api/v1/enforcement/cases/" + caseId + "/actions", m, "county.yjj");
    }

    // ---------------------------------------------------------------- directories

    @Test
    void theObjectDirectoryShowsCategoryGradeAndLastInspection() throws Exception {
        UUID e = enterprise("名录测试机械有限公司", DONGGUAN_VILLAGE);
        inspect(e);
        get("/api/v1/enforcement/targets?size=500", "county.yjj").andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.id == '" + e + "')].category").value(hasItem("GENERAL")))
                .andExpect(jsonPath("$.content[?(@.id == '" + e + "')].gradeLabel").value(hasItem("未达标")))
                .andExpect(jsonPath("$.content[?(@.id == '" + e + "')].lastInspected").value(hasItem(today().toString())));
        get("/api/v1/enforcement/targets", "ent.a.boss").andExpect(status().isForbidden());
    }

    @Test
    void officersNeedAnOfficialAccountAValidCertificateAndAFreshVersion() throws Exception {
        UUID worker = ((CurrentUser) userDetails.loadUserByUsername("ent.a.worker")).id();
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("userId", worker);
        bad.put("certNo", "x");
        bad.put("validFrom", "2026-01-01");
        bad.put("validUntil", "2025-01-01");
        bad.put("regionCode", "990101000000");
        bad.put("office", "示范县应急管理局");
        post("/api/v1/enforcement/officers", bad, "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("userId")));
        UUID countyYjj = ((CurrentUser) userDetails.loadUserByUsername("county.yjj")).id();
        bad.put("userId", countyYjj);
        post("/api/v1/enforcement/officers", bad, "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("该人员已在执法人员名录库中")));

        UUID id = officer("ZB99010100207");
        String before = body(get("/api/v1/enforcement/officers/" + id, "county.yjj"));
        int v = JsonPath.read(before, "$.version");
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("certNo", "ZB99010100207");
        update.put("validFrom", JsonPath.read(before, "$.validFrom"));
        update.put("validUntil", JsonPath.read(before, "$.validUntil"));
        update.put("sectors", List.of("04"));
        update.put("office", "示范县住房和城乡建设局");
        update.put("version", v + 5);
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/enforcement/officers/" + id).with(httpBasic("county.yjj",
                PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(update)))
                .andExpect(status().isConflict());

        // an office above the caller's is seen (to form a team) but not changed: the town may not touch the city's
        UUID city = officer("ZB99010000031");
        String cityOfficer = body(get("/api/v1/enforcement/officers/" + city, "town.aj").andExpect(status().isOk()));
        Map<String, Object> expire = new LinkedHashMap<>();
        expire.put("certNo", "ZB99010000031");
        expire.put("validFrom", JsonPath.read(cityOfficer, "$.validFrom"));
        expire.put("validUntil", "2026-01-01");
        expire.put("sectors", List.of());
        expire.put("office", "示范市应急管理局");
        expire.put("version", JsonPath.read(cityOfficer, "$.version"));
        for (String below : List.of("town.aj", "county.yjj")) {
            mvc.perform(MockMvcRequestBuilders.put("/api/v1/enforcement/officers/" + city).with(httpBasic(below,
                    PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(expire)))
                    .andExpect(status().isNotFound());
        }
        assertThat(body(get("/api/v1/enforcement/officers/" + city, "city.yjj"))).isEqualTo(cityOfficer);

        // nobody renews their own certificate: 吴站长's expired one stays expired, 住建局 cannot widen its sectors
        UUID town = officer("ZB99010110009");
        String townOfficer = body(get("/api/v1/enforcement/officers/" + town, "town.aj"));
        Map<String, Object> renew = new LinkedHashMap<>();
        renew.put("certNo", "ZB99010110009");
        renew.put("validFrom", JsonPath.read(townOfficer, "$.validFrom"));
        renew.put("validUntil", today().plusYears(5).toString());
        renew.put("sectors", List.of());
        renew.put("office", "东关镇安全生产监督管理站");
        renew.put("version", JsonPath.read(townOfficer, "$.version"));
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/enforcement/officers/" + town).with(httpBasic("town.aj",
                PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(renew)))
                .andExpect(status().isForbidden());
        update.put("version", v);
        update.put("sectors", List.of());
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/enforcement/officers/" + id).with(httpBasic("county.zjj",
                PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(update)))
                .andExpect(status().isForbidden());
        assertThat(body(get("/api/v1/enforcement/officers/" + town, "county.yjj"))).isEqualTo(townOfficer);
        assertThat(body(get("/api/v1/enforcement/officers/" + id, "county.yjj"))).isEqualTo(before);
    }

    @Test
    void aSectorLimitedBureauEntersOfficersOfItsOwnSectorsOnly() throws Exception {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("userId", UUID.randomUUID());
        all.put("certNo", "ZBSECT" + UUID.randomUUID().toString().substring(0, 6));
        all.put("validFrom", today().minusYears(1).toString());
        all.put("validUntil", today().plusYears(1).toString());
        all.put("regionCode", "990101000000");
        all.put("sectors", List.of());
        all.put("office", "示范县住房和城乡建设局");
        post("/api/v1/enforcement/officers", all, "county.zjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("sectors")));
        all.put("sectors", List.of("03"));
        post("/api/v1/enforcement/officers", all, "county.zjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("sectors")));
    }

    @Test
    void anOfficialWhoseCertificateExpiredHandlesNoPenaltyCase() throws Exception {
        UUID e = enterprise("无证立案测试有限公司", DONGGUAN_VILLAGE);
        post("/api/v1/enforcement/cases", Map.of("enterpriseId", e, "title", "无证立案", "facts", "事实"), "town.aj")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("有效执法证")));
        String filed = body(post("/api/v1/enforcement/cases", Map.of("enterpriseId", e, "title", "有证立案", "facts",
                "事实"), "county.yjj").andExpect(status().isCreated()));
        String id = JsonPath.read(filed, "$.id");
        int version = JsonPath.read(filed, "$.version");
        post("/api/v1/enforcement/cases/" + id + "/actions", Map.of("action", "INVESTIGATE", "text", "调查",
                "version", version), "town.aj").andExpect(status().isForbidden());
        get("/api/v1/enforcement/cases/" + id, "county.yjj").andExpect(jsonPath("$.state").value("FILED"));
    }

    // ---------------------------------------------------------------- draws

    @Test
    void theDemoDrawIsPublishedWithoutLoginAndAnyoneCanReRunIt() throws Exception {
        String list = body(get("/api/v1/enforcement/draws?size=100", "county.yjj").andExpect(status().isOk()));
        List<String> ids = JsonPath.read(list, "$.content[?(@.seed == 'demo2026q4draw01')].id");
        assertThat(ids).hasSize(1);
        String d = body(get("/api/v1/enforcement/draws/" + ids.get(0), "county.yjj"));
        assertThat((Boolean) JsonPath.read(d, "$.reproduced")).isTrue();
        // the re-run, from the published seed and snapshots only
        String seed = JsonPath.read(d, "$.seed");
        List<String> enterprises = JsonPath.read(d, "$.enterpriseCandidates[*].id");
        List<String> officers = JsonPath.read(d, "$.officerCandidates[*].id");
        int ec = JsonPath.read(d, "$.enterpriseCount");
        int oc = JsonPath.read(d, "$.officerCount");
        assertThat(SeededDraw.draw(seed, enterprises, ec)).isEqualTo(JsonPath.read(d, "$.drawnEnterprises[*].id"));
        assertThat(SeededDraw.draw(seed + ":officers", officers, oc)).isEqualTo(JsonPath.read(d, "$.drawnOfficers[*].id"));
        List<String> reasons = JsonPath.read(d, "$.exclusions[*].reason");
        assertThat(reasons).contains("回避", "执法证不在有效期");
        assertThat(officers).doesNotContain(officer("ZB99010100207").toString(), officer("ZB99010110009").toString());

        // the 公示, no login: the result and the reasons, not the recusal's personal detail
        mvc.perform(MockMvcRequestBuilders.get("/public/draws/" + ids.get(0))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2026年第四季度安全生产双随机抽查")))
                .andExpect(content().string(containsString("demo2026q4draw01")))
                .andExpect(content().string(containsString("回避")))
                .andExpect(content().string(not(containsString("近亲属"))))
                .andExpect(content().string(not(containsString("13800000"))));
        mvc.perform(MockMvcRequestBuilders.get("/public/draws")).andExpect(status().isOk())
                .andExpect(content().string(containsString("双随机抽查公示 - 治本")));
        mvc.perform(MockMvcRequestBuilders.get("/public/draws/" + UUID.randomUUID())).andExpect(status().isNotFound());
        // nothing else is opened by the 公示
        mvc.perform(MockMvcRequestBuilders.get("/enforcement/draws/" + ids.get(0)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theSameSeedAndCandidatesGiveTheSameDraw() throws Exception {
        for (int i = 0; i < 3; i++) {
            enterprise("抽取测试企业" + i, DONGGUAN_VILLAGE);
        }
        String item = JsonPath.<List<String>>read(body(get("/api/v1/enforcement/items", "county.yjj")),
                "$[?(@.code == 'YJ-001')].id").get(0);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("title", "东关镇专项抽查");
        request.put("itemId", item);
        request.put("regionCode", "990101100000");
        request.put("sector", "03");
        request.put("enterpriseCount", 2);
        request.put("officerCount", 2);
        request.put("recentDays", 0);
        request.put("incentives", false);
        request.put("seed", "reproducible0001");
        String first = body(post("/api/v1/enforcement/draws", request, "county.yjj").andExpect(status().isCreated()));
        String second = body(post("/api/v1/enforcement/draws", request, "county.yjj").andExpect(status().isCreated()));
        assertThat((Object) JsonPath.read(second, "$.id")).isNotEqualTo(JsonPath.read(first, "$.id"));
        assertThat((Object) JsonPath.read(second, "$.enterpriseCandidates"))
                .isEqualTo(JsonPath.read(first, "$.enterpriseCandidates"));
        assertThat((Object) JsonPath.read(second, "$.drawnEnterprises")).isEqualTo(JsonPath.read(first, "$.drawnEnterprises"));
        assertThat((Object) JsonPath.read(second, "$.drawnOfficers")).isEqualTo(JsonPath.read(first, "$.drawnOfficers"));
        // a different seed over the same lists is a different stream (with 2 of many, a different pick is likely;
        // the pick is only compared to the stream it must come from)
        request.put("seed", "reproducible0002");
        String third = body(post("/api/v1/enforcement/draws", request, "county.yjj").andExpect(status().isCreated()));
        List<String> candidates = JsonPath.read(third, "$.enterpriseCandidates[*].id");
        assertThat(SeededDraw.draw("reproducible0002", candidates, 2))
                .isEqualTo(JsonPath.read(third, "$.drawnEnterprises[*].id"));
    }

    @Test
    void aBadDrawRequestIsA400() throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("title", "");
        request.put("regionCode", "990101101000");
        request.put("enterpriseCount", 0);
        request.put("officerCount", 1);
        request.put("seed", "<script>");
        post("/api/v1/enforcement/draws", request, "town.aj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("title", "itemId",
                        "regionCode", "enterpriseCount", "officerCount", "seed")));
        post("/api/v1/enforcement/draws", "{\"enterpriseCount\":\"many\"}", "county.yjj")
                .andExpect(status().isBadRequest());
    }

    // ---------------------------------------------------------------- inspections

    @Test
    void anInspectionNeedsTwoOfficersWithValidCertificatesAndItsFindingsBecomeHazards() throws Exception {
        UUID e = enterprise("检查测试制造有限公司", DONGGUAN_VILLAGE);
        post("/api/v1/enforcement/inspections", inspection(e, List.of(officer("ZB99010100118"))), "county.yjj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("officerIds"));
        post("/api/v1/enforcement/inspections", inspection(e, List.of(officer("ZB99010100118"),
                officer("ZB99010110009"))), "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("不在有效期内")));
        post("/api/v1/enforcement/inspections", inspection(e, List.of(officer("ZB99010100118"), UUID.randomUUID())),
                "county.yjj").andExpect(status().isBadRequest());

        Map<String, Object> ok = inspection(e, team());
        ok.put("findings", List.of(Map.of("description", "安全出口堵塞"), Map.of("description", "未设置可燃气体报警", "major", true)));
        ok.put("measures", List.of("RECTIFY"));
        ok.put("rectifyDue", today().plusDays(10).toString());
        String created = body(post("/api/v1/enforcement/inspections", ok, "county.yjj").andExpect(status().isCreated())
                .andExpect(jsonPath("$.generalFindings").value(1)).andExpect(jsonPath("$.majorFindings").value(1)));
        List<String> hazards = JsonPath.read(created, "$.findings[*].hazardId");
        assertThat(hazards).hasSize(2);
        get("/api/v1/hazards/" + hazards.get(1), "county.yjj").andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("SUPERVISION"));
        get("/api/v1/hazards/" + hazards.get(0), "ent.a.boss").andExpect(status().isNotFound());

        // a 双随机 inspection of an enterprise the draw did not pick is refused
        Map<String, Object> random = inspection(e, team());
        random.put("mode", "DOUBLE_RANDOM");
        random.put("drawId", UUID.randomUUID());
        post("/api/v1/enforcement/inspections", random, "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("drawId"));
        // an enterprise user cannot record one
        post("/api/v1/enforcement/inspections", inspection(e, team()), "ent.a.boss").andExpect(status().isForbidden());
    }

    @Test
    void recordsOutsideTheScopeAre404() throws Exception {
        UUID e = enterprise("范围测试化工有限公司", XIHE_VILLAGE);
        UUID inspection = inspect(e);
        UUID c = fileCase(e);
        String writ = JsonPath.read(body(post("/api/v1/enforcement/documents", Map.of("kind", "SITE_RECORD",
                "sourceId", inspection), "county.yjj").andExpect(status().isCreated())), "$.id");
        for (String user : List.of("town.aj", "ent.a.boss")) {
            get("/api/v1/enforcement/inspections/" + inspection, user).andExpect(status().isNotFound());
            get("/api/v1/enforcement/cases/" + c, user).andExpect(status().isNotFound());
            get("/api/v1/enforcement/documents/" + writ, user).andExpect(status().isNotFound());
            get("/api/v1/enforcement/documents/" + writ + "/docx", user).andExpect(status().isNotFound());
        }
        post("/api/v1/enforcement/documents", Map.of("kind", "RECTIFY_ORDER", "sourceId", inspection), "town.aj")
                .andExpect(status().isNotFound());
        post("/api/v1/enforcement/cases/" + c + "/actions", Map.of("version", 0, "action", "INVESTIGATE", "text", "x"),
                "town.aj").andExpect(status().isNotFound());
        get("/api/v1/enforcement/inspections/" + inspection, "city.yjj").andExpect(status().isOk());
    }

    // ---------------------------------------------------------------- cases

    @Test
    void aCaseRunsToClosingAndItsDecidedFineIsReadable() throws Exception {
        UUID e = enterprise("案件测试机械有限公司", DONGGUAN_VILLAGE);
        UUID c = fileCase(e);
        act(c, Map.of("action", "INVESTIGATE", "text", "询问笔录1份")).andExpect(status().isOk());
        act(c, Map.of("action", "NOTIFY", "measures", List.of("FINE", "DUAL_FINE"), "fineUnitYuan", 30000,
                "principalName", "测负责", "finePrincipalYuan", 5000)).andExpect(status().isOk())
                .andExpect(jsonPath("$.replyDue").value(today().plusDays(3).toString()))
                .andExpect(jsonPath("$.hearingRight").value(false));
        act(c, Map.of("action", "DECIDE", "text", "决定", "measures", List.of("FINE", "DUAL_FINE"), "fineUnitYuan",
                30000, "principalName", "测负责", "finePrincipalYuan", 5000)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("陈述申辩期限")));
        act(c, Map.of("action", "STATEMENT", "text", "无异议")).andExpect(status().isOk());
        act(c, Map.of("action", "DECIDE", "text", "决定", "measures", List.of("FINE", "DUAL_FINE"), "fineUnitYuan",
                40000, "principalName", "测负责", "finePrincipalYuan", 5000)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fineUnitYuan"));
        act(c, Map.of("version", version(c) - 1, "action", "DECIDE", "text", "决定", "measures",
                List.of("FINE", "DUAL_FINE"), "fineUnitYuan", 30000, "principalName", "测负责", "finePrincipalYuan", 5000))
                .andExpect(status().isConflict());
        act(c, Map.of("action", "DECIDE", "text", "决定", "measures", List.of("FINE", "DUAL_FINE"), "fineUnitYuan",
                28000.5, "principalName", "测负责", "finePrincipalYuan", 5000)).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DECIDED"))
                .andExpect(jsonPath("$.paymentDue").value(today().plusDays(15).toString()));

        signIn("county.yjj");
        try {
            CaseFine fine = cases.decidedFine(c, e).orElseThrow();
            assertThat(fine.totalYuan()).isEqualByComparingTo("33000.5");
            assertThat(fine.unitYuan()).isEqualByComparingTo("28000.5");
            assertThat(cases.decidedFine(c, UUID.randomUUID())).isEmpty();
            signIn("town.aj");
            assertThat(cases.decidedFine(c, e)).isPresent(); // 东关镇 covers the enterprise
            signIn("ent.b.boss");
            assertThat(cases.decidedFine(c, e)).isEmpty();
        } finally {
            SecurityContextHolder.clearContext();
        }

        act(c, Map.of("action", "CLOSE")).andExpect(status().isBadRequest());
        act(c, Map.of("action", "EXECUTE")).andExpect(status().isOk());
        act(c, Map.of("action", "CLOSE")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("罚款尚未缴纳")));
        act(c, Map.of("action", "PAY", "date", today().toString())).andExpect(status().isOk());
        act(c, Map.of("action", "CLOSE")).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLOSED"));
        act(c, Map.of("action", "NOPE")).andExpect(status().isBadRequest());
    }

    @Test
    void aSuspensionSetsTheRegistryAndABanEntersTheRegister() throws Exception {
        UUID e = enterprise("停产测试矿业有限公司", DONGGUAN_VILLAGE);
        UUID c = fileCase(e);
        act(c, Map.of("action", "INVESTIGATE", "text", "现场照片")).andExpect(status().isOk());
        act(c, Map.of("action", "NOTIFY", "measures", List.of("SUSPEND", "LIFETIME_BAN"), "principalName", "测负责"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.hearingRight").value(true))
                .andExpect(jsonPath("$.replyDue").value(today().plusDays(5).toString()));
        act(c, Map.of("action", "STATEMENT", "text", "不申请听证")).andExpect(status().isOk());
        act(c, Map.of("action", "DECIDE", "text", "责令停产停业整顿", "measures", List.of("SUSPEND", "LIFETIME_BAN"),
                "principalName", "测负责")).andExpect(status().isOk());
        get("/api/v1/enterprises/" + e, "county.yjj").andExpect(jsonPath("$.status").value("SUSPENDED"));
        get("/api/v1/enforcement/bans", "county.yjj").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.caseId == '" + c + "')].personName").value(hasItem("测负责")));
        act(c, Map.of("action", "EXECUTE")).andExpect(status().isOk());
        act(c, Map.of("action", "CLOSE")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("复产验收")));
        act(c, Map.of("action", "RESUME")).andExpect(status().isOk());
        get("/api/v1/enterprises/" + e, "county.yjj").andExpect(jsonPath("$.status").value("OPERATING"));
        act(c, Map.of("action", "CLOSE")).andExpect(status().isOk());
    }

    // ---------------------------------------------------------------- documents

    @Test
    void documentsAreNumberedPerOfficeYearAndKindAndPrintOnA4() throws Exception {
        UUID e = enterprise("文书测试制造有限公司", DONGGUAN_VILLAGE);
        UUID inspection = inspect(e);
        String w = body(post("/api/v1/enforcement/documents", Map.of("kind", "SITE_RECORD", "sourceId", inspection),
                "county.yjj").andExpect(status().isCreated()));
        String number = JsonPath.read(w, "$.number");
        assertThat(number).matches("示范县应急检记〔" + today().getYear() + "〕\\d+号");
        assertThat((Object) JsonPath.read(body(post("/api/v1/enforcement/documents", Map.of("kind", "SITE_RECORD",
                "sourceId", inspection), "county.yjj")), "$.id")).isEqualTo(JsonPath.read(w, "$.id"));
        post("/api/v1/enforcement/documents", Map.of("kind", "RECTIFY_ORDER", "sourceId", inspection), "county.yjj")
                .andExpect(status().isBadRequest());
        UUID c = fileCase(e);
        post("/api/v1/enforcement/documents", Map.of("kind", "PENALTY_DECISION", "sourceId", c), "county.yjj")
                .andExpect(status().isBadRequest());
        post("/api/v1/enforcement/documents", Map.of("kind", "WHATEVER", "sourceId", c), "county.yjj")
                .andExpect(status().isBadRequest());

        byte[] docx = mvc.perform(MockMvcRequestBuilders.get("/api/v1/enforcement/documents/" + JsonPath.read(w, "$.id")
                + "/docx").with(httpBasic("county.yjj", PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        PrintedPages.assumeLibreOffice();
        PrintedPages pages = PrintedPages.print(docx, "docx").allA4(false);
        assertThat(pages.text()).contains("现场检查记录", number, "文书测试制造有限公司", "执法证号");
    }

    @Test
    void eachDemoDocumentKindPrintsOnA4() throws Exception {
        PrintedPages.assumeLibreOffice();
        List<String> done = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList("select id, kind from enforcement_document order by created_at")) {
            String kind = (String) row.get("kind");
            if (done.contains(kind)) {
                continue;
            }
            done.add(kind);
            byte[] docx = mvc.perform(MockMvcRequestBuilders.get("/api/v1/enforcement/documents/" + row.get("id")
                    + "/docx").with(httpBasic("county.yjj", PASSWORD))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            PrintedPages pages = PrintedPages.print(docx, "docx").allA4(false);
            assertThat(pages.text()).contains(WritKind.valueOf(kind).label());
        }
        assertThat(done).containsExactlyInAnyOrder("SITE_RECORD", "RECTIFY_ORDER", "RECHECK_OPINION", "SITE_MEASURE", "CASE_FILING",
                "PENALTY_NOTICE", "PENALTY_DECISION", "CASE_CLOSING");
    }

    @Test
    void parallelIssuingNumbersWithoutGapsOrRepeats() throws Exception {
        int n = 6;
        UUID e = enterprise("并发编号测试有限公司", DONGGUAN_VILLAGE);
        List<UUID> inspections = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            inspections.add(inspect(e));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<Integer>> outcomes = new ArrayList<>();
        for (UUID inspection : inspections) {
            outcomes.add(pool.submit(() -> {
                start.await();
                return post("/api/v1/enforcement/documents", Map.of("kind", "SITE_RECORD", "sourceId", inspection),
                        "county.yjj").andReturn().getResponse().getStatus();
            }));
        }
        start.countDown();
        for (Future<Integer> f : outcomes) {
            assertThat(f.get()).isEqualTo(201);
        }
        pool.shutdown();
        List<Integer> seqs = jdbc.queryForList("select seq from enforcement_document where office_code = ?"
                + " and doc_year = ? and kind = 'SITE_RECORD' order by seq", Integer.class, "990101000000",
                today().getYear());
        assertThat(seqs).doesNotHaveDuplicates();
        assertThat(seqs.get(0)).isEqualTo(1);
        assertThat(seqs.get(seqs.size() - 1)).isEqualTo(seqs.size());
        Integer counter = jdbc.queryForObject("select last_no from enforcement_doc_counter where office_code = ?"
                + " and doc_year = ? and kind = 'SITE_RECORD'", Integer.class, "990101000000", today().getYear());
        assertThat(counter).isEqualTo(seqs.size());
    }

    // ---------------------------------------------------------------- statistics

    @Test
    void statisticsCountTheYearAndFlagOfficesThatNeverPenalise() throws Exception {
        String r = body(get("/api/v1/enforcement/statistics?year=" + today().getYear(), "county.yjj")
                .andExpect(status().isOk()));
        int inspections = JsonPath.read(r, "$.total.inspections");
        assertThat(inspections).isGreaterThanOrEqualTo(8);
        List<String> modes = JsonPath.read(r, "$.byMode[*].label");
        assertThat(modes).contains("四不两直", "双随机抽查", "主要负责人履职专项检查");
        List<Number> fines = JsonPath.read(r, "$.byRegion[*].finesYuan");
        assertThat(fines.stream().mapToDouble(Number::doubleValue).sum()).isGreaterThanOrEqualTo(60000);
        get("/api/v1/enforcement/statistics?year=1999", "county.yjj").andExpect(status().isBadRequest());
        get("/api/v1/enforcement/statistics?year=abc", "county.yjj").andExpect(status().isBadRequest());
        get("/api/v1/enforcement/statistics", "ent.a.boss").andExpect(status().isForbidden());
        // the county office decides penalties (the demo case); 东关镇's station inspects, and is flagged unless it
        // decided a case this year (other tests sharing the database may have made it decide one, e.g. TypicalCaseTest)
        UUID e = enterprise("只检查测试有限公司", DONGGUAN_VILLAGE);
        post("/api/v1/enforcement/inspections", inspection(e, team()), "town.aj").andExpect(status().isCreated());
        String county = body(get("/api/v1/enforcement/statistics", "county.yjj").andExpect(status().isOk()));
        List<String> flagged = JsonPath.read(county, "$.inspectWithoutPenalty[*].code");
        assertThat(flagged).doesNotContain("990101000000");
        int townDecided = jdbc.queryForObject("select count(*) from enforcement_case where office_code = ?"
                + " and decided_on between ? and ?", Integer.class, "990101100000",
                today().withDayOfYear(1), today().withMonth(12).withDayOfMonth(31));
        if (townDecided == 0) {
            assertThat(flagged).contains("990101100000");
        } else {
            assertThat(flagged).doesNotContain("990101100000");
        }
    }

    private void signIn(String username) {
        CurrentUser user = (CurrentUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
