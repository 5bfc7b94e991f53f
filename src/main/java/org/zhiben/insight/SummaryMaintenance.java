package org.zhiben.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.EnterprisesImported;
import org.zhiben.hazard.HazardRecounts;
import org.zhiben.common.SqlFragment;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.ScopeColumns;
import org.zhiben.insight.internal.EnterpriseStats;
import org.zhiben.insight.internal.HazardSummary;
import org.zhiben.insight.internal.SummaryFolding;
import org.zhiben.risk.RiskCounts;
import org.zhiben.risk.RiskStatistics;

/**
 * Rebuilds the summaries from the base tables and checks them against a full recount. The recount reads every row
 * regardless of who may read it, set-based: the hazard module provides the relations over its ledger
 * ({@link HazardRecounts}), the directory the enterprises' placements; insight never reads their tables itself. The
 * dashboards never recount, they read the summaries.
 */
@Service
public class SummaryMaintenance {

    private static final Logger log = LoggerFactory.getLogger(SummaryMaintenance.class);

    private static final String LEVELS = "(values (1), (2), (3), (4), (5), (6)) lv(lvl)";

    /** Each region row once with its sector set and once summed over all sector sets ('*'). */
    private static final String STARS = "(values (0), (1)) sx(star)";

    private static final String AREA = """
            case lv.lvl when 1 then substring(x.rc, 1, 2) || '0000000000' when 2 then substring(x.rc, 1, 4) || '00000000'
              when 3 then substring(x.rc, 1, 6) || '000000' when 4 then substring(x.rc, 1, 9) || '000'
              when 5 then x.rc else cast(x.eid as varchar(36)) end""";

    private static final String PARENT = """
            case lv.lvl when 1 then '000000000000' when 2 then substring(x.rc, 1, 2) || '0000000000'
              when 3 then substring(x.rc, 1, 4) || '00000000' when 4 then substring(x.rc, 1, 6) || '000000'
              when 5 then substring(x.rc, 1, 9) || '000' else x.rc end""";

    /** Every flow row recounted from {@code flows}: found and closed hazards, by day and by month, at six levels. */
    static String flowRecount(String flows) {
        return """
                select %s as area, cast(lv.lvl as smallint) as lvl, g.grain as grain, x.kind as kind,
                       case when g.grain = 'D' then x.d else cast(date_trunc('month', x.d) as date) end as period,
                       case when sx.star = 1 then '*' else x.sectors end as sectors, x.level as level,
                       x.closed as closed, x.on_time as on_time, %s as parent, count(*) as n
                from (%s) x cross join %s cross join (values ('D'), ('M')) g(grain) cross join %s
                where (sx.star = 0 or lv.lvl < 6) /*LEVEL*/
                group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10""".formatted(AREA, PARENT, flows, LEVELS, STARS);
    }

    private static final int[] PREFIX = {0, 2, 4, 6, 9, 12};

    /** Day rows of each enterprise from {@code flows}, the first stage of a rebuild. */
    static String flowEnterpriseDays(String flows) {
        return """
                select cast(x.eid as varchar(36)), cast(6 as smallint), 'D', x.kind, x.d, x.sectors, x.level, x.closed,
                       x.on_time, x.rc, count(*)
                from (%s) x
                group by x.eid, x.kind, x.d, x.sectors, x.level, x.closed, x.on_time, x.rc""".formatted(flows);
    }

    /** Every open-hazard row recounted from {@code open} (one parameter: the stock baseline). */
    static String openRecount(String open) {
        return """
                select %s as area, cast(lv.lvl as smallint) as lvl,
                       case when sx.star = 1 then '*' else x.sectors end as sectors, x.level as level,
                       x.state as state, x.overdue as overdue, x.stock as stock, %s as parent, count(*) as n
                from (%s) x cross join %s cross join %s
                where (sx.star = 0 or lv.lvl < 6) /*LEVEL*/
                group by 1, 2, 3, 4, 5, 6, 7, 8""".formatted(AREA, PARENT, open, LEVELS, STARS);
    }

