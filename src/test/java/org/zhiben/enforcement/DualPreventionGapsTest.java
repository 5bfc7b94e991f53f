package org.zhiben.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.ItData;
import org.zhiben.ZhibenTest;
import org.zhiben.common.Ids;
import org.zhiben.common.Zones;
import org.zhiben.hazard.HazardSource;
import org.zhiben.inspection.InspectionRecorded;
import org.zhiben.risk.EnterpriseRiskChanged;
import org.zhiben.risk.RiskCounts;
import tools.jackson.databind.ObjectMapper;

/**
 * 应建未建、建而不用 (seed 001): a village of its own under 东关镇 with hand-counted units, the 30-day window's first
 * and last day, units that owe no system (a school) or are not operating, the filters, scope, and 列入执法检查.
 */
@ZhibenTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DualPreventionGapsTest {

    private static final String PASSWORD = "Demo@12345";
    private static final ItData DATA = new ItData('J');
    /** A village of 东关镇 only this class registers units in. */
    private static final String VILLAGE = "990101100288";
    private static final String XIHE_VILLAGE = "990101101201";
    private static final String URL = "/api/v1/enforcement/unbuilt-or-unused";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;

    UUID none;          // no risk inventory: 应建未建
    UUID windowStart;   // inventory, an inspection 29 days ago (the window's first day): in use
    UUID dayBefore;     // inventory, an inspection 30 days ago (the day before the window): 建而不用
    UUID today;         // inventory, an inspection today: in use
    UUID never;         // inventory (sector 04), never inspected: 建而不用
    UUID inspectedOnly; // no inventory but inspected today: 应建未建 (built is asked first)
    UUID unassessed;    // units without an assessed level only: 应建未建
    UUID school;        // a school owes no system: not listed
    UUID suspended;     // 停产整顿: not listed
    UUID xihe;          // another town, no inventory

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                users.loadUserByUsername(username));
    }

    private ResultActions get(String url, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(httpBasic(user, PASSWORD)));
    }

    private ResultActions post(String url, Object body, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private static String body(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString();
    }

    private static LocalDate day() {
        return LocalDate.now(Zones.CHINA);
    }

    private UUID enterprise(String name, String village, String unitType, String status, List<String> sectors)
            throws Exception {
        Map<String, Object> e = ItData.enterprise(DATA.nextUscc(), name, village, sectors);
        e.put("unitType", unitType);
        e.put("status", status);
        return ItData.register(mvc, e);
    }

    /** One analysis unit, assessed GENERAL or (null) not assessed, written the way the risk module does. */
    private void unit(UUID enterprise, String region, String level) {
        Timestamp now = Timestamp.from(Instant.now());
        tx.executeWithoutResult(s -> {
            UUID object = Ids.newId();
            jdbc.update("insert into risk_analysis_object (id, enterprise_id, region_code, kind, name,"
                    + " major_hazard_source, version, created_at, updated_at) values (?, ?, ?, 'AREA', '区域', false, 0,"
                    + " ?, ?)", object, enterprise, region, now, now);
            UUID unit = Ids.newId();
            jdbc.update("insert into risk_analysis_unit (id, enterprise_id, region_code, object_id, name,"
                    + " responsible_person, control_level, version, created_at, updated_at) values (?, ?, ?, ?,"
                    + " '单元', '某人', 'TEAM', 0, ?, ?)", unit, enterprise, region, object, now, now);
            if (level != null) {
                jdbc.update("insert into risk_event (id, enterprise_id, region_code, unit_id, description,"
                        + " hazard_factor_code, accident_types, inherent_level, residual_level, version, created_at,"
                        + " updated_at) values (?, ?, ?, ?, '事件', '1101', 'FIRE', ?, ?, 0, ?, ?)", Ids.newId(),
                        enterprise, region, unit, level, level, now, now);
            }
            events.publishEvent(new EnterpriseRiskChanged(enterprise, region, RiskCounts.NONE, level == null
                    ? new RiskCounts(0, 0, 0, 0, 1, false) : new RiskCounts(0, 0, 1, 0, 0, false)));
        });
    }

    /** An inspection record of the enterprise on {@code on}, as the inspection module announces it. */
    private void inspected(UUID enterprise, String region, LocalDate on) {
        tx.executeWithoutResult(s -> events.publishEvent(new InspectionRecorded(Ids.newId(), Ids.newId(), enterprise,
                region, Set.of("03"), HazardSource.DAILY, on, 0)));
    }

    @BeforeAll
    void fixtures() throws Exception {
        if (jdbc.queryForObject("select count(*) from directory_region where code = ?", Integer.class, VILLAGE) == 0) {
            jdbc.update("insert into directory_region (code, name, parent_code, level) values (?, ?, ?, ?)", VILLAGE,
                    "双防测试村", "990101100000", 5);
        }
        List<String> s03 = List.of("03");
        none = enterprise("双防未建机械有限公司", VILLAGE, "FACTORY_MINE", "OPERATING", s03);
        windowStart = enterprise("双防窗口首日有限公司", VILLAGE, "FACTORY_MINE", "OPERATING", s03);
        dayBefore = enterprise("双防窗口前一日有限公司", VILLAGE, "FACTORY_MINE", "OPERATING", s03);
        today = enterprise("双防今日排查有限公司", VILLAGE, "FACTORY_MINE", "OPERATING", s03);
        never = enterprise("双防从未排查建筑有限公司", VILLAGE, "OTHER", "OPERATING", List.of("04"));
        inspectedOnly = enterprise("双防有排查无清单有限公司", VILLAGE, "FACTORY_MINE", "OPERATING", s03);
        unassessed = enterprise("双防未评级有限公司", VILLAGE, "FACTORY_MINE", "OPERATING", s03);
        school = enterprise("双防测试学校", VILLAGE, "SCHOOL", "OPERATING", s03);
        suspended = enterprise("双防停产整顿有限公司", VILLAGE, "FACTORY_MINE", "SUSPENDED", s03);
        xihe = enterprise("双防西河未建有限公司", XIHE_VILLAGE, "FACTORY_MINE", "OPERATING", s03);
        for (UUID e : List.of(windowStart, dayBefore, today, never)) {
            unit(e, VILLAGE, "GENERAL");
        }
        unit(unassessed, VILLAGE, null);
        inspected(windowStart, VILLAGE, day().minusDays(29));
        inspected(dayBefore, VILLAGE, day().minusDays(30));
        inspected(dayBefore, VILLAGE, day().minusDays(45));
        inspected(today, VILLAGE, day());
        inspected(inspectedOnly, VILLAGE, day());
    }

    private static Set<String> ids(String page) {
        return new HashSet<>(JsonPath.<List<String>>read(page, "$.content[*].id"));
    }

    private static Set<String> of(UUID... ids) {
        Set<String> s = new HashSet<>();
        for (UUID id : ids) {
            s.add(id.toString());
        }
        return s;
    }

    @Test
    void theVillageCountsAsHandCountedWithTheThirtyDayWindowsFirstDayInUse() throws Exception {
        String all = body(get(URL + "?region=" + VILLAGE + "&size=50", "town.aj").andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.UNBUILT").value(3))
                .andExpect(jsonPath("$.counts.UNUSED").value(2))
                .andExpect(jsonPath("$.totalElements").value(5))
                .andExpect(jsonPath("$.days").value(30))
                .andExpect(jsonPath("$.from").value(day().minusDays(29).toString()))
                .andExpect(jsonPath("$.to").value(day().toString())));
        assertThat(ids(all)).isEqualTo(of(none, inspectedOnly, unassessed, dayBefore, never));
        assertThat(JsonPath.<List<String>>read(all, "$.content[?(@.id == '" + dayBefore + "')].reason"))
                .containsExactly("UNUSED");
        assertThat(JsonPath.<List<String>>read(all, "$.content[?(@.id == '" + inspectedOnly + "')].reasonLabel"))
                .containsExactly("应建未建");

        // one reason, and a page of it
        assertThat(ids(body(get(URL + "?region=" + VILLAGE + "&reason=UNUSED", "town.aj")
                .andExpect(jsonPath("$.totalElements").value(2))))).isEqualTo(of(dayBefore, never));
        String first = body(get(URL + "?region=" + VILLAGE + "&reason=UNBUILT&size=2&page=0", "town.aj")
                .andExpect(jsonPath("$.totalElements").value(3)).andExpect(jsonPath("$.content.length()").value(2)));
        String second = body(get(URL + "?region=" + VILLAGE + "&reason=UNBUILT&size=2&page=1", "town.aj")
                .andExpect(jsonPath("$.content.length()").value(1)));
        Set<String> both = ids(first);
        both.addAll(ids(second));
        assertThat(both).isEqualTo(of(none, inspectedOnly, unassessed));

        // a 31-day window takes in the day before: that unit is in use
        get(URL + "?region=" + VILLAGE + "&days=31", "town.aj").andExpect(jsonPath("$.counts.UNUSED").value(1))
                .andExpect(jsonPath("$.content[?(@.id == '" + dayBefore + "')]").isEmpty());
        // a 1-day window: only today counts; the unit inspected 29 days ago is unused too
        get(URL + "?region=" + VILLAGE + "&days=1", "town.aj").andExpect(jsonPath("$.counts.UNUSED").value(3));

        // sector 04: the construction unit only
        assertThat(ids(body(get(URL + "?region=" + VILLAGE + "&sector=04", "town.aj")
                .andExpect(jsonPath("$.counts.UNBUILT").value(0)).andExpect(jsonPath("$.counts.UNUSED").value(1)))))
                .isEqualTo(of(never));
    }

    @Test
    void theScopeLimitsTheListAndBadFiltersAreRefused() throws Exception {
        // 东关镇 does not see 西河镇's units, even when it asks for the village
        get(URL + "?region=" + XIHE_VILLAGE, "town.aj").andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.UNBUILT").value(0)).andExpect(jsonPath("$.totalElements").value(0));
        // the county sees both towns
        assertThat(ids(body(get(URL + "?region=" + XIHE_VILLAGE + "&size=500", "county.yjj")))).contains(xihe.toString());
        assertThat(ids(body(get(URL + "?region=" + VILLAGE + "&size=500", "county.yjj"))))
                .isEqualTo(of(none, inspectedOnly, unassessed, dayBefore, never));
        // the 住建 department sees its sector only
        assertThat(ids(body(get(URL + "?region=" + VILLAGE + "&size=500", "county.zjj")))).isEqualTo(of(never));
        // an enterprise user is refused
        get(URL, "ent.a.boss").andExpect(status().isForbidden());

        get(URL + "?days=0", "town.aj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("days"));
        get(URL + "?days=367", "town.aj").andExpect(status().isBadRequest());
        get(URL + "?region=99010110", "town.aj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("region"));
        get(URL + "?sector=<b>", "town.aj").andExpect(status().isBadRequest());
        get(URL + "?reason=NOPE", "town.aj").andExpect(status().isBadRequest());
        get(URL + "?size=501", "town.aj").andExpect(status().isBadRequest());
    }

    @Test
    void enlistingPutsTheUnitOnThisYearsPlanOnceAndIsAudited() throws Exception {
        int year = day().getYear();
        String plans = body(get("/api/v1/enforcement/plans", "town.aj"));
        List<String> existing = JsonPath.read(plans, "$[?(@.officeCode == '990101100000' && @.year == " + year
                + ")].id");
        String planId = existing.isEmpty() ? JsonPath.read(body(post("/api/v1/enforcement/plans", Map.of("year", year,
                "title", "东关镇本年度执法检查计划"), "town.aj").andExpect(status().isCreated())), "$.id") : existing.get(0);

        String enlist = URL + "/" + none + "/enlist";
        post(enlist, Map.of("month", 13), "town.aj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("month"));
        post(enlist, Map.of("month", 11), "town.aj").andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[?(@.enterpriseId == '" + none + "')].month").value(11))
                .andExpect(jsonPath("$.targets[?(@.enterpriseId == '" + none + "')].reason").value("双重预防体系应建未建"));
        post(URL + "/" + dayBefore + "/enlist", Map.of(), "town.aj").andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[?(@.enterpriseId == '" + dayBefore + "')].reason")
                        .value("双重预防体系建而不用(近30日无在线排查记录)"))
                .andExpect(jsonPath("$.targets[?(@.enterpriseId == '" + dayBefore + "')].month")
                        .value(day().getMonthValue()));
        // once only
        post(enlist, Map.of("month", 3), "town.aj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("已列入")));
        // a unit in use is not on the list; another town's unit is not found
        post(URL + "/" + today + "/enlist", Map.of(), "town.aj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("enterpriseId"));
        post(URL + "/" + xihe + "/enlist", Map.of(), "town.aj").andExpect(status().isNotFound());
        post(URL + "/" + UUID.randomUUID() + "/enlist", Map.of(), "town.aj").andExpect(status().isNotFound());

        get(URL + "?region=" + VILLAGE + "&reason=UNBUILT&size=50", "town.aj")
                .andExpect(jsonPath("$.content[?(@.id == '" + none + "')].planned").value(true))
                .andExpect(jsonPath("$.content[?(@.id == '" + unassessed + "')].planned").value(false));
        // one audit entry (chained later from audit_pending)
        assertThat(jdbc.queryForObject("select (select count(*) from audit_pending where entity_id = ? and action ="
                + " 'ADD_TARGET' and summary like ?) + (select count(*) from audit_entry where entity_id = ? and action ="
                + " 'ADD_TARGET' and summary like ?)", Integer.class, planId, "%双防未建机械有限公司%", planId,
                "%双防未建机械有限公司%")).isEqualTo(1);
    }

    @Test
    void thePageShowsTheCountsAndTheListAtPhoneWidth() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/enforcement/unbuilt-or-unused").param("region", VILLAGE)
                .with(as("town.aj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("双防未建机械有限公司")))
                .andExpect(content().string(containsString("table-cards")))
                .andExpect(content().string(containsString("列入执法检查")));
        mvc.perform(MockMvcRequestBuilders.get("/enforcement/unbuilt-or-unused").param("region", XIHE_VILLAGE)
                .with(as("town.aj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("范围内暂无应建未建、建而不用的单位")));
    }

    private static final DataFormatter FORMAT = new DataFormatter();

    /** The export's data rows (below the header row, whose first cell is 单位): unit name → its row's cells. */
    private Map<String, List<String>> exported(String query, String user) throws Exception {
        byte[] xlsx = mvc.perform(MockMvcRequestBuilders.get("/enforcement/unbuilt-or-unused/export.xlsx" + query)
                .with(as(user))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getRepeatingRows()).as("header repeated on every page").isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("双重预防体系应建未建、建而不用单位名单");
            boolean data = false;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                List<String> cells = new java.util.ArrayList<>();
                row.forEach(c -> cells.add(FORMAT.formatCellValue(c)));
                if (data && !cells.isEmpty()) {
                    rows.put(cells.get(0), cells);
                }
                data |= !cells.isEmpty() && cells.get(0).equals("单位");
            }
            assertThat(data).as("header row").isTrue();
        }
        return rows;
    }

    @Test
    void theExportHoldsTheWholeFilteredListInScope() throws Exception {
        Map<String, List<String>> all = exported("?region=" + VILLAGE, "town.aj");
        assertThat(all.keySet()).containsExactlyInAnyOrder("双防未建机械有限公司", "双防有排查无清单有限公司", "双防未评级有限公司",
                "双防窗口前一日有限公司", "双防从未排查建筑有限公司");
        assertThat(all.get("双防窗口前一日有限公司").subList(2, 6)).containsExactly("双防测试村",
                "非煤矿山、冶金工贸、民用爆炸物品生产和销售", "建而不用", "测负责");
        assertThat(all.get("双防未建机械有限公司").get(4)).isEqualTo("应建未建");
        assertThat(all.get("双防未建机械有限公司").get(1)).hasSize(18);

        assertThat(exported("?region=" + VILLAGE + "&reason=UNUSED", "town.aj").keySet())
                .containsExactlyInAnyOrder("双防窗口前一日有限公司", "双防从未排查建筑有限公司");
        // the 住建 department's export holds its sector only, another town's village nothing
        assertThat(exported("?region=" + VILLAGE, "county.zjj").keySet()).containsExactly("双防从未排查建筑有限公司");
        assertThat(exported("?region=" + XIHE_VILLAGE, "town.aj")).isEmpty();
        // refused like the page: an enterprise user, a malformed region (a page, not a download)
        mvc.perform(MockMvcRequestBuilders.get("/enforcement/unbuilt-or-unused/export.xlsx").with(as("ent.a.boss")))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/enforcement/unbuilt-or-unused/export.xlsx?region=99010110")
                .with(as("town.aj"))).andExpect(status().isBadRequest())
                .andExpect(header().doesNotExist("Content-Disposition"));
        // the page links to the export of what it shows
        String page = mvc.perform(MockMvcRequestBuilders.get("/enforcement/unbuilt-or-unused").param("region", VILLAGE)
                .param("reason", "UNUSED").with(as("town.aj"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("id=\"gap-export\"[^>]*href=\"([^\"]*)\"")
                .matcher(page);
        assertThat(link.find()).as("export link").isTrue();
        assertThat(link.group(1)).startsWith("/enforcement/unbuilt-or-unused/export.xlsx?region=" + VILLAGE)
                .endsWith("reason=UNUSED");
    }
}
