package org.zhiben.accident.zero;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ItData;
import org.zhiben.ZhibenTest;
import org.zhiben.common.Zones;
import org.zhiben.common.document.PrintedPages;
import tools.jackson.databind.ObjectMapper;

/**
 * 零事故 creation through the API on a hand-counted fixture of its own (six units in two counties, five accidents),
 * so the demo data and other tests do not move its figures.
 */
@ZhibenTest
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class ZeroAccidentApiTest {

    private static final String PASSWORD = "Demo@12345";
    private static final ItData DATA = new ItData('W');
    private static final String CITY = "990100000000";
    private static final String COUNTY = "990101000000";
    private static final String DISTRICT = "990102000000";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    private final int year = LocalDate.now(Zones.CHINA).getYear();

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

    private Map<String, Object> campaign(String title) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("regionCode", CITY);
        c.put("issuer", "示范市人民政府安全生产委员会办公室");
        c.put("title", title);
        c.put("documentNo", "示安办发〔" + (year - 1) + "〕16号");
        c.put("baseDate", (year - 2) + "-12-31");
        c.put("firstYear", year - 1);
        c.put("lastYear", year + 1);
        List<Map<String, Object>> targets = new ArrayList<>();
        int[][] t = {{75, 85}, {78, 88}, {80, 90}};
        for (int i = 0; i < 3; i++) {
            targets.add(Map.of("year", year - 1 + i, "group", "VILLAGE", "percent", t[i][0]));
            targets.add(Map.of("year", year - 1 + i, "group", "UNIT", "percent", t[i][1]));
        }
        c.put("targets", targets);
        return c;
    }

    private String enterprise(String name, String type, List<String> sectors, String region) throws Exception {
        Map<String, Object> e = ItData.enterprise(DATA.nextUscc(), name, region, sectors);
        e.put("unitType", type);
        return JsonPath.read(body(post("/api/v1/enterprises", e, "admin").andExpect(status().isCreated())), "$.id");
    }

    private String accident(String enterpriseId, String region, Instant occurred, int deaths, int injuries,
            String user) throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        if (enterpriseId != null) {
            r.put("enterpriseId", enterpriseId);
        } else {
            r.put("regionCode", region);
            r.put("unitName", "测试村民委员会");
            r.put("sectors", List.of("18"));
        }
        r.put("place", "测试地点");
        r.put("occurredAt", occurred.toString());
        r.put("knownAt", occurred.plus(Duration.ofMinutes(5)).toString());
        r.put("categoryCode", "03");
        r.put("deaths", deaths);
        r.put("missing", 0);
        r.put("seriousInjuries", injuries);
        r.put("directLossYuan", 5000);
        r.put("summary", "零事故测试事故");
        return JsonPath.read(body(post("/api/v1/accidents", r, user).andExpect(status().isCreated())), "$.id");
    }

    private String unit(String campaign, String key, String value) throws Exception {
        return JsonPath.read(body(post("/api/v1/accidents/zero-campaigns/" + campaign + "/units", Map.of(key, value),
                "city.yjj").andExpect(status().isCreated())), "$.id");
    }

    /** The unit-year of {@code y} as JSON fields. */
    private Map<String, Object> unitYear(String unit, int y, String user) throws Exception {
        List<Map<String, Object>> years = JsonPath.read(body(get("/api/v1/accidents/zero-units/" + unit + "/years",
                user).andExpect(status().isOk())), "$");
        return years.stream().filter(m -> ((Number) m.get("year")).intValue() == y).findFirst().orElseThrow();
    }

    private String campaignId;
    private String e1;
    private String e2;
    private String e3;
    private String e4;
    private String westStreet;
    private String lakeside;
    private String accidentE1;
    private String accidentE2;
    private String accidentE4;

    /**
     * The fixture (this year, 零安全事故):
     * 示范县: 西街社区 (village accident, 1 death) · factory E1 (1 serious injury) · school E2 (accident voided) ·
     * hospital E4 (no casualties, loss only); 示范区: 湖滨村 (none) · factory E3 (an accident last year only).
     */
    @BeforeEach
    void fixture() throws Exception {
        if (campaignId != null) {
            return;
        }
        campaignId = JsonPath.read(body(post("/api/v1/accidents/zero-campaigns", campaign("测试零事故创建"),
                "city.yjj").andExpect(status().isCreated()).andExpect(jsonPath("$.definition")
                        .value("NO_SAFETY_ACCIDENT")).andExpect(jsonPath("$.calendar.length()").value(9))), "$.id");
        String id1 = enterprise("零事故测试机械厂", "FACTORY_MINE", List.of("03"), "990101100201");
        String id2 = enterprise("零事故测试小学", "SCHOOL", List.of("11"), "990101101201");
        String id3 = enterprise("零事故测试石料厂", "FACTORY_MINE", List.of("03"), "990102100201");
        String id4 = enterprise("零事故测试卫生院", "HOSPITAL", List.of("16"), "990101100202");
        e1 = unit(campaignId, "enterpriseId", id1);
        e2 = unit(campaignId, "enterpriseId", id2);
        e3 = unit(campaignId, "enterpriseId", id3);
        e4 = unit(campaignId, "enterpriseId", id4);
        westStreet = unit(campaignId, "villageCode", "990101001002");
        lakeside = unit(campaignId, "villageCode", "990102100202");
        Instant now = Instant.now();
        accidentE1 = accident(id1, null, now.minus(Duration.ofHours(3)), 0, 1, "county.yjj");
        accidentE2 = accident(id2, null, now.minus(Duration.ofHours(4)), 0, 0, "county.yjj");
        accidentE4 = accident(id4, null, now.minus(Duration.ofHours(2)), 0, 0, "county.yjj");
        accident(null, "990101001002", now.minus(Duration.ofHours(5)), 1, 0, "county.yjj");
        accident(id3, null, LocalDateTime.of(year - 1, 12, 31, 12, 0).atZone(Zones.CHINA).toInstant(), 0, 1,
                "city.yjj");
        int v = JsonPath.read(body(get("/api/v1/accidents/" + accidentE2, "county.yjj")), "$.version");
        post("/api/v1/accidents/" + accidentE2 + "/transitions", Map.of("version", v, "action", "VOID", "reason",
                "误报"), "county.yjj").andExpect(status().isOk());
    }

    @Test
    void anAccidentOfTheYearVetoesTheUnitYearWithTheLinkButNotOtherYearsOrVoidedAccidents() throws Exception {
        Map<String, Object> y1 = unitYear(e1, year, "county.yjj");
        assertThat(y1.get("vetoed")).isEqualTo(true);
        assertThat(y1.get("vetoAccidentId")).isEqualTo(accidentE1);
        assertThat(y1.get("state")).isEqualTo("CREATING");
        assertThat(unitYear(e1, year - 1, "county.yjj").get("vetoed")).isEqualTo(false);
        assertThat(unitYear(e1, year + 1, "county.yjj").get("vetoed")).isEqualTo(false);
        // voided: the veto went with it
        assertThat(unitYear(e2, year, "county.yjj").get("vetoed")).isEqualTo(false);
        // last year's accident vetoes last year only
        assertThat(unitYear(e3, year - 1, "city.yjj").get("vetoed")).isEqualTo(true);
        assertThat(unitYear(e3, year, "city.yjj").get("vetoed")).isEqualTo(false);
        // a village accident outside the registry vetoes the village
        assertThat(unitYear(westStreet, year, "county.yjj").get("vetoed")).isEqualTo(true);
        assertThat(unitYear(lakeside, year, "city.yjj").get("vetoed")).isEqualTo(false);
        // 零安全事故: an accident without casualties counts
        assertThat(unitYear(e4, year, "county.yjj").get("vetoed")).isEqualTo(true);
    }

    @Test
    void table1MatchesTheHandCountedFixture() throws Exception {
        String t = body(get("/api/v1/accidents/zero-campaigns/" + campaignId + "/table1", "city.yjj")
                .andExpect(status().isOk()));
        // rows: 示范县, 示范区 (the city's counties), then 合计
        assertThat((List<String>) JsonPath.read(t, "$.rows[*].countyCode")).containsExactly(COUNTY, DISTRICT);
        // 示范县: 村(社区) 1/0, 学校 1/1, 医院 1/0, 厂矿 1/0
        assertCell(t, 0, "VILLAGE", 1, 0);
        assertCell(t, 0, "SCHOOL", 1, 1);
        assertCell(t, 0, "HOSPITAL", 1, 0);
        assertCell(t, 0, "FACTORY_MINE", 1, 0);
        assertCell(t, 0, "MARKET", 0, 0);
        // 示范区: 村(社区) 1/1, 厂矿 1/1 (its accident was last year)
        assertCell(t, 1, "VILLAGE", 1, 1);
        assertCell(t, 1, "FACTORY_MINE", 1, 1);
        assertThat(cell(t, "$.total", "FACTORY_MINE", "total")).isEqualTo(2);
        assertThat(cell(t, "$.total", "FACTORY_MINE", "zero")).isEqualTo(1);
        // rates: villages 1 of 2 = 50 % against this year's 78 %; units 2 of 4 = 50 % against 88 %
        assertThat((Integer) JsonPath.read(t, "$.rates[0].total")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(t, "$.rates[0].zero")).isEqualTo(1);
        assertThat((Double) JsonPath.read(t, "$.rates[0].percent")).isEqualTo(50.0);
        assertThat(((Number) JsonPath.read(t, "$.rates[0].target")).doubleValue()).isEqualTo(78.0);
        assertThat((Boolean) JsonPath.read(t, "$.rates[0].met")).isFalse();
        assertThat((Integer) JsonPath.read(t, "$.rates[1].total")).isEqualTo(4);
        assertThat((Integer) JsonPath.read(t, "$.rates[1].zero")).isEqualTo(2);
        assertThat(((Number) JsonPath.read(t, "$.rates[1].target")).doubleValue()).isEqualTo(88.0);
        assertThat((String) JsonPath.read(t, "$.notes[0]")).isEqualTo("注:1.统计基数以" + (year - 2) + "年12月31日为标准。");
        assertThat((String) JsonPath.read(t, "$.notes[1]")).startsWith("2.“零事故”是指零安全事故");

        // on the base date: every unit counted, none had an accident in that year
        String base = body(get("/api/v1/accidents/zero-campaigns/" + campaignId + "/table1?date=" + (year - 2)
                + "-12-31", "city.yjj"));
        assertThat((Integer) JsonPath.read(base, "$.rates[0].zero")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(base, "$.rates[1].zero")).isEqualTo(4);
        // the day before the base date: nobody on the roster yet
        String before = body(get("/api/v1/accidents/zero-campaigns/" + campaignId + "/table1?date=" + (year - 2)
                + "-12-30", "city.yjj"));
        assertThat((Integer) JsonPath.read(before, "$.rates[1].total")).isEqualTo(0);
        // last year at year end: only E3 had an accident
        String last = body(get("/api/v1/accidents/zero-campaigns/" + campaignId + "/table1?date=" + (year - 1)
                + "-12-31", "city.yjj"));
        assertThat((Integer) JsonPath.read(last, "$.rates[1].zero")).isEqualTo(3);
        assertThat(((Number) JsonPath.read(last, "$.rates[1].target")).doubleValue()).isEqualTo(85.0);

        // drill-down: the units behind 示范县's non-zero figures
        String drill = body(get("/api/v1/accidents/zero-campaigns/" + campaignId + "/units?county=" + COUNTY
                + "&zero=false", "city.yjj").andExpect(status().isOk()));
        assertThat((List<String>) JsonPath.read(drill, "$.content[*].id")).containsExactlyInAnyOrder(e1, e4,
                westStreet);
        assertThat((List<String>) JsonPath.read(drill, "$.content[?(@.id=='" + e1 + "')].vetoAccidentId"))
                .containsExactly(accidentE1);
        String zeros = body(get("/api/v1/accidents/zero-campaigns/" + campaignId + "/units?zero=true&type=VILLAGE",
                "city.yjj"));
        assertThat((List<String>) JsonPath.read(zeros, "$.content[*].id")).containsExactly(lakeside);
    }

    private static void assertCell(String t, int row, String type, int total, int zero) {
        assertThat(cell(t, "$.rows[" + row + "]", type, "total")).as(type + " total").isEqualTo(total);
        assertThat(cell(t, "$.rows[" + row + "]", type, "zero")).as(type + " zero").isEqualTo(zero);
    }

    private static int cell(String t, String row, String type, String what) {
        List<Integer> v = JsonPath.read(t, row + ".cells[?(@.type=='" + type + "')]." + what);
        assertThat(v).hasSize(1);
        return v.get(0);
    }

    @Test
    void theNoCasualtyDefinitionLeavesAccidentsWithoutCasualtiesOut() throws Exception {
        String other = JsonPath.read(body(post("/api/v1/accidents/zero-campaigns", campaign("伤亡口径测试"),
                "city.yjj").andExpect(status().isCreated())), "$.id");
        int v = JsonPath.read(body(get("/api/v1/accidents/zero-campaigns/" + other, "city.yjj")), "$.version");
        post("/api/v1/accidents/zero-campaigns/" + other + "/settings", Map.of("version", v, "definition",
                "NO_CASUALTY_ACCIDENT"), "city.yjj").andExpect(status().isOk())
                .andExpect(jsonPath("$.definitionLabel").value("不发生伤亡事故"));
        post("/api/v1/accidents/zero-campaigns/" + other + "/settings", Map.of("version", v, "definition",
                "NO_SAFETY_ACCIDENT"), "city.yjj").andExpect(status().isConflict());
        String hospital = JsonPath.read(body(get("/api/v1/accidents/zero-units/" + e4 + "/years", "county.yjj")),
                "$[0].unitName");
        assertThat(hospital).isEqualTo("零事故测试卫生院");
        String enterpriseId = JsonPath.read(body(get("/api/v1/accidents/zero-campaigns/" + campaignId
                + "/units?type=HOSPITAL", "city.yjj")), "$.content[0].enterpriseId");
        String unit = unit(other, "enterpriseId", enterpriseId);
        assertThat(unitYear(unit, year, "county.yjj").get("vetoed")).isEqualTo(false);
        String factory = JsonPath.read(body(get("/api/v1/accidents/zero-campaigns/" + campaignId
                + "/units?type=FACTORY_MINE&county=" + COUNTY, "city.yjj")), "$.content[0].enterpriseId");
        String factoryUnit = unit(other, "enterpriseId", factory);
        assertThat(unitYear(factoryUnit, year, "county.yjj").get("vetoAccidentId")).isEqualTo(accidentE1);
        String t = body(get("/api/v1/accidents/zero-campaigns/" + other + "/table1", "city.yjj"));
        assertThat((Integer) JsonPath.read(t, "$.rates[1].total")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(t, "$.rates[1].zero")).isEqualTo(1);
        assertThat((String) JsonPath.read(t, "$.notes[1]")).startsWith("2.“零事故”是指不发生伤亡事故");
        // a supplementary report finds a serious injury: now it counts, and vetoes
        int av = JsonPath.read(body(get("/api/v1/accidents/" + accidentE4, "county.yjj")), "$.version");
        post("/api/v1/accidents/" + accidentE4 + "/supplements", Map.of("version", av, "deaths", 0, "missing", 0,
                "seriousInjuries", 1, "directLossYuan", 5000, "note", "一人重伤"), "county.yjj")
                .andExpect(status().isOk());
        assertThat(unitYear(unit, year, "county.yjj").get("vetoAccidentId")).isEqualTo(accidentE4);
        // a unit listed twice is refused
        post("/api/v1/accidents/zero-campaigns/" + other + "/units", Map.of("enterpriseId", factory), "city.yjj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("enterpriseId"));
    }

    @Test
    void recognitionNeedsTheYearEndedTheRightLevelTheWholeChecklistAndTheSeenVersion() throws Exception {
        Map<String, Boolean> all = new LinkedHashMap<>();
        List<String> codes = JsonPath.read(body(get("/api/v1/accidents/zero-standard", "county.yjj")), "$[*].code");
        assertThat(codes).hasSize(10).contains("1.1", "3.4");
        codes.forEach(c -> all.put(c, true));
        // this year is still running
        Map<String, Object> now = unitYear(e2, year, "county.yjj");
        post("/api/v1/accidents/zero-unit-years/" + now.get("id") + "/decision", Map.of("version", now.get("version"),
                "recognise", true, "checklist", all), "county.yjj").andExpect(status().isBadRequest());
        Map<String, Object> last = unitYear(e1, year - 1, "county.yjj");
        assertThat(last.get("state")).isEqualTo("PENDING");
        assertThat(last.get("mayDecide")).isEqualTo(true);
        String url = "/api/v1/accidents/zero-unit-years/" + last.get("id") + "/decision";
        // the city does not recognise a county's unit
        post(url, Map.of("version", last.get("version"), "recognise", true, "checklist", all), "city.yjj")
                .andExpect(status().isForbidden());
        // an item missing, an item not met
        Map<String, Boolean> partial = new LinkedHashMap<>(all);
        partial.remove("2.3");
        post(url, Map.of("version", last.get("version"), "recognise", true, "checklist", partial), "county.yjj")
                .andExpect(status().isBadRequest());
        Map<String, Boolean> notMet = new LinkedHashMap<>(all);
        notMet.put("2.3", false);
        post(url, Map.of("version", last.get("version"), "recognise", true, "checklist", notMet), "county.yjj")
                .andExpect(status().isBadRequest());
        post(url, "{\"version\":" + last.get("version") + ",\"recognise\":\"maybe\"}", "county.yjj")
                .andExpect(status().isBadRequest());
        post(url, Map.of("version", last.get("version"), "recognise", true, "checklist", all, "note", "台账齐全"),
                "county.yjj").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RECOGNISED"))
                .andExpect(jsonPath("$.checklist.length()").value(10));
        // the same version again: stale
        post(url, Map.of("version", last.get("version"), "recognise", false, "checklist", all, "note", "重复"),
                "county.yjj").andExpect(status().isConflict());
        // a vetoed unit-year cannot be recognised, and fails without a further reason
        Map<String, Object> vetoed = unitYear(e3, year - 1, "city.yjj");
        assertThat(vetoed.get("vetoed")).isEqualTo(true);
        assertThat(vetoed.get("mayDecide")).isEqualTo(false); // 示范区's units: 示范区's government
    }

    @Test
    void outsideTheScopeIsNotFound() throws Exception {
        get("/api/v1/accidents/zero-campaigns/" + campaignId, "ent.a.safety").andExpect(status().isNotFound());
        get("/api/v1/accidents/zero-campaigns/" + campaignId + "/table1", "ent.a.safety")
                .andExpect(status().isNotFound());
        get("/api/v1/accidents/zero-campaigns/" + campaignId, "county.yjj").andExpect(status().isOk());
        Map<String, Object> district = unitYear(e3, year, "city.yjj");
        get("/api/v1/accidents/zero-unit-years/" + district.get("id"), "county.yjj").andExpect(status().isNotFound());
        get("/api/v1/accidents/zero-units/" + e3 + "/years", "county.yjj").andExpect(status().isNotFound());
        post("/api/v1/accidents/zero-unit-years/" + district.get("id") + "/decision", Map.of("version", 0,
                "recognise", false, "note", "x"), "county.yjj").andExpect(status().isNotFound());
        // the county sees its own row of 附表1 only
        String t = body(get("/api/v1/accidents/zero-campaigns/" + campaignId + "/table1", "county.yjj"));
        assertThat((List<String>) JsonPath.read(t, "$.rows[*].countyCode")).containsExactly(COUNTY);
        assertThat((Integer) JsonPath.read(t, "$.rates[0].total")).isEqualTo(1);
        // a county cannot run the city's campaign
        post("/api/v1/accidents/zero-campaigns/" + campaignId + "/roster", "{}", "county.yjj")
                .andExpect(status().isForbidden());
        post("/api/v1/accidents/zero-campaigns", campaign("县发起市级创建"), "county.yjj")
                .andExpect(status().isForbidden());
    }

    @Test
    void badInputIsAProblem() throws Exception {
        Map<String, Object> noTargets = campaign("缺目标");
        noTargets.remove("targets");
        post("/api/v1/accidents/zero-campaigns", noTargets, "city.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targets"));
        Map<String, Object> late = campaign("基数日错误");
        late.put("baseDate", year + "-01-01");
        post("/api/v1/accidents/zero-campaigns", late, "city.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("baseDate"));
        Map<String, Object> badYears = campaign("年份倒置");
        badYears.put("lastYear", year - 3);
        post("/api/v1/accidents/zero-campaigns", badYears, "city.yjj").andExpect(status().isBadRequest());
        Map<String, Object> badDefinition = campaign("口径错误");
        badDefinition.put("definition", "SOMETIMES");
        post("/api/v1/accidents/zero-campaigns", badDefinition, "city.yjj").andExpect(status().isBadRequest());
        get("/api/v1/accidents/zero-campaigns/" + campaignId + "/table1?date=2026-13-01", "city.yjj")
                .andExpect(status().isBadRequest());
        get("/api/v1/accidents/zero-campaigns/" + campaignId + "/units?size=0", "city.yjj")
                .andExpect(status().isBadRequest());
        post("/api/v1/accidents/zero-campaigns/" + campaignId + "/units", Map.of("villageCode", "990101100000"),
                "city.yjj").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field")
                        .value("villageCode"));
        post("/api/v1/accidents/zero-campaigns/" + campaignId + "/settings", Map.of("definition",
                "NO_CASUALTY_ACCIDENT"), "city.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void table1PrintsOnA4AsXlsxAndDocx() throws Exception {
        PrintedPages.assumeLibreOffice();
        byte[] xlsx = mvc.perform(MockMvcRequestBuilders.get("/api/v1/accidents/zero-campaigns/" + campaignId
                + "/table1.xlsx").with(httpBasic("city.yjj", PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        PrintedPages pages = PrintedPages.print(xlsx, "xlsx").allA4(true).headersOnEveryPage("县(市区)");
        assertThat(pages.text()).contains("示范县").contains("示范区").contains("合计").contains("统计基数");
        byte[] docx = mvc.perform(MockMvcRequestBuilders.get("/api/v1/accidents/zero-campaigns/" + campaignId
                + "/table1.docx").with(httpBasic("city.yjj", PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        PrintedPages doc = PrintedPages.print(docx, "docx").allA4(true);
        assertThat(doc.count()).isEqualTo(1);
        assertThat(doc.text()).contains("示范县").contains("零事故");
    }

    @Test
    void countiesSignTheirSubmissionsAndLatenessIsKept() throws Exception {
        post("/api/v1/accidents/zero-campaigns/" + campaignId + "/contacts", Map.of("orgKind", "REGION", "orgCode",
                COUNTY, "duty", "LIAISON", "personName", "测联络", "position", "应急局副局长", "phone", "0349-0000000"),
                "county.yjj").andExpect(status().isOk()).andExpect(jsonPath("$[0].orgName").value("示范县"));
        post("/api/v1/accidents/zero-campaigns/" + campaignId + "/contacts", Map.of("orgKind", "REGION", "orgCode",
                DISTRICT, "duty", "LIAISON", "personName", "测联络", "position", "副局长", "phone", "0349-0000001"),
                "county.yjj").andExpect(status().isForbidden());
        String sent = body(post("/api/v1/accidents/zero-campaigns/" + campaignId + "/submissions", Map.of(
                "deadlineCode", "SURVEY", "orgKind", "REGION", "orgCode", COUNTY), "county.yjj")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.late").value(true))
                .andExpect(jsonPath("$.hashAlgorithm").value("SHA-256")));
        String content = JsonPath.read(sent, "$.content");
        String hash = JsonPath.read(sent, "$.contentHash");
        assertThat(hash).isEqualTo(ZeroAccidents.sha256(content));
        assertThat(content).contains("row=" + COUNTY).doesNotContain("row=" + DISTRICT);
        String status = body(get("/api/v1/accidents/zero-campaigns/" + campaignId + "/submissions", "city.yjj"));
        assertThat((List<String>) JsonPath.read(status, "$[?(@.deadlineCode=='SURVEY' && @.orgCode=='" + COUNTY
                + "')].state")).containsExactly("SUBMITTED_LATE");
        assertThat((List<String>) JsonPath.read(status, "$[?(@.deadlineCode=='SURVEY' && @.orgCode=='" + DISTRICT
                + "')].state")).containsExactly("OVERDUE");
        assertThat((List<String>) JsonPath.read(status, "$[?(@.deadlineCode=='ANNUAL-" + (year + 1) + "' && @.orgCode=='"
                + COUNTY + "')].state")).containsExactly("DUE");
        post("/api/v1/accidents/zero-campaigns/" + campaignId + "/submissions", Map.of("deadlineCode", "SURVEY",
                "orgKind", "REGION", "orgCode", DISTRICT), "county.yjj").andExpect(status().isForbidden());
        post("/api/v1/accidents/zero-campaigns/" + campaignId + "/submissions", Map.of("deadlineCode", "NOPE",
                "orgKind", "REGION", "orgCode", COUNTY), "county.yjj").andExpect(status().isBadRequest());
        post("/api/v1/accidents/zero-campaigns/" + campaignId + "/submissions", Map.of("deadlineCode", "PLAN",
                "orgKind", "REGION", "orgCode", COUNTY), "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
    }
}
