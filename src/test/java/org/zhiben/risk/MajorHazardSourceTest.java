package org.zhiben.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhiben.ZhibenTest;
import org.zhiben.audit.AuditEntry;
import org.zhiben.audit.AuditTrail;
import org.zhiben.identity.CurrentUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * GB 18218 per unit, stored and recomputed: 液氨 40 t (氨, Q 10, β 2) with 60 people outside → S 4, α 1.5,
 * R = 1.5 × 2 × 4 = 12 → 三级; 150 t with 120 people → S 15, α 2, R 60 → 二级; 氯 100 t (Q 5, β 4) with 100 people →
 * S 20, R = 2 × 4 × 20 = 160 → 一级. The 包保 rule, scope, bad input and optimistic locking.
 */
@ZhibenTest
class MajorHazardSourceTest {

    private static final String SAFETY = "ent.a.safety";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;

    private RiskApi api;
    private UUID a;
    private String unit;
    private String url;

    @BeforeEach
    void setUp() throws Exception {
        api = new RiskApi(mvc, json);
        a = ((CurrentUser) userDetails.loadUserByUsername(SAFETY)).enterpriseId();
        String object = api.object(a, "液氨储罐(重大危险源测试)", SAFETY);
        unit = api.unit(object, "液氨储罐单元", SAFETY);
        url = "/api/v1/risk/units/" + unit + "/major-hazard";
    }

