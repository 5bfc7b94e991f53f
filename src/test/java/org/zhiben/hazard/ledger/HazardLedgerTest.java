package org.zhiben.hazard.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ZhibenTest;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardRows;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardState;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;
import org.zhiben.insight.SummaryMaintenance;

/**
 * The major-hazard database list, its filters, scope, stock/increment split, duplicates and export. Every test marks
 * its rows with a unique token in the description and filters by it, so demo or other tests' hazards never count.
 */
@ZhibenTest
class HazardLedgerTest {

    static final String A_REGION = "990101100201";
    static final String B_REGION = "990101101202";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    SummaryMaintenance summaries;

    HazardRows rows;
    String token;
    UUID a;
    UUID b;

    @BeforeEach
    void setUp() {
        rows = new HazardRows(jdbc);
        token = "标记" + UUID.randomUUID().toString().substring(0, 8);
        a = principal("ent.a.boss").enterpriseId();
        b = principal("ent.b.boss").enterpriseId();
    }

    CurrentUser principal(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    RequestPostProcessor as(String username) {
        return user(principal(username));
    }

    static RequestPostProcessor official(String region) {
        CurrentUser u = new CurrentUser(UUID.randomUUID(), "official-" + region, "外区官员", Role.OFFICIAL, region, null,
                null, true, false, false, "x");
        return user(u);
    }

    HazardRows.Row atA(String what) {
        return rows.of(a, "示范精密机械制造有限公司", A_REGION, ",03,").description(token + what);
    }

    HazardRows.Row atB(String what) {
        return rows.of(b, "示范化工有限公司", B_REGION, ",02,").description(token + what);
    }

    /** Descriptions (without the token) the user finds with the extra query. */
    Set<String> found(RequestPostProcessor who, String query) throws Exception {
        String body = mvc.perform(get("/api/v1/hazards?size=100&q=" + token + (query.isEmpty() ? "" : "&" + query))
                .with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> descriptions = JsonPath.read(body, "$.content[*].description");
        Set<String> result = new HashSet<>();
        descriptions.forEach(d -> result.add(d.substring(token.length())));
        return result;
    }

    @Test
    void eachFilterNarrowsTheList() throws Exception {
        atA("一般日常").found("2024-03-01").insert();
        atA("重大执法").level(HazardLevel.MAJOR).source(HazardSource.SUPERVISION).found("2024-05-10").insert();
        atA("已销号").found("2023-06-01").closed("2024-02-01").insert();
        atA("超期").found("2024-01-10").deadline("2024-02-01").state(HazardState.RECTIFYING).insert();
        atA("举报").source(HazardSource.PUBLIC_TIP).found("2024-07-01").location("东区仓库").insert();
        atB("化工").found("2024-04-01").insert();
        RequestPostProcessor admin = as("admin");

        assertThat(found(admin, "")).containsExactlyInAnyOrder("一般日常", "重大执法", "已销号", "超期", "举报", "化工");
        assertThat(found(admin, "level=MAJOR")).containsExactly("重大执法");
        assertThat(found(admin, "state=RECTIFYING")).containsExactly("超期");
        assertThat(found(admin, "status=CLOSED")).containsExactly("已销号");
        assertThat(found(admin, "status=OPEN")).doesNotContain("已销号").hasSize(5);
        assertThat(found(admin, "overdue=true")).containsExactly("超期");
        assertThat(found(admin, "channel=GOVERNMENT")).containsExactlyInAnyOrder("重大执法", "举报");
        assertThat(found(admin, "channel=ENTERPRISE")).containsExactlyInAnyOrder("一般日常", "已销号", "超期", "化工");
        assertThat(found(admin, "source=PUBLIC_TIP")).containsExactly("举报");
        assertThat(found(admin, "sector=02")).containsExactly("化工");
        assertThat(found(admin, "region=990101101000")).containsExactly("化工");
        assertThat(found(admin, "region=" + A_REGION)).hasSize(5);
        assertThat(found(admin, "from=2024-03-01&to=2024-05-10")).containsExactlyInAnyOrder("一般日常", "重大执法", "化工");
        assertThat(found(admin, "enterpriseId=" + b)).containsExactly("化工");
        // text matches the location and the enterprise name too
        String body = mvc.perform(get("/api/v1/hazards").param("q", "东区仓库").param("size", "100").with(admin))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(body, "$.content[*].description")).contains(token + "举报");
    }

    long total(RequestPostProcessor who, String query) throws Exception {
        var response = mvc.perform(get("/api/v1/hazards?size=1&" + query).with(who)).andReturn().getResponse();
        String body = response.getContentAsString();
        assertThat(response.getStatus()).as(query + ": " + body).isEqualTo(200);
        return ((Number) JsonPath.read(body, "$.totalElements")).longValue();
    }

    /**
     * Without text or open-only filters the total and the stock/increment summary come from insight's kept counts,
     * not from counting the rows. Compared here with the rows counted: the same query with an end date that is not a
     * month's last day (which the counts cannot answer, so the ledger counts) and nothing found after it.
     */
    @Test
    void totalsFromTheKeptCountsAreTheRowsCounted() throws Exception {
        atA("存量未销号").found("2023-12-31").insert();
        atA("存量已销号").found("2023-06-01").closed("2024-02-01").insert();
        atA("重大").level(HazardLevel.MAJOR).found("2024-01-01").insert();
        atA("已驳回").found("2024-03-20").state(HazardState.REJECTED).insert();
        atB("化工已销号").found("2024-03-15").closed("2024-04-01").insert();
        atB("化工").found("2025-01-31").insert();
        summaries.rebuild();
        try {
            String live = "&to=2100-12-30";
            for (String who : List.of("admin", "county.yjj", "county.zjj", "town.aj")) {
                List<String> queries = new ArrayList<>(List.of("", "status=CLOSED", "level=MAJOR", "sector=03",
                        "sector=02&level=GENERAL", "stock=STOCK", "stock=INCREMENT&status=CLOSED", "from=2024-01-01"));
                if (!who.equals("town.aj")) {
                    queries.addAll(List.of("region=990101100000", "region=" + B_REGION + "&status=CLOSED"));
                }
                for (String query : queries) {
                    assertThat(total(as(who), query)).as(who + " " + query).isEqualTo(total(as(who), query + live));
                }
                // the summary: its four figures are the lists' totals (open counted by their own index)
                String summary = mvc.perform(get("/api/v1/hazards/summary").with(as(who)))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                assertThat(((Number) JsonPath.read(summary, "$.stockOpen")).longValue()).as(who)
                        .isEqualTo(total(as(who), "stock=STOCK&status=OPEN"));
                assertThat(((Number) JsonPath.read(summary, "$.stockClosed")).longValue()).as(who)
                        .isEqualTo(total(as(who), "stock=STOCK&status=CLOSED" + live));
                assertThat(((Number) JsonPath.read(summary, "$.incrementOpen")).longValue()).as(who)
                        .isEqualTo(total(as(who), "stock=INCREMENT&status=OPEN"));
                assertThat(((Number) JsonPath.read(summary, "$.incrementClosed")).longValue()).as(who)
                        .isEqualTo(total(as(who), "stock=INCREMENT&status=CLOSED" + live));
            }
            // a whole month is answered by the counts and equals its days counted
            assertThat(total(as("admin"), "from=2024-03-01&to=2024-03-31")).isEqualTo(
                    total(as("admin"), "from=2024-03-01&to=2024-03-30") + total(as("admin"), "from=2024-03-31&to=2024-03-31"));

            // the path really is the counts: a row written behind their back (no event) is not in them
            long kept = total(as("town.aj"), "status=CLOSED");
            atA("绕过统计").found("2024-05-01").closed("2024-05-02").insert();
            assertThat(total(as("town.aj"), "status=CLOSED")).isEqualTo(kept);
            assertThat(total(as("town.aj"), "status=CLOSED" + live)).isEqualTo(kept + 1);
        } finally {
            summaries.rebuild();
        }
    }

    @Test
    void ageCountsDaysSinceFoundAgainstToday() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        atA("31天").found(today.minusDays(31).toString()).insert();
        atA("30天").found(today.minusDays(30).toString()).insert();
        atA("91天").found(today.minusDays(91).toString()).insert();
        assertThat(found(as("admin"), "ageOver=30")).containsExactlyInAnyOrder("31天", "91天");
        assertThat(found(as("admin"), "ageOver=90")).containsExactly("91天");
        assertThat(found(as("admin"), "ageOver=180")).isEmpty();
    }

