package org.zhiben.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ZhibenTest;

/**
 * 执法统计 against a hand-counted fixture in 2013 (a year nobody else records) in two fictional towns of the demo
 * county (990101197000 and 990101198000): enterprise A in sectors 04 and 18, B in 18, C in 04; inspections on the
 * first and the last day of the year and one either side of it; a case filed in 2012 and decided in 2013, one filed in
 * 2013 and decided in 2014, one decided with 停产 and a fine, one never decided; a town station that inspects and never
 * decides (只检查不处罚). The same figures answer the enforcement API, the page, and insight's API.
 */
@ZhibenTest
class EnforcementStatisticsTest {

    private static final String PASSWORD = "Demo@12345";
    private static final String COUNTY = "990101000000";
    private static final String T197 = "990101197000";
    private static final String T198 = "990101198000";
    private static final String V197 = "990101197001";
    private static final String V198A = "990101198001";
    private static final String V198B = "990101198002";
    private static final UUID A = UUID.fromString("00000000-0000-4000-8000-000000016a01");
    private static final UUID B = UUID.fromString("00000000-0000-4000-8000-000000016a02");
    private static final UUID C = UUID.fromString("00000000-0000-4000-8000-000000016a03");

    private static boolean seeded;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;
    @Autowired
    EnforcementStatistics statistics;

