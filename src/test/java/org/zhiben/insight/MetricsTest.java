package org.zhiben.insight;

import java.time.Instant;
import org.zhiben.hazard.HazardSource;
import org.zhiben.inspection.TaskType;
import org.zhiben.inspection.TaskStatus;
import org.zhiben.inspection.InspectionTaskClosed;
import org.zhiben.inspection.InspectionRecorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhiben.hazard.HazardLevel.GENERAL;
import static org.zhiben.hazard.HazardLevel.MAJOR;
import static org.zhiben.hazard.HazardState.CLOSED;
import static org.zhiben.hazard.HazardState.RECTIFYING;
import static org.zhiben.hazard.HazardState.REJECTED;
import static org.zhiben.hazard.HazardState.REPORTED;
import static org.zhiben.insight.InsightFixture.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhiben.insight.internal.SummaryFolding;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.ZhibenTest;
import org.zhiben.common.Ids;
import org.zhiben.hazard.HazardFacts;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;

/**
 * Every metric against a hand-computed fixture in province 96 (county 960101, towns T1 960101100 and T2 960101101):
 * E1 (sector 03, village V1 of T1), E2 (03 and 04, village V2 of T1), E3 (04, village V3 of T2); eight hazards
 * around the period 2025-01-01..2025-03-31 and the baseline 2024-01-01. The expected figures are derived in the
 * comments from the list of hazards, not from the code.
 */
@ZhibenTest
class MetricsTest {

    static final String PROVINCE = "960000000000";
    static final String CITY = "960100000000";
    static final String COUNTY = "960101000000";
    static final String T1 = "960101100000";
    static final String T2 = "960101101000";
    static final String V1 = "960101100201";
    static final String V2 = "960101100202";
    static final String V3 = "960101101201";
    static UUID e1;
    static UUID e2;
    static UUID e3;
    static UUID department;

    @Autowired
    Metrics metrics;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MockMvc mvc;
    @Autowired
    SummaryFolding folding;