    @Test
    void stockIsFoundBeforeTheBaselineAndIncrementFromIt() throws Exception {
        atA("年末").found("2023-12-31").insert();
        atA("年初").found("2024-01-01").insert();
        atA("年末已销号").found("2023-12-31").closed("2024-03-01").insert();
        assertThat(found(as("admin"), "stock=STOCK")).containsExactlyInAnyOrder("年末", "年末已销号");
        assertThat(found(as("admin"), "stock=INCREMENT")).containsExactly("年初");
        mvc.perform(get("/api/v1/hazards").param("q", token).param("stock", "INCREMENT").with(as("admin")))
                .andExpect(jsonPath("$.content[0].stock").value(false));

        UUID fresh = UUID.randomUUID();
        rows.of(fresh, "汇总测试企业", A_REGION, ",03,").found("2023-12-31").insert();
        rows.of(fresh, "汇总测试企业", A_REGION, ",03,").found("2023-01-01").closed("2024-01-05").insert();
        rows.of(fresh, "汇总测试企业", A_REGION, ",03,").found("2024-01-01").insert();
        rows.of(fresh, "汇总测试企业", A_REGION, ",03,").found("2024-01-01").state(HazardState.REJECTED).insert();
        rows.of(fresh, "汇总测试企业", A_REGION, ",03,").found("2025-02-01").closed("2025-03-01").insert();
        mvc.perform(get("/api/v1/hazards/summary").param("enterpriseId", fresh.toString()).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.baseline").value("2024-01-01"))
                .andExpect(jsonPath("$.stockOpen").value(1)).andExpect(jsonPath("$.stockClosed").value(1))
                .andExpect(jsonPath("$.incrementOpen").value(1)).andExpect(jsonPath("$.incrementClosed").value(1));
    }

    @Test
    void probableDuplicatesAreFlaggedAndFilterable() throws Exception {
        UUID unit = UUID.randomUUID();
        UUID first = atA("同单元一").unit(unit).found("2024-02-01").insert();
        UUID second = atA("同单元二").unit(unit).found("2024-02-02").insert();
        UUID loc1 = atA("同部位一").location("2号 车间 东门").found("2024-02-03").insert();
        atA("同部位二").location("2号车间东门").found("2024-02-04").insert();
        atA("同部位已销号").location("2号车间东门").found("2024-02-05").closed("2024-02-06").insert();
        atA("单独").location("仓库").found("2024-02-07").insert();
        atB("别家同部位").location("2号车间东门").found("2024-02-08").insert();
        // the same words (spaces and punctuation aside) reported within 72 hours: a resubmission
        atA("冲床防护罩缺失。").found("2024-03-01").insert();
        atA("冲床 防护罩缺失").found("2024-03-02").insert();
        atA("冲床防护罩缺失!").found("2024-03-05").insert(); // 96 hours after the first, 72 after the second
        atB("冲床防护罩缺失").found("2024-03-01").insert();

        assertThat(found(as("admin"), "duplicates=true")).containsExactlyInAnyOrder("同单元一", "同单元二",
                "同部位一", "同部位二", "冲床防护罩缺失。", "冲床 防护罩缺失");
        String body = mvc.perform(get("/api/v1/hazards").param("q", token + "同单元二").with(as("admin")))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(body, "$.content[0].duplicateOf")).isEqualTo(first.toString());
        body = mvc.perform(get("/api/v1/hazards").param("q", token + "同单元一").with(as("admin")))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(body, "$.content[0].duplicateOf")).isEqualTo(second.toString());
        body = mvc.perform(get("/api/v1/hazards").param("q", token + "同部位二").with(as("admin")))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(body, "$.content[0].duplicateOf")).isEqualTo(loc1.toString());
        body = mvc.perform(get("/api/v1/hazards").param("q", token + "单独").with(as("admin")))
                .andReturn().getResponse().getContentAsString();
        assertThat((Boolean) JsonPath.read(body, "$.content[0].probableDuplicate")).isFalse();

        mvc.perform(get("/hazards").param("q", token).with(as("county.yjj")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("疑似重复")))
                .andExpect(content().string(containsString("/hazards/" + second + "?duplicateOf=" + first)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ent.b.boss", "county.zjj", "expert1"})
    void outsideTheScopeSeesNoneOfAsHazards(String outsider) throws Exception {
        atA("甲").insert();
        assertThat(found(as(outsider), "")).isEmpty();
        assertThat(found(as("town.aj"), "")).containsExactly("甲");
        assertThat(found(as("ent.a.worker"), "")).containsExactly("甲");
    }

    @Test
    void anOfficialOfAnotherRegionSeesNothingAndCannotAskForARegionOutsideTheScope() throws Exception {
        atA("甲").insert();
        assertThat(found(official("990102000000"), "")).isEmpty();
        mvc.perform(get("/api/v1/hazards").param("region", "990101101000").with(as("town.aj")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/hazards").param("region", A_REGION).with(official("990102000000")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/hazards/export.xlsx").param("region", A_REGION).with(official("990102000000")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/hazards").param("region", "990101101000").with(as("town.aj")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anEnterpriseUsersExportHoldsOnlyItsOwnRows() throws Exception {
        atA("甲一").insert();
        atA("甲二").level(HazardLevel.MAJOR).insert();
        atB("乙一").insert();
        assertThat(exported("ent.b.boss")).containsExactly(token + "乙一");
        assertThat(exported("ent.a.safety")).containsExactlyInAnyOrder(token + "甲一", token + "甲二");
        assertThat(exported("county.yjj")).hasSize(3);
        byte[] page = mvc.perform(get("/hazards/export.xlsx").param("q", token).with(as("ent.b.boss")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(descriptions(page)).containsExactly(token + "乙一");
    }

    List<String> exported(String username) throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/hazards/export.xlsx").param("q", token).with(as(username)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        return descriptions(xlsx);
    }

    static List<String> descriptions(byte[] xlsx) throws Exception {
        List<String> result = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("事故隐患排查治理台账");
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("隐患描述"); // under the title block
            for (Row row : sheet) {
                if (row.getRowNum() > 3) {
                    result.add(row.getCell(3).getStringCellValue());
                }
            }
        }
        return result;
    }

    @Test
    void badInputIsAProblemWithTheField() throws Exception {
        mvc.perform(get("/api/v1/hazards").param("level", "HUGE").with(as("admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("level"));
        mvc.perform(get("/api/v1/hazards").param("source", "<script>").with(as("admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("source"));
        mvc.perform(get("/api/v1/hazards").param("from", "2024-05-02").param("to", "2024-05-01").with(as("admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/hazards").param("from", "yesterday").with(as("admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/hazards").param("region", "12345").with(as("admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("region"));
        mvc.perform(get("/api/v1/hazards").param("ageOver", "-1").with(as("admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("ageOver"));
        mvc.perform(get("/api/v1/hazards").param("q", "x".repeat(101)).with(as("admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/v1/hazards").param("page", "-1").with(as("admin")))
                .andExpect(status().isBadRequest());
        // a value that is not one of the states is named in the caller's words, not the converter's
        mvc.perform(get("/api/v1/hazards").param("state", "NOPE").with(as("admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("state"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("REPORTED、CONFIRMED")))
                .andExpect(jsonPath("$.detail").value(containsString("应为")));
        mvc.perform(get("/api/v1/hazards/export.xlsx").param("level", "HUGE").with(as("admin")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/hazards").param("size", "100000").with(as("admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.size").value(100));
        mvc.perform(get("/hazards").param("level", "HUGE").with(as("county.yjj")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("筛选条件有误")));
        // wildcard characters are literal text, not patterns
        atA("百分之百%").insert();
        String percent = mvc.perform(get("/api/v1/hazards").param("q", token + "百分之百%").with(as("admin")))
                .andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(percent, "$.totalElements")).isOne();
        String wildcard = mvc.perform(get("/api/v1/hazards").param("q", token + "%百").with(as("admin")))
                .andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(wildcard, "$.totalElements")).isZero();
        String body = mvc.perform(get("/api/v1/hazards").param("q", "_" + token).with(as("admin")))
                .andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(body, "$.totalElements")).isZero();
    }

    @Test
    void thePageFiltersWithHtmxAndLinksEachHazardToItsDetail() throws Exception {
        UUID id = atA("页面<script>alert(1)</script>").level(HazardLevel.MAJOR).insert();
        mvc.perform(get("/hazards").param("q", token).with(as("town.aj")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/hazards/" + id)))
                .andExpect(content().string(containsString("stock-chart")))
                .andExpect(content().string(containsString("&lt;script&gt;")));
        mvc.perform(get("/hazards").param("q", token).param("level", "GENERAL").header("HX-Request", "true")
                        .with(as("town.aj")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/hazards/" + id))));
        mvc.perform(get("/hazards").param("q", token).with(as("ent.a.worker")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/hazards/" + id)));
    }
}