    /**
     * Every enterprise count recounted from the enterprise rows (which the check compares with the registry in the
     * same snapshot): each figure per region of levels 1..5 and sector key, zeros left out.
     */
    static final String ENTERPRISE_COUNT_RECOUNT = """
            select area, lvl, sectors, figure, parent, n from (
              select %s as area, cast(lv.lvl as smallint) as lvl,
                     case when sx.star = 1 then '*' else x.sectors end as sectors, f.figure as figure, %s as parent,
                     sum(case f.figure when 'enterprises' then 1 when 'with_inventory' then x.inv
                       when 'with_major_risk' then x.mr when 'units_major' then x.units_major
                       when 'units_large' then x.units_large when 'units_general' then x.units_general
                       else x.units_low end) as n
              from (
                select ie.region_code as rc, ie.enterprise_id as eid, ie.sectors, %s as inv, %s as mr,
                       ie.units_major, ie.units_large, ie.units_general, ie.units_low
                from insight_enterprise ie where 1 = 1 /*REGION*/
              ) x cross join (values (1), (2), (3), (4), (5)) lv(lvl) cross join %s cross join (values ('enterprises'),
                ('with_inventory'), ('with_major_risk'), ('units_major'), ('units_large'), ('units_general'),
                ('units_low')) f(figure)
              where 1 = 1 /*LEVEL*/
              group by 1, 2, 3, 4, 5
            ) c where n <> 0""".formatted(AREA, PARENT, flag(EnterpriseFigure.WITH_INVENTORY),
            flag(EnterpriseFigure.WITH_MAJOR_RISK), STARS);

    /** 1 when the enterprise row (alias {@code ie}) meets the figure's condition, else 0. */
    private static String flag(EnterpriseFigure figure) {
        return "case when " + figure.condition() + " then 1 else 0 end";
    }

    static final String FLOW_COLUMNS = "area, lvl, grain, kind, period, sectors, level, closed, on_time, parent, n";
    static final String OPEN_COLUMNS = "area, lvl, sectors, level, state, overdue, stock, parent, n";
    static final String ENTERPRISE_COUNT_COLUMNS = "area, lvl, sectors, figure, parent, n";

    private final JdbcTemplate jdbc;
    private final HazardSummary hazards;
    private final HazardRecounts ledger;
    private final Enterprises registry;
    private final RiskStatistics risks;

    private final org.springframework.context.ApplicationContext context;

    private final org.zhiben.insight.internal.Upserts upserts;