    @BeforeEach
    void fixture() {
        if (e1 != null) {
            return;
        }
        InsightFixture f = new InsightFixture(jdbc, new TransactionTemplate(transactions), events);
        f.region(PROVINCE, "统计省", null, 1);
        f.region(CITY, "统计市", PROVINCE, 2);
        f.region(COUNTY, "统计县", CITY, 3);
        f.region(T1, "甲镇", COUNTY, 4);
        f.region(T2, "乙镇", COUNTY, 4);
        f.region(V1, "一村", T1, 5);
        f.region(V2, "二村", T1, 5);
        f.region(V3, "三村", T2, 5);
        e1 = f.enterprise("统计甲企业", V1, "00000001", Set.of("03"));
        e2 = f.enterprise("统计乙企业", V2, "00000002", Set.of("03", "04"));
        e3 = f.enterprise("统计丙企业", V3, "00000003", Set.of("04"));
        f.risks(e1, V1, List.of("MAJOR", "LOW"));
        f.risks(e2, V2, List.of("GENERAL"));
        Set<String> s1 = Set.of("03");
        Set<String> s2 = Set.of("03", "04");
        Set<String> s3 = Set.of("04");
        // H1 E1 found before the period, closed in it on time
        f.hazard(facts(e1, V1, s1, GENERAL, CLOSED, "2024-12-31", "2025-01-10", "2025-01-05", false));
        // H2 E1 found on the first day, closed late
        f.hazard(facts(e1, V1, s1, GENERAL, CLOSED, "2025-01-01", "2025-01-15", "2025-01-20", false));
        // H3 E2 major found on the last day, open, not overdue (increment)
        f.hazard(facts(e2, V2, s2, MAJOR, RECTIFYING, "2025-03-31", "2025-06-30", null, false));
        // H4 E2 found the day after the period, open
        f.hazard(facts(e2, V2, s2, GENERAL, REPORTED, "2025-04-01", null, null, false));
        // H5 E3 major stock, open and overdue
        f.hazard(facts(e3, V3, s3, MAJOR, RECTIFYING, "2023-06-01", "2023-12-31", null, true));
        // H6 E3 rejected in the period: not a hazard
        HazardFacts h6 = facts(e3, V3, s3, GENERAL, REPORTED, "2025-02-10", null, null, false);
        UUID h6id = f.hazard(h6);
        f.change(h6id, h6, facts(e3, V3, s3, GENERAL, REJECTED, "2025-02-10", null, null, false));
        // H7 E3 major stock closed on time in 2024
        f.hazard(facts(e3, V3, s3, MAJOR, CLOSED, "2023-05-01", "2024-03-01", "2024-02-01", false));
        // H8 E1 reported, then closed the next day without a deadline (on time)
        HazardFacts h8 = facts(e1, V1, s1, GENERAL, REPORTED, "2025-02-15", null, null, false);
        UUID h8id = f.hazard(h8);
        f.change(h8id, h8, facts(e1, V1, s1, GENERAL, RECTIFYING, "2025-02-15", null, null, false));
        f.change(h8id, facts(e1, V1, s1, GENERAL, RECTIFYING, "2025-02-15", null, null, false),
                facts(e1, V1, s1, GENERAL, CLOSED, "2025-02-15", null, "2025-02-16", false));
        department = Ids.newId();
        jdbc.update("insert into directory_department (id, region_code, name, comprehensive) values (?, ?, ?, false)",
                department, COUNTY, "统计县住建局");
        jdbc.update("insert into directory_department_sector (department_id, sector_code) values (?, '04')",
                department);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static CurrentUser official(String region, UUID departmentId) {
        return new CurrentUser(Ids.newId(), "stat.official." + region, "统计官员", Role.OFFICIAL, region, departmentId,
                null, true, false, false, "x");
    }

    static CurrentUser enterpriseUser(UUID enterprise) {
        return new CurrentUser(Ids.newId(), "stat.ent", "统计企业用户", Role.ENTERPRISE_PRINCIPAL, null, null, enterprise,
                true, false, false, "x");
    }

    private void as(CurrentUser u) {
        InsightFixture.signIn(u);
    }

    private Overview overview(CurrentUser u, String region, String sector, String from, String to) {
        as(u);
        return metrics.overview(metrics.scope(region, sector), metrics.period(from, to));
    }

    @Test
    void countyFiguresForTheFirstQuarter() {
        Figures f = overview(official(COUNTY, null), null, null, "2025-01-01", "2025-03-31").figures();
        assertThat(f.enterprises()).isEqualTo(3);
        assertThat(f.withInventory()).isEqualTo(2);
        assertThat(f.inventoryRate()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(f.withMajorRisk()).isEqualTo(1);
        assertThat(List.of(f.unitsMajor(), f.unitsLarge(), f.unitsGeneral(), f.unitsLow())).containsExactly(1L, 0L,
                1L, 1L);
        // found in the period: H2, H3, H8 (H6 rejected, H1 before, H4 after)
        assertThat(f.found()).isEqualTo(3);
        assertThat(f.foundMajor()).isEqualTo(1);
        // of those closed: H2, H8
        assertThat(f.closedOfFound()).isEqualTo(2);
        assertThat(f.rectificationRate()).isCloseTo(2.0 / 3, within(1e-9));
        // closed in the period: H1 (on time), H2 (late), H8 (no deadline: on time)
        assertThat(f.closed()).isEqualTo(3);
        assertThat(f.closedOnTime()).isEqualTo(2);
        assertThat(f.onTimeRate()).isCloseTo(2.0 / 3, within(1e-9));
        // open now: H3 major, H4 general, H5 major overdue
        assertThat(f.openGeneral()).isEqualTo(1);
        assertThat(f.openMajor()).isEqualTo(2);
        assertThat(f.overdueMajor()).isEqualTo(1);
        assertThat(f.overdueGeneral()).isZero();
        assertThat(f.openByState()).containsEntry(org.zhiben.hazard.HazardState.RECTIFYING, 2L)
                .containsEntry(REPORTED, 1L);
        // major stock H5 (open), H7 (closed); increment H3 (open, found in the period)
        assertThat(f.majorStock()).isEqualTo(2);
        assertThat(f.majorStockOpen()).isEqualTo(1);
        assertThat(f.majorStockClosed()).isEqualTo(1);
        assertThat(f.majorIncrement()).isEqualTo(1);
        assertThat(f.majorIncrementOpen()).isEqualTo(1);
        assertThat(f.majorIncrementInPeriod()).isEqualTo(1);
        // no inspection data for this county
        assertThat(f.onlineRate()).isEqualTo(0.0);
        assertThat(f.completionRate()).isNull();
    }

    @Test
    void inspectionFiguresCountTasksByDueDateAndEnterprisesWithRecordsInThePeriod() {
        // through the inspection module's events, in one transaction as it publishes them
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            events.publishEvent(task(e1, V1, Set.of("03"), "2025-04-01", TaskStatus.DONE));
            events.publishEvent(task(e1, V1, Set.of("03"), "2025-06-30", TaskStatus.MISSED));
            events.publishEvent(task(e2, V2, Set.of("03", "04"), "2025-07-01", TaskStatus.DONE));
            events.publishEvent(new InspectionRecorded(Ids.newId(), null, e1, V1, Set.of("03"), HazardSource.DAILY,
                    LocalDate.parse("2025-04-01"), 0));
            events.publishEvent(new InspectionRecorded(Ids.newId(), null, e3, V3, Set.of("04"), HazardSource.DAILY,
                    LocalDate.parse("2025-07-01"), 1));
        });
        // Q2 2025: E1's task due 04-01 done and 06-30 missed; E2's due 07-01 is outside; E1 recorded on 04-01 (E3 on
        // 07-01 is outside): 1 of 3 enterprises reported online, 1 of 2 tasks done
        Figures q2 = overview(official(COUNTY, null), null, null, "2025-04-01", "2025-06-30").figures();
        assertThat(q2.tasksDone()).isEqualTo(1);
        assertThat(q2.tasksMissed()).isEqualTo(1);
        assertThat(q2.completionRate()).isCloseTo(0.5, within(1e-9));
        assertThat(q2.reportingEnterprises()).isEqualTo(1);
        assertThat(q2.onlineRate()).isCloseTo(1.0 / 3, within(1e-9));
        // the closed tasks were appended as deltas; folded into the counters, the figures stay the same
        folding.fold();
        assertThat(jdbc.queryForObject("select count(*) from insight_task_flow_delta", Long.class)).isZero();
        Figures folded = overview(official(COUNTY, null), null, null, "2025-04-01", "2025-06-30").figures();
        assertThat(folded.tasksDone()).isEqualTo(1);
        assertThat(folded.tasksMissed()).isEqualTo(1);
        // town T2 holds only E3, whose record fell on 07-01
        Figures t2 = overview(official(T2, null), null, null, "2025-04-01", "2025-06-30").figures();
        assertThat(t2.reportingEnterprises()).isZero();
        assertThat(t2.completionRate()).isNull();
        assertThat(overview(official(T2, null), null, null, "2025-07-01", "2025-07-01").figures()
                .reportingEnterprises()).isEqualTo(1);
    }