    private void signIn(String username) {
        var user = users.loadUserByUsername(username);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(user,
                        null, user.getAuthorities()));
    }

    private ResultActions get(String url, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(httpBasic(user, PASSWORD)));
    }

    private void inspection(UUID enterprise, String region, String sectors, InspectionMode mode, String on,
            int general, int major, String office) {
        LocalDate day = LocalDate.parse(on);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into enforcement_inspection (id, enterprise_id, region_code, sectors, enterprise_name,"
                + " office_code, office_name, mode, inspected_on, inspected_year, place, summary, measures,"
                + " general_findings, major_findings, recorded_by_name, version, created_at, updated_at)"
                + " values (?, ?, ?, ?, '统计测试企业', ?, ?, ?, ?, ?, '统计测试地点', '统计测试', '', ?, ?, '统计员', 0, ?, ?)",
                UUID.randomUUID(), enterprise, region, sectors, office, office.equals(COUNTY) ? "示范县应急管理局"
                        : "统计测试镇安监站", mode.name(), day, day.getYear(), general, major, now, now);
    }

    private void kase(UUID enterprise, String region, String sectors, String filed, String decided, String measures,
            String fineUnit, String finePrincipal, String office) {
        LocalDate f = LocalDate.parse(filed);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into enforcement_case (id, enterprise_id, region_code, sectors, enterprise_name, office_code,"
                + " office_name, title, facts, state, filed_on, filed_year, hearing_requested, decided_on, measures,"
                + " fine_unit_yuan, fine_principal_yuan, version, created_at, updated_at)"
                + " values (?, ?, ?, ?, '统计测试企业', ?, ?, '统计测试案件', '统计测试', ?, ?, ?, false, ?, ?, ?, ?, 0, ?, ?)",
                UUID.randomUUID(), enterprise, region, sectors, office, office.equals(COUNTY) ? "示范县应急管理局"
                        : "统计测试镇安监站", decided == null ? "FILED" : "DECIDED", f, f.getYear(),
                decided == null ? null : LocalDate.parse(decided), measures, new BigDecimal(fineUnit),
                new BigDecimal(finePrincipal), now, now);
    }

    @BeforeEach
    void fixture() {
        synchronized (EnforcementStatisticsTest.class) {
            if (seeded) {
                return;
            }
            // I1: A on the year's first day, 2 一般 + 1 重大, 四不两直
            inspection(A, V198A, ",04,18,", InspectionMode.FOUR_NOS, "2013-01-01", 2, 1, COUNTY);
            // I2: A on the year's last day, 1 一般, 双随机
            inspection(A, V198A, ",04,18,", InspectionMode.DOUBLE_RANDOM, "2013-12-31", 1, 0, COUNTY);
            // I3: B in June by the town station, 2 重大, 四不两直
            inspection(B, V198B, ",18,", InspectionMode.FOUR_NOS, "2013-06-15", 0, 2, T198);
            // I4: C on 30 June, 3 一般, 联合
            inspection(C, V197, ",04,", InspectionMode.JOINT, "2013-06-30", 3, 0, COUNTY);
            // outside 2013: the day before and the day after
            inspection(B, V198B, ",18,", InspectionMode.OPEN, "2012-12-31", 5, 5, T198);
            inspection(C, V197, ",04,", InspectionMode.OPEN, "2014-01-01", 5, 5, COUNTY);
            // K1: A filed in March, decided in May: 停产 and a fine of 50,000 + 10,000 (一案双罚)
            kase(A, V198A, ",04,18,", "2013-03-01", "2013-05-10", "FINE,DUAL_FINE,SUSPEND", "50000", "10000", COUNTY);
            // K2: C filed in 2012, decided on 5 January 2013: 关闭取缔 and 20,000
            kase(C, V197, ",04,", "2012-11-20", "2013-01-05", "FINE,CLOSE_DOWN", "20000", "0", COUNTY);
            // K3: C filed on the year's last day, decided in 2014: 7,000
            kase(C, V197, ",04,", "2013-12-31", "2014-01-02", "FINE", "7000", "0", COUNTY);
            // K4: B filed in August by the town station, never decided
            kase(B, V198B, ",18,", "2013-08-01", null, "", "0", "0", T198);
            seeded = true;
        }
    }

    private static void row(String body, String path, long inspections, long covered, long general, long major,
            long cases, int fines, long suspensions, long closures) {
        Map<String, Object> r = JsonPath.read(body, path);
        assertThat(r).as(path).containsEntry("inspections", (int) inspections)
                .containsEntry("enterprisesCovered", (int) covered).containsEntry("generalHazards", (int) general)
                .containsEntry("majorHazards", (int) major).containsEntry("cases", (int) cases)
                .containsEntry("suspensions", (int) suspensions).containsEntry("closures", (int) closures);
        assertThat(new BigDecimal(r.get("finesYuan").toString())).as(path + " fines")
                .isEqualByComparingTo(BigDecimal.valueOf(fines));
    }

    @Test
    void theCountyYearMatchesTheHandCount() throws Exception {
        String r = get("/api/v1/enforcement/statistics?year=2013", "county.yjj").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // I1–I4; A, B, C; K1, K3, K4 filed; K1's and K2's decisions
        row(r, "$.total", 4, 3, 6, 3, 3, 80000, 1, 1);
        assertThat(JsonPath.<List<String>>read(r, "$.byRegion[*].key")).containsExactly(T197, T198);
        row(r, "$.byRegion[0]", 1, 1, 3, 0, 1, 20000, 0, 1);
        row(r, "$.byRegion[1]", 3, 2, 3, 3, 2, 60000, 1, 0);
        // A counts under 04 and 18: the sectors add up to more than the total
        assertThat(JsonPath.<List<String>>read(r, "$.bySector[*].key")).containsExactly("04", "18");
        row(r, "$.bySector[0]", 3, 2, 6, 1, 2, 80000, 1, 1);
        row(r, "$.bySector[1]", 3, 2, 3, 3, 2, 60000, 1, 0);
        // every mode listed, in the enum's order; cases have no mode
        assertThat(JsonPath.<List<String>>read(r, "$.byMode[*].key"))
                .containsExactly(java.util.Arrays.stream(InspectionMode.values()).map(Enum::name).toArray(String[]::new));
        row(r, "$.byMode[0]", 2, 2, 2, 3, 0, 0, 0, 0);
        row(r, "$.byMode[5]", 1, 1, 3, 0, 0, 0, 0, 0);
        row(r, "$.byMode[6]", 1, 1, 1, 0, 0, 0, 0, 0);
        row(r, "$.byMode[1]", 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(JsonPath.<String>read(r, "$.byMode[0].label")).isEqualTo("四不两直");
        // months: a filing counts in its month, a decision in its month
        assertThat(JsonPath.<List<String>>read(r, "$.byMonth[*].key")).hasSize(12).startsWith("2013-01")
                .endsWith("2013-12");
        row(r, "$.byMonth[0]", 1, 1, 2, 1, 0, 20000, 0, 1);
        row(r, "$.byMonth[1]", 0, 0, 0, 0, 0, 0, 0, 0);
        row(r, "$.byMonth[2]", 0, 0, 0, 0, 1, 0, 0, 0);
        row(r, "$.byMonth[4]", 0, 0, 0, 0, 0, 60000, 1, 0);
        row(r, "$.byMonth[5]", 2, 2, 3, 2, 0, 0, 0, 0);
        row(r, "$.byMonth[7]", 0, 0, 0, 0, 1, 0, 0, 0);
        row(r, "$.byMonth[11]", 1, 1, 1, 0, 1, 0, 0, 0);
        assertThat(JsonPath.<String>read(r, "$.byMonth[5].label")).isEqualTo("6月");
        // the town station inspected (I3) and filed (K4) but decided nothing; the county decided K1 and K2
        assertThat(JsonPath.<List<String>>read(r, "$.inspectWithoutPenalty[*].code")).containsExactly(T198);
        assertThat(JsonPath.<Integer>read(r, "$.inspectWithoutPenalty[0].inspections")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(r, "$.inspectWithoutPenalty[0].cases")).isEqualTo(1);
        assertThat(JsonPath.<String>read(r, "$.inspectWithoutPenalty[0].name")).isEqualTo("统计测试镇安监站");
    }

    @Test
    void theYearsEitherSideCountTheirOwnRows() throws Exception {
        // 2012: the 31 December inspection and K2's filing; K2's decision falls in 2013
        String y2012 = get("/api/v1/enforcement/statistics?year=2012", "county.yjj").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        row(y2012, "$.total", 1, 1, 5, 5, 1, 0, 0, 0);
        row(y2012, "$.byMonth[10]", 0, 0, 0, 0, 1, 0, 0, 0);
        row(y2012, "$.byMonth[11]", 1, 1, 5, 5, 0, 0, 0, 0);
        assertThat(JsonPath.<List<String>>read(y2012, "$.inspectWithoutPenalty[*].code")).containsExactly(T198);
        // 2014: the 1 January inspection and K3's decision; the county decided, so it is not flagged
        String y2014 = get("/api/v1/enforcement/statistics?year=2014", "county.yjj").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        row(y2014, "$.total", 1, 1, 5, 5, 0, 7000, 0, 0);
        assertThat(JsonPath.<List<String>>read(y2014, "$.inspectWithoutPenalty")).isEmpty();
    }

    @Test
    void theScopeNarrowsEveryFigure() throws Exception {
        // 住建局, limited to sector 04: A (I1, I2) and C (I4); K1 and K3 filed, K1 and K2 decided
        String r = get("/api/v1/enforcement/statistics?year=2013", "county.zjj").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        row(r, "$.total", 3, 2, 6, 1, 2, 80000, 1, 1);
        assertThat(JsonPath.<List<String>>read(r, "$.inspectWithoutPenalty")).isEmpty();
        // 东关镇's station sees none of the two towns' rows
        String town = get("/api/v1/enforcement/statistics?year=2013", "town.aj").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        row(town, "$.total", 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(JsonPath.<List<String>>read(town, "$.byRegion")).isEmpty();
        // the city sees the county as one region row
        String city = get("/api/v1/enforcement/statistics?year=2013", "city.yjj").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(city, "$.byRegion[*].key")).containsExactly(COUNTY);
        row(city, "$.byRegion[0]", 4, 3, 6, 3, 3, 80000, 1, 1);
        get("/api/v1/enforcement/statistics?year=2013", "ent.a.boss").andExpect(status().isForbidden());
    }

    @Test
    void insightAnswersThePeriodsEnforcementFigures() throws Exception {
        get("/api/v1/stats/enforcement?region=" + COUNTY + "&from=2013-01-01&to=2013-12-31", "county.yjj")
                .andExpect(status().isOk()).andExpect(jsonPath("$.inspections").value(4))
                .andExpect(jsonPath("$.enterprisesCovered").value(3)).andExpect(jsonPath("$.generalHazards").value(6))
                .andExpect(jsonPath("$.majorHazards").value(3)).andExpect(jsonPath("$.cases").value(3))
                .andExpect(jsonPath("$.finesYuan").value(80000.0)).andExpect(jsonPath("$.suspensions").value(1))
                .andExpect(jsonPath("$.closures").value(1)).andExpect(jsonPath("$.inspectWithoutPenalty").value(1))
                .andExpect(jsonPath("$.statistics").value("/enforcement/statistics?year=2013"));
        // a town, a sector, a span across the year's end
        // (insight knows only the registry's regions; the service narrows to any region in scope)
        signIn("county.yjj");
        try {
            EnforcementStatistics.Figures town = statistics.figures(T197, null, LocalDate.parse("2013-01-01"),
                    LocalDate.parse("2013-12-31"));
            assertThat(town.total().inspections()).isEqualTo(1);
            assertThat(town.total().cases()).isEqualTo(1);
            assertThat(town.total().finesYuan()).isEqualByComparingTo("20000");
            assertThat(town.total().closures()).isEqualTo(1);
            assertThat(town.inspectWithoutPenalty()).isZero();
            assertThat(statistics.figures(T198, null, LocalDate.parse("2013-01-01"), LocalDate.parse("2013-12-31"))
                    .inspectWithoutPenalty()).isEqualTo(1);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        get("/api/v1/stats/enforcement?region=" + COUNTY + "&sector=18&from=2013-01-01&to=2013-12-31", "county.yjj")
                .andExpect(jsonPath("$.inspections").value(3)).andExpect(jsonPath("$.enterprisesCovered").value(2))
                .andExpect(jsonPath("$.cases").value(2)).andExpect(jsonPath("$.finesYuan").value(60000.0));
        get("/api/v1/stats/enforcement?region=" + COUNTY + "&from=2013-12-31&to=2014-01-02", "county.yjj")
                .andExpect(jsonPath("$.inspections").value(2)).andExpect(jsonPath("$.enterprisesCovered").value(2))
                .andExpect(jsonPath("$.cases").value(1)).andExpect(jsonPath("$.finesYuan").value(7000.0));
        // scope and bad input
        get("/api/v1/stats/enforcement?from=2013-01-01&to=2013-12-31", "county.zjj")
                .andExpect(jsonPath("$.inspections").value(3));
        get("/api/v1/stats/enforcement?region=990102000000&from=2013-01-01&to=2013-12-31", "county.yjj")
                .andExpect(status().isNotFound());
        get("/api/v1/stats/enforcement?from=2013-02-01&to=2013-01-01", "county.yjj")
                .andExpect(status().isBadRequest());
        get("/api/v1/stats/enforcement?from=2013-01-01&to=2013-12-31", "ent.a.boss")
                .andExpect(status().isForbidden());
    }

    @Test
    void insightsDashboardShowsTheEnforcementCards() throws Exception {
        String page = mvc.perform(MockMvcRequestBuilders.get("/insight").param("region", COUNTY)
                .param("from", "2013-01-01").param("to", "2013-12-31")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(users.loadUserByUsername("county.yjj"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the county in 2013: the whole fixture
        assertThat(page).containsPattern("id=\"kpi-enforcement-inspections\"[^>]*href=\"/enforcement/statistics\\?year=2013\"")
                .containsPattern("(?s)id=\"kpi-enforcement-inspections\".*?>4</div>.*?覆盖企业 3 家")
                .containsPattern("(?s)id=\"kpi-enforcement-cases\".*?>3</div>.*?罚款 80,000 元")
                .containsPattern("(?s)id=\"kpi-enforcement-measures\".*?>1 / 1</div>.*?只检查不处罚机构 1 个");
    }
}