    SummaryMaintenance(JdbcTemplate jdbc, HazardSummary hazards, HazardRecounts ledger, Enterprises registry,
            RiskStatistics risks, org.springframework.context.ApplicationContext context,
            org.zhiben.insight.internal.Upserts upserts) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.registry = registry;
        this.upserts = upserts;
        this.context = context;
        this.hazards = hazards;
        this.risks = risks;
    }

    /** Replaces every summary with a recount of the base tables, in one transaction. */
    @Transactional
    public void rebuild() {
        long start = System.currentTimeMillis();
        if (upserts.postgres()) {
            // hazard changes committing meanwhile wait, then add their deltas on top of the recount
            jdbc.execute("lock table insight_hazard_flow, insight_hazard_open, insight_hazard_flow_delta,"
                    + " insight_hazard_open_delta, insight_enterprise, insight_enterprise_count,"
                    + " insight_enterprise_count_delta in exclusive mode");
        }
        // pending deltas are part of what the recount counts
        jdbc.update("delete from insight_hazard_flow_delta");
        jdbc.update("delete from insight_hazard_open_delta");
        jdbc.update("delete from insight_hazard_flow");
        // staged: enterprise day rows from the ledger, each region level from the level below, months from days
        jdbc.update("insert into insight_hazard_flow (" + FLOW_COLUMNS + ") "
                + flowEnterpriseDays(ledger.flows(null)));
        for (int lvl = 5; lvl >= 1; lvl--) {
            String parent = lvl == 1 ? "'000000000000'" : "substring(parent, 1, " + PREFIX[lvl - 1] + ") || '"
                    + "0".repeat(12 - PREFIX[lvl - 1]) + "'";
            jdbc.update("insert into insight_hazard_flow (" + FLOW_COLUMNS + ") select parent, cast(" + lvl
                    + " as smallint), grain, kind, period, sectors, level, closed, on_time, " + parent + ", sum(n)"
                    + " from insight_hazard_flow where lvl = ? and grain = 'D'"
                    + " group by parent, grain, kind, period, sectors, level, closed, on_time", (short) (lvl + 1));
        }
        jdbc.update("insert into insight_hazard_flow (" + FLOW_COLUMNS + ") select area, lvl, grain, kind, period,"
                + " '*', level, closed, on_time, parent, sum(n) from insight_hazard_flow where lvl < 6 and grain = 'D'"
                + " group by area, lvl, grain, kind, period, level, closed, on_time, parent");
        jdbc.update("insert into insight_hazard_flow (" + FLOW_COLUMNS + ") select area, lvl, 'M', kind,"
                + " cast(date_trunc('month', period) as date), sectors, level, closed, on_time, parent, sum(n)"
                + " from insight_hazard_flow where grain = 'D' group by area, lvl, kind,"
                + " cast(date_trunc('month', period) as date), sectors, level, closed, on_time, parent");
        jdbc.update("delete from insight_hazard_open");
        jdbc.update("insert into insight_hazard_open (" + OPEN_COLUMNS + ") "
                + scoped(openRecount(ledger.open(null)), ""),
                hazards.baseline());
        rebuildEnterprises();
        log.info("Insight summaries rebuilt in {} ms", System.currentTimeMillis() - start);
    }

    /**
     * Replaces the enterprise rows with the registry and the risk inventories as they are now, and the region counts
     * with a recount of those rows.
     */
    @Transactional
    public void rebuildEnterprises() {
        if (upserts.postgres()) {
            jdbc.execute("lock table insight_enterprise, insight_enterprise_count, insight_enterprise_count_delta"
                    + " in exclusive mode");
        }
        Map<UUID, Object[]> expected = expectedEnterprises();
        jdbc.update("delete from insight_enterprise");
        jdbc.batchUpdate("insert into insight_enterprise (enterprise_id, region_code, sectors, units_major,"
                + " units_large, units_general, units_low, units_none, major_source) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new ArrayList<>(expected.values()), 1000, (ps, row) -> {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                });
        // pending deltas are part of what the recount counts
        jdbc.update("delete from insight_enterprise_count_delta");
        jdbc.update("delete from insight_enterprise_count");
        jdbc.update("insert into insight_enterprise_count (" + ENTERPRISE_COUNT_COLUMNS + ") "
                + scoped(ENTERPRISE_COUNT_RECOUNT, "", ""));
    }

    /** After an xlsx import (which announces no single enterprise), the enterprise rows are taken afresh. */
    @ApplicationModuleListener
    void on(EnterprisesImported imported) {
        rebuildEnterprises();
    }

    /** Compares every summary row with the recount, all in one snapshot; read-only. */
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public ConsistencyReport check() {
        return check(null);
    }

    /**
     * As {@link #check()} for one jurisdiction: the rows of {@code regionCode} and everything below it (rows of the
     * levels above also count other regions, so they are left out); null for everything.
     */
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public ConsistencyReport check(String regionCode) {
        long start = System.currentTimeMillis();
        org.zhiben.common.RegionCode code = regionCode == null ? null : org.zhiben.common.RegionCode.of(regionCode);
        DataScope within = code == null ? DataScope.ALL : DataScope.jurisdiction(code, Set.of());
        int lvl = code == null ? 1 : code.level().depth();
        // the summaries' own keys (region codes in area and parent), written as literals of a validated code
        String region = code == null ? "" : " and region_code between '" + code.rangeLow() + "' and '"
                + code.rangeHigh() + "'";
        String rows = code == null ? "" : " and ((lvl between " + lvl + " and 5" + region.replace("region_code", "area")
                + ") or (lvl = 6" + region.replace("region_code", "parent") + "))";
        String level = " and lv.lvl >= " + lvl;
        List<String> samples = new ArrayList<>();
        long flow = diff("insight_hazard_flow", SummaryFolding.FLOW, FLOW_COLUMNS,
                scoped(flowRecount(ledger.flows(code)), level), rows, List.of(), samples);
        long open = diff("insight_hazard_open", SummaryFolding.OPEN, OPEN_COLUMNS,
                scoped(openRecount(ledger.open(code)), level), rows, List.of(hazards.baseline()), samples);
        long counts = diff("insight_enterprise_count", SummaryFolding.ENTERPRISES, ENTERPRISE_COUNT_COLUMNS,
                scoped(ENTERPRISE_COUNT_RECOUNT, region, level), rows, List.of(), samples);
        Map<UUID, Object[]> expected = expectedEnterprises();
        expected.values().removeIf(e -> !within.coversRegion((String) e[1]));
        Map<UUID, Object[]> actual = new HashMap<>();
        SqlFragment inside = within.sql(ScopeColumns.of("enterprise_id", "region_code", "sectors"));
        jdbc.query("select enterprise_id, region_code, sectors, units_major, units_large, units_general, units_low,"
                + " units_none, major_source from insight_enterprise where " + inside.sql(), rs -> {
                    actual.put(rs.getObject(1, UUID.class), new Object[] {rs.getObject(1, UUID.class),
                            rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                            rs.getLong(7), rs.getLong(8), rs.getBoolean(9)});
                }, inside.argArray());
        long enterprises = 0;
        Set<UUID> ids = new HashSet<>(expected.keySet());
        ids.addAll(actual.keySet());
        for (UUID id : ids) {
            Object[] e = expected.get(id);
            Object[] a = actual.get(id);
            if (e == null || a == null || !java.util.Arrays.equals(normal(e), normal(a))) {
                enterprises++;
                if (samples.size() < 20) {
                    samples.add("insight_enterprise " + id + " expected " + (e == null ? "none"
                            : java.util.Arrays.toString(e)) + " found " + (a == null ? "none"
                            : java.util.Arrays.toString(a)));
                }
            }
        }
        long hazardCount = ledger.count(code);
        long millis = System.currentTimeMillis() - start;
        log.info("Insight consistency check: {} flow, {} open, {} enterprise, {} enterprise count differences in {} ms",
                flow, open, enterprises, counts, millis);
        return new ConsistencyReport(flow == 0 && open == 0 && enterprises == 0 && counts == 0, flow, open,
                enterprises, counts, hazardCount, expected.size(), samples, millis);
    }

    private static String scoped(String recount, String region, String level) {
        return scoped(recount.replace("/*REGION*/", region), level);
    }

    private static String scoped(String recount, String level) {
        return recount.replace("/*LEVEL*/", level);
    }

    private static Object[] normal(Object[] row) {
        Object[] copy = row.clone();
        for (int i = 3; i <= 7; i++) {
            copy[i] = ((Number) copy[i]).longValue();
        }
        return copy;
    }

    /** Rows of {@code table} (read through {@code view}, its counters plus pending deltas) unlike the recount. */
    private long diff(String table, String view, String columns, String recount, String rows, List<Object> args,
            List<String> samples) {
        // counters plus the deltas not folded yet, summed per row
        String merged = "(select " + columns.replace(", n", ", sum(n) as n") + " from " + view + " group by "
                + columns.replace(", n", "") + ") m";
        String summary = "select " + columns + " from " + merged + " where n <> 0" + rows;
        long[] count = {0};
        jdbc.query("select 'recount' as side, d.* from ((%s) except (%s)) d".formatted(recount, summary),
                rs -> {
                    count[0]++;
                    sample(table, "recount has ", rs, samples);
                }, args.toArray());
        jdbc.query("select 'summary' as side, d.* from ((%s) except (%s)) d".formatted(summary, recount),
                rs -> {
                    count[0]++;
                    sample(table, "summary has ", rs, samples);
                }, args.toArray());
        return count[0];
    }

    private static void sample(String table, String what, java.sql.ResultSet rs, List<String> samples)
            throws java.sql.SQLException {
        if (samples.size() >= 20) {
            return;
        }
        int n = rs.getMetaData().getColumnCount();
        List<String> values = new ArrayList<>();
        for (int i = 2; i <= n; i++) {
            values.add(String.valueOf(rs.getObject(i)));
        }
        samples.add(table + ": " + what + values);
    }

    private Map<UUID, Object[]> expectedEnterprises() {
        Map<UUID, Enterprises.Placement> placements = registry.placements();
        Map<UUID, RiskCounts> counts = risks.all();
        Map<UUID, Object[]> rows = new TreeMap<>();
        placements.forEach((id, at) -> {
            RiskCounts c = counts.getOrDefault(id, RiskCounts.NONE);
            rows.put(id, new Object[] {id, at.regionCode(), EnterpriseStats.sectors(at.sectors()),
                    c.major(), c.large(), c.general(), c.low(), c.unassessed(), c.majorHazardSource()});
        });
        return rows;
    }

    /** On start-up, fills empty summaries when the registry already has enterprises (an existing installation). */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationStartedEvent.class)
    void initialise() {
        Long summarised = jdbc.queryForObject("select count(*) from insight_enterprise", Long.class);
        if (summarised != null && summarised == 0 && registry.countAll() > 0) {
            log.info("Insight summaries empty: rebuilding from the base tables");
            self().rebuild();
        }
    }

    private SummaryMaintenance self() {
        return context.getBean(SummaryMaintenance.class);
    }

    /** For tests of the generator and the benchmark: the baseline date separating stock from increment. */
    public LocalDate baseline() {
        return hazards.baseline();
    }
}