    static Map<String, Object> body(Object version, int population, List<Map<String, Object>> substances,
            boolean declared, Map<String, Object> holders) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", version);
        m.put("outsidePopulation", population);
        m.put("substances", substances);
        m.put("declared", declared);
        m.put("holders", holders);
        return m;
    }

    static Map<String, Object> named(String name, String tonnes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("quantityTonnes", new BigDecimal(tonnes));
        return m;
    }

    static Map<String, Object> holders(String principalPhone) {
        return Map.of("principal", Map.of("name", "张总", "position", "总经理", "phone", principalPhone),
                "technical", Map.of("name", "李工", "position", "总工程师", "phone", "0351-1234567"),
                "operation", Map.of("name", "王班长", "position", "储运班长", "phone", "13812345678"));
    }

    private JsonNode put(Map<String, Object> body) throws Exception {
        return json.readTree(api.put(url, body, SAFETY).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private JsonNode get() throws Exception {
        return json.readTree(api.getJson(url, SAFETY));
    }

    private static void assertFigures(JsonNode v, String s, String r, String alpha, String level) {
        assertThat(v.get("sum").decimalValue()).isEqualByComparingTo(s);
        assertThat(v.get("r").decimalValue()).isEqualByComparingTo(r);
        assertThat(v.get("alpha").decimalValue()).isEqualByComparingTo(alpha);
        assertThat(v.get("level").isNull() ? null : v.get("level").asString()).isEqualTo(level);
    }

    @Test
    void storedFiguresAreRecomputedOnEveryChangeAndAudited() throws Exception {
        JsonNode empty = get();
        assertThat(empty.get("recorded").asBoolean()).isFalse();
        assertThat(empty.get("version").asLong()).isZero();

        JsonNode first = put(body(0, 60, List.of(named("氨", "40")), false, null));
        assertFigures(first, "4", "12", "1.5", "THIRD");
        assertThat(first.get("identified").asBoolean()).isTrue();
        assertThat(first.get("majorSource").asBoolean()).isTrue();
        assertThat(first.get("holdersIncomplete").asBoolean()).isTrue();
        assertFigures(get(), "4", "12", "1.5", "THIRD");

        JsonNode second = put(body(first.get("version").asLong(), 120, List.of(named("氨", "150")), false, null));
        assertFigures(second, "15", "60", "2", "SECOND");
        assertThat(second.get("version").asLong()).isGreaterThan(first.get("version").asLong());

        JsonNode third = put(body(second.get("version").asLong(), 100, List.of(named("氯", "100")), false, null));
        assertFigures(third, "20", "160", "2", "FIRST");

        JsonNode small = put(body(third.get("version").asLong(), 0, List.of(named("氨", "5")), false, null));
        // S = 0.5 (not major); R = 0.5 × 2 × 0.5 = 0.5, no level
        assertFigures(small, "0.5", "0.5", "0.5", null);
        assertThat(small.get("majorSource").asBoolean()).isFalse();
        assertThat(small.get("holdersIncomplete").asBoolean()).isFalse();

        // stored, not only returned
        BigDecimal storedR = jdbc.queryForObject("select r_value from risk_major_hazard_source where unit_id = ?",
                BigDecimal.class, UUID.fromString(unit));
        assertThat(storedR).isEqualByComparingTo("0.5");

        String id = jdbc.queryForObject("select id from risk_major_hazard_source where unit_id = ?", String.class,
                UUID.fromString(unit));
        List<AuditEntry> history = audit.historyOf("RiskMajorHazardSource", id);
        assertThat(history).hasSize(4);
        assertThat(history.get(0).before()).contains("\"r\":160");
        assertThat(history.get(0).after()).contains("\"r\":0.5");
        assertThat(history.get(3).action()).isEqualTo("CREATE");
    }

    @Test
    void declaringAMajorSourceNeedsAllThreeHoldersSavingWithoutThemIsListedAsIncomplete() throws Exception {
        api.put(url, body(0, 60, List.of(named("氨", "40")), true, null), SAFETY)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("holders.principal.name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("holders.technical.name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("holders.operation.name")));
        assertThat(get().get("recorded").asBoolean()).isFalse();

        api.put(url, body(0, 60, List.of(named("氨", "40")), true, holders("1391234")), SAFETY)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("holders.principal.phone"))
                .andExpect(jsonPath("$.errors[0].message", containsString("11位手机号")));

        JsonNode saved = put(body(0, 60, List.of(named("氨", "40")), false, null));
        api.get("/api/v1/risk/enterprises/" + a + "/major-hazards", SAFETY)
                .andExpect(jsonPath("$[?(@.unitId == '" + unit + "')].holdersIncomplete").value(true));

        JsonNode declared = put(body(saved.get("version").asLong(), 60, List.of(named("氨", "40")), true,
                holders("13912345678")));
        assertThat(declared.get("declared").asBoolean()).isTrue();
        assertThat(declared.get("holdersComplete").asBoolean()).isTrue();
        assertThat(declared.get("holdersIncomplete").asBoolean()).isFalse();
        assertThat(declared.get("principal").get("name").asString()).isEqualTo("张总");
        api.get("/api/v1/risk/enterprises/" + a + "/major-hazards", SAFETY)
                .andExpect(jsonPath("$[?(@.unitId == '" + unit + "')].holdersIncomplete").value(false));

        // a declared source keeps all three: removing one is refused
        api.put(url, body(declared.get("version").asLong(), 60, List.of(named("氨", "40")), true,
                Map.of("principal", Map.of("name", "张总", "position", "总经理", "phone", "13912345678"))), SAFETY)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("holders.technical.name")));
    }

    @Test
    void badInputIs400WithFieldMessagesAndWritesNothing() throws Exception {
        JsonNode saved = put(body(0, 60, List.of(named("氨", "40")), false, null));
        long version = saved.get("version").asLong();
        api.put(url, body(version, 60, List.of(named("不存在的物质", "1")), false, null), SAFETY)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("substances[0].name"))
                .andExpect(jsonPath("$.errors[0].message", containsString("W5.3")));
        api.put(url, body(version, 60, List.of(Map.of("category", "X9", "quantityTonnes", 1)), false, null), SAFETY)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("substances[0].category"))
                .andExpect(jsonPath("$.errors[0].message", containsString("J1")));
        api.put(url, body(version, 60, List.of(named("氨", "-1")), false, null), SAFETY)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("substances[0].quantityTonnes"));
        api.put(url, body(version, -1, List.of(named("氨", "400")), false, null), SAFETY)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("outsidePopulation")));
        JsonNode after = get();
        assertThat(after.get("version").asLong()).isEqualTo(version);
        assertFigures(after, "4", "12", "1.5", "THIRD");
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsOverwritten() throws Exception {
        JsonNode saved = put(body(0, 60, List.of(named("氨", "40")), false, null));
        put(body(saved.get("version").asLong(), 60, List.of(named("氨", "50")), false, null));
        api.put(url, body(saved.get("version").asLong(), 60, List.of(named("氨", "400")), false, null), SAFETY)
                .andExpect(status().isConflict());
        api.put(url, body(null, 60, List.of(named("氨", "400")), false, null), SAFETY)
                .andExpect(status().isConflict());
        api.put(url, body(0, 60, List.of(named("氨", "400")), false, null), SAFETY)
                .andExpect(status().isConflict());
        assertFigures(get(), "5", "15", "1.5", "THIRD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ent.b.boss", "county.zjj", "expert1"})
    void outsideTheScopeItIsNotFound(String outsider) throws Exception {
        api.get(url, outsider).andExpect(status().isNotFound());
        api.put(url, body(0, 60, List.of(named("氨", "40")), false, null), outsider).andExpect(status().isNotFound());
        api.get("/api/v1/risk/enterprises/" + a + "/major-hazards", outsider).andExpect(status().isNotFound());
        assertThat(get().get("recorded").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"town.aj", "county.yjj", "ent.a.worker"})
    void readersInScopeReadButCannotEdit(String reader) throws Exception {
        put(body(0, 60, List.of(named("氨", "40")), false, null));
        api.get(url, reader).andExpect(status().isOk()).andExpect(jsonPath("$.level").value("THIRD"));
        api.put(url, body(1, 60, List.of(named("氨", "1")), false, null), reader).andExpect(status().isForbidden());
        assertFigures(get(), "4", "12", "1.5", "THIRD");
    }

    @Test
    void thePrincipalEditsToo() throws Exception {
        api.put(url, body(0, 60, List.of(named("氨", "40")), false, null), "ent.a.boss").andExpect(status().isOk());
    }
}