    private static InspectionTaskClosed task(UUID enterprise, String village, Set<String> sectors, String due,
            TaskStatus outcome) {
        return new InspectionTaskClosed(Ids.newId(), enterprise, village, sectors, TaskType.DAILY, false,
                LocalDate.parse(due), outcome, Instant.parse(due + "T10:00:00Z"));
    }

    @Test
    void periodBoundariesAreInclusiveAndCrossMonthsExactly() {
        CurrentUser county = official(COUNTY, null);
        // without the first and the last day: H2 and H3 drop out
        assertThat(overview(county, null, null, "2025-01-02", "2025-03-30").figures().found()).isEqualTo(1);
        // half months on both ends: H1 (2024-12-31), H2, H8
        assertThat(overview(county, null, null, "2024-12-15", "2025-02-20").figures().found()).isEqualTo(3);
        // one day
        assertThat(overview(county, null, null, "2025-03-31", "2025-03-31").figures().foundMajor()).isEqualTo(1);
        // a whole year of stock: H5, H7 found in 2023, counted in the period but not as increment
        Figures y2023 = overview(county, null, null, "2023-01-01", "2023-12-31").figures();
        assertThat(y2023.foundMajor()).isEqualTo(2);
        assertThat(y2023.majorIncrementInPeriod()).isZero();
    }

    @Test
    void dynamicZeroTrendCountsOpenMajorHazardsAtEachMonthEnd() {
        Overview o = overview(official(COUNTY, null), null, null, "2023-05-01", "2025-03-31");
        Map<YearMonth, Long> open = o.trend().stream()
                .collect(Collectors.toMap(Overview.TrendPoint::month, Overview.TrendPoint::openMajorAtEnd));
        assertThat(open.get(YearMonth.of(2023, 5))).isEqualTo(1);
        assertThat(open.get(YearMonth.of(2023, 6))).isEqualTo(2);
        assertThat(open.get(YearMonth.of(2024, 1))).isEqualTo(2);
        assertThat(open.get(YearMonth.of(2024, 2))).isEqualTo(1);
        assertThat(open.get(YearMonth.of(2025, 2))).isEqualTo(1);
        assertThat(open.get(YearMonth.of(2025, 3))).isEqualTo(2);
    }

    @Test
    void sectorFilterCountsAMultiSectorEnterpriseOnce() {
        CurrentUser county = official(COUNTY, null);
        Figures s04 = overview(county, null, "04", "2025-01-01", "2025-03-31").figures();
        assertThat(s04.enterprises()).isEqualTo(2); // E2, E3
        assertThat(s04.found()).isEqualTo(1); // H3
        assertThat(s04.closed()).isZero();
        assertThat(s04.open()).isEqualTo(3); // H3, H4, H5
        Figures s03 = overview(county, null, "03", "2025-01-01", "2025-03-31").figures();
        assertThat(s03.enterprises()).isEqualTo(2); // E1, E2
        assertThat(s03.found()).isEqualTo(3);
        // a department limited to 04 sees E2 and E3; E2's hazards once
        Figures limited = overview(official(COUNTY, department), null, null, "2025-01-01", "2025-03-31").figures();
        assertThat(limited.enterprises()).isEqualTo(2);
        assertThat(limited.open()).isEqualTo(3);
        assertThat(limited.majorStock()).isEqualTo(2);
    }

