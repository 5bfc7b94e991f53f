package org.zhiben.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhiben.ZhibenTest;
import org.zhiben.directory.Duty;
import org.zhiben.directory.UnitDuties;
import org.zhiben.directory.UnitType;
import org.zhiben.identity.CurrentUser;
import org.zhiben.insight.EnterpriseFigure;
import org.zhiben.insight.Figures;
import org.zhiben.insight.Metrics;
import org.zhiben.insight.SummaryMaintenance;

/**
 * The living demo county: 示范县's dashboard figures lie in a believable band (neither a failing county nor a perfect
 * one), every unit that owes enterprise duties has records, units that owe none got no plans or pre-judgments, and
 * the seeding is a function of the units and the day (two plans are row for row the same).
 */
@ZhibenTest
class CountyDemoDataTest {

    @Autowired
    CountyDemoData county;
    @Autowired
    Metrics metrics;
    @Autowired
    SummaryMaintenance maintenance;
    @Autowired
    UnitDuties duties;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Figures countyFigures(LocalDate from, LocalDate to) {
        // other test classes of this context write ledger rows past the events; the figures are the ledger's
        if (!maintenance.check().consistent()) {
            maintenance.rebuild();
        }
        CurrentUser official = (CurrentUser) users.loadUserByUsername("county.yjj");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(official, null, official.getAuthorities()));
        return metrics.overview(metrics.scope(DemoData.COUNTY, null),
                metrics.period(from.toString(), to.toString())).figures();
    }

    @Test
    void theCountyDashboardLooksLikeALivingCountyNotAFailingOne() {
        LocalDate today = LocalDate.now(org.zhiben.common.Zones.CHINA);
        // the dashboard's default period (1 January to today) for most of the year
        Figures f = countyFigures(CountyDemoData.yearStart(today), today);
        assertThat(f.enterprises()).as("enterprises of 示范县").isGreaterThanOrEqualTo(45);
        // other test classes of this context register enterprises of their own in 示范县: the two enterprise rates
        // are taken over the demo units, with the dashboard's own conditions (EnterpriseFigure)
        LocalDate from = CountyDemoData.yearStart(today);
        double inventory = demoRate("select count(*) from insight_enterprise ie join directory_enterprise e on e.id ="
                + " ie.enterprise_id where " + DEMO_IN_COUNTY + " and " + EnterpriseFigure.WITH_INVENTORY.condition());
        double online = demoRate("select count(*) from directory_enterprise e where " + DEMO_IN_COUNTY
                + " and exists (select 1 from insight_inspection_day d where d.enterprise_id = e.id and "
                + EnterpriseFigure.REPORTING.condition() + ")", from, today);
        assertThat(inventory).as("双重预防建成率").isBetween(0.78, 0.93);
        assertThat(online).as("在线填报率").isBetween(0.65, 0.88);
        assertThat(f.inventoryRate()).as("the dashboard's 建成率 counts the demo units").isPositive();
        // A's and B's daily tasks of the last days, missed on purpose by the inspection demo, weigh in: 0.59 measured
        assertThat(f.completionRate()).as("排查任务完成率").isBetween(0.55, 0.95);
        assertThat(f.unitsMajor() + f.unitsLarge()).as("重大 and 较大 units").isPositive();
        assertThat(f.unitsGeneral()).isGreaterThan(f.unitsMajor());
        assertThat(f.unitsLow()).isPositive();

        // other test classes of this context add hazards of their own in 示范县: the hazard figures are taken over
        // the generated ones (their ids are name-based, version 3)
        List<Map<String, Object>> hazards = generatedHazards("h.state, h.level, h.deadline, h.closed_on");
        List<Map<String, Object>> found = hazards.stream().filter(h -> !"REJECTED".equals(h.get("state"))).toList();
        List<Map<String, Object>> closed = found.stream().filter(h -> "CLOSED".equals(h.get("state"))).toList();
        long onTime = closed.stream().filter(h -> h.get("deadline") == null || !((java.sql.Date) h.get("closed_on"))
                .toLocalDate().isAfter(((java.sql.Date) h.get("deadline")).toLocalDate())).count();
        long major = found.stream().filter(h -> "MAJOR".equals(h.get("level"))).count();
        long open = found.stream().filter(h -> !"CLOSED".equals(h.get("state"))).count();
        assertThat(found).as("hazards found").hasSizeGreaterThan(100);
        assertThat((double) closed.size() / found.size()).as("整改率").isBetween(0.6, 0.97);
        assertThat((double) onTime / closed.size()).as("按期整改率").isBetween(0.7, 0.99);
        assertThat(major).as("major hazards").isBetween(2L, (long) found.size() / 10);
        // open hazards are a minority of those found (the dashboard's own open count includes other tests' hazards)
        assertThat(open).as("open hazards").isBetween(10L, (long) found.size() / 3);
    }

    private static final String DEMO_IN_COUNTY = "e.uscc like '91990101MA%' and e.region_code like '990101%'";

    /** What share of the demo units of 示范县 {@code count} counts. */
    private double demoRate(String count, Object... args) {
        long all = jdbc.queryForObject("select count(*) from directory_enterprise e where " + DEMO_IN_COUNTY,
                Long.class);
        return (double) jdbc.queryForObject(count, Long.class, args) / all;
    }

    @Test
    void everyUnitOwingDutiesHasRecordsAndTheOthersOweNone() {
        List<Map<String, Object>> units = jdbc.queryForList("select e.id, e.name, e.unit_type, e.status,"
                + " (select count(*) from risk_analysis_unit u where u.enterprise_id = e.id) as risk_units,"
                + " (select count(*) from hazard_hazard h where h.enterprise_id = e.id) as hazards,"
                + " (select count(*) from inspection_schedule s where s.enterprise_id = e.id and s.kind = 'PLAN')"
                + "   as plans,"
                + " (select count(*) from inspection_record r where r.enterprise_id = e.id) as records,"
                + " (select count(*) from risk_prejudgment p where p.enterprise_id = e.id"
                + "   and p.kind = 'ENTERPRISE_WEEKLY') as weekly"
                + " from directory_enterprise e where e.uscc like '91990101MA%'");
        assertThat(units).hasSizeGreaterThanOrEqualTo(60);
        int withInventory = 0;
        List<String> weekly = new ArrayList<>();
        for (Map<String, Object> u : units) {
            String name = (String) u.get("name");
            UnitType type = UnitType.valueOf((String) u.get("unit_type"));
            long plans = ((Number) u.get("plans")).longValue();
            assertThat(((Number) u.get("hazards")).longValue()).as(name + ": hazards").isPositive();
            if (duties.owes(type, Duty.INSPECTION_PLANS)) {
                assertThat(plans).as(name + ": inspection plans").isPositive();
                assertThat(((Number) u.get("records")).longValue() + missed((UUID) u.get("id")))
                        .as(name + ": inspection records or missed tasks").isPositive();
                if (!"CLOSED".equals(u.get("status")) && ((Number) u.get("weekly")).longValue() > 0) {
                    weekly.add(name);
                }
            } else {
                assertThat(plans).as(name + " owes no plans").isZero();
                assertThat(((Number) u.get("weekly")).longValue()).as(name + " owes no 周预判").isZero();
            }
            if (((Number) u.get("risk_units")).longValue() > 0) {
                withInventory++;
            }
        }
        assertThat(withInventory).as("units with a risk inventory").isGreaterThan(units.size() * 3 / 4);
        assertThat(weekly).as("units with 企业周预判").hasSizeGreaterThan(25);
    }

    /** The generated hazards of the demo units (name-based ids, version 3), with {@code columns} of each. */
    private List<Map<String, Object>> generatedHazards(String columns) {
        return jdbc.queryForList("select h.id, " + columns + " from hazard_hazard h join directory_enterprise e"
                + " on e.id = h.enterprise_id where " + DEMO_IN_COUNTY).stream()
                .filter(h -> UUID.fromString(h.get("id").toString()).version() == 3).toList();
    }

    @Test
    void everyGeneratedHazardHasATimelineThatEndsInItsState() {
        // the last step of each hazard's timeline leads to the hazard's state; the first is its report
        List<Map<String, Object>> hazards = generatedHazards("h.description,"
                + " (select t.to_state from hazard_transition t where t.hazard_id = h.id and t.seq ="
                + " (select max(l.seq) from hazard_transition l where l.hazard_id = h.id)) as last_state,"
                + " (select t.action from hazard_transition t where t.hazard_id = h.id and t.seq = 1) as first_action,"
                + " h.state");
        assertThat(hazards).hasSizeGreaterThan(100);
        assertThat(hazards).allSatisfy(h -> {
            assertThat(h.get("last_state")).as(h.get("description") + ": last step").isEqualTo(h.get("state"));
            assertThat(h.get("first_action")).as(h.get("description") + ": first step").isEqualTo("REPORT");
        });
    }

    private static List<String> rows(List<Object[]> rows) {
        return rows.stream().map(java.util.Arrays::deepToString).toList();
    }

    private long missed(UUID enterprise) {
        return jdbc.queryForObject("select count(*) from inspection_task where enterprise_id = ? and status ="
                + " 'MISSED'", Long.class, enterprise);
    }

    @Test
    void twoSeedingsAreRowForRowTheSameAndARerunAddsNothing() {
        List<CountyDemoData.Unit> units = new ArrayList<>();
        jdbc.query("select id, uscc, name, unit_type, status, region_code, industry_category, high_risk"
                + " from directory_enterprise where uscc like '91990101MA%' order by uscc", rs -> {
                    units.add(new CountyDemoData.Unit(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            UnitType.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), ",03,",
                            rs.getString(7), rs.getBoolean(8), "王某"));
                });
        LocalDate day = LocalDate.of(2026, 6, 30);
        Instant now = Instant.parse("2026-06-30T04:00:00Z");
        CountyDemoData.Plan first = county.plan(units, day, now);
        CountyDemoData.Plan second = county.plan(units, day, now);
        assertThat(first.rows().hazards).isNotEmpty();
        assertThat(rows(second.rows().hazards)).isEqualTo(rows(first.rows().hazards));
        assertThat(rows(second.rows().units)).isEqualTo(rows(first.rows().units));
        assertThat(rows(second.rows().events)).isEqualTo(rows(first.rows().events));
        assertThat(rows(second.rows().tasks)).isEqualTo(rows(first.rows().tasks));
        assertThat(rows(second.rows().records)).isEqualTo(rows(first.rows().records));
        assertThat(rows(second.rows().prejudgments)).isEqualTo(rows(first.rows().prejudgments));
        assertThat(second.records()).isEqualTo(first.records());
        assertThat(second.closedTasks()).isEqualTo(first.closedTasks());

        long hazards = jdbc.queryForObject("select count(*) from hazard_hazard", Long.class);
        county.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from hazard_hazard", Long.class)).isEqualTo(hazards);
    }
}