    @Test
    void rankingsDrillDownToVillagesAndEnterprises() {
        as(official(COUNTY, null));
        Metrics.Period q1 = metrics.period("2025-01-01", "2025-03-31");
        Ranking towns = metrics.ranking(metrics.scope(null, null), q1);
        Map<String, Figures> byTown = towns.rows().stream()
                .collect(Collectors.toMap(Ranking.Row::code, Ranking.Row::figures));
        assertThat(byTown.keySet()).containsExactlyInAnyOrder(T1, T2);
        assertThat(byTown.get(T1).found()).isEqualTo(3);
        assertThat(byTown.get(T1).enterprises()).isEqualTo(2);
        assertThat(byTown.get(T2).found()).isZero();
        assertThat(byTown.get(T2).open()).isEqualTo(1);
        assertThat(byTown.get(T2).majorStock()).isEqualTo(2);
        Ranking villages = metrics.ranking(metrics.scope(T1, null), q1);
        Map<String, Figures> byVillage = villages.rows().stream()
                .collect(Collectors.toMap(Ranking.Row::code, Ranking.Row::figures));
        assertThat(byVillage.get(V1).found()).isEqualTo(2);
        assertThat(byVillage.get(V2).found()).isEqualTo(1);
        Ranking firms = metrics.ranking(metrics.scope(V1, null), q1);
        assertThat(firms.enterprises()).isTrue();
        assertThat(firms.rows()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(e1.toString());
            assertThat(r.figures().found()).isEqualTo(2);
            assertThat(r.figures().unitsMajor()).isEqualTo(1);
        });
    }

    @Test
    void townOfficialSeesOnlyTheTownAndEnterpriseUserOnlyItself() throws Exception {
        Figures town = overview(official(T1, null), null, null, "2025-01-01", "2025-03-31").figures();
        assertThat(town.found()).isEqualTo(3);
        assertThat(town.open()).isEqualTo(2); // H3, H4
        assertThat(town.majorStock()).isZero();
        Figures own = overview(enterpriseUser(e1), null, null, "2025-01-01", "2025-03-31").figures();
        assertThat(own.enterprises()).isEqualTo(1);
        assertThat(own.found()).isEqualTo(2); // H2, H8
        assertThat(own.closed()).isEqualTo(3); // H1, H2, H8

        mvc.perform(get("/api/v1/stats/overview").param("from", "2025-01-01").param("to", "2025-03-31")
                .with(user(official(T1, null)))).andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.found").value(3))
                .andExpect(jsonPath("$.scope.regionCode").value(T1));
        mvc.perform(get("/api/v1/stats/overview").param("region", COUNTY).with(user(official(T1, null))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/stats/overview").param("region", T2).with(user(official(T1, null))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/stats/overview").param("region", "960101100299").with(user(official(T1, null))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/stats/overview").param("region", V1).param("from", "2025-01-01")
                .param("to", "2025-03-31").with(user(official(T1, null))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.figures.found").value(2));
        mvc.perform(get("/api/v1/stats/overview").param("region", V1).with(user(enterpriseUser(e1))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/stats/overview").param("sector", "02").with(user(official(COUNTY, department))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/stats/ranking").with(user(enterpriseUser(e1)))).andExpect(status().isNotFound());
    }

    @Test
    void badInputIsProblemDetails() throws Exception {
        CurrentUser county = official(COUNTY, null);
        mvc.perform(get("/api/v1/stats/overview").param("from", "2025-13-01").with(user(county)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/stats/overview").param("from", "2025-03-01").param("to", "2025-02-01")
                .with(user(county))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/stats/overview").param("sector", "<script>").with(user(county)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sector"));
        mvc.perform(get("/api/v1/stats/overview").with(user(official(COUNTY, null)))
                .param("region", "abc")).andExpect(status().isNotFound());
    }

    @Test
    void baselineIsTheConfiguredDate() {
        assertThat(metrics.overview(scopeAsAdmin(), metrics.period("2025-01-01", "2025-01-31")).baseline())
                .isEqualTo(LocalDate.of(2024, 1, 1));
    }

    private StatsScope scopeAsAdmin() {
        as(new CurrentUser(Ids.newId(), "stat.admin", "管理员", Role.ADMIN, null, null, null, true, false, false, "x"));
        return metrics.scope(PROVINCE, null);
    }
}
