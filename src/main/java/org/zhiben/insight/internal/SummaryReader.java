package org.zhiben.insight.internal;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.common.RegionCode;
import org.zhiben.common.SectorSet;
import org.zhiben.common.SqlFragment;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.ScopeColumns;
import org.zhiben.hazard.HazardState;
import org.zhiben.insight.EnterpriseFigure;
import org.zhiben.insight.StatsScope;

/**
 * Reads the summaries for a scope ({@code children = false}: one total under the key {@code *}) or for the areas one
 * level down (keyed by region code, or by enterprise id below a village). Never reads the base tables.
 */
@Component
public class SummaryReader {

    public static final String TOTAL = "*";
    private static final LocalDate EPOCH = LocalDate.of(1900, 1, 1);
    private static final LocalDate FAR = LocalDate.of(9999, 12, 1);

    private final JdbcTemplate jdbc;
    private final HazardSummary hazards;

    SummaryReader(JdbcTemplate jdbc, HazardSummary hazards) {
        this.jdbc = jdbc;
        this.hazards = hazards;
    }

    /** Selection of summary rows (area/lvl/parent tables) and of per-enterprise rows (region_code tables). */
    private record Sel(String summary, List<Object> summaryArgs, String group, String entWhere, List<Object> entArgs,
            String entGroup, int padTo) {
    }

    /** The per-enterprise tables (insight_enterprise, insight_inspection_day…) carry the usual scope columns. */
    private static final ScopeColumns ENTERPRISE_ROWS = ScopeColumns.of("enterprise_id", "region_code", "sectors");

    private static Sel select(StatsScope s, boolean children) {
        String g = children ? "area" : "'*'";
        return switch (s.kind()) {
            case ALL -> new Sel("parent = '000000000000' and lvl = 1", List.of(), g, "1 = 1", List.of(),
                    children ? "substring(region_code, 1, 2)" : "'*'", children ? 12 : 0);
            case ENTERPRISE -> {
                SqlFragment ent = DataScope.enterprise(s.enterpriseId()).sql(ENTERPRISE_ROWS);
                yield new Sel("area = ? and lvl = 6", List.of(s.enterpriseId().toString()), g, ent.sql(), ent.args(),
                        "'*'", 0);
            }
            case REGION -> {
                SqlFragment ent = DataScope.jurisdiction(RegionCode.of(s.regionCode()), Set.of()).sql(ENTERPRISE_ROWS);
                if (!children) {
                    yield new Sel("area = ? and lvl = ?", List.of(s.regionCode(), (short) s.lvl()), g,
                            ent.sql(), ent.args(), "'*'", 0);
                }
                int down = s.lvl() + 1;
                yield new Sel("parent = ? and lvl = ?", List.of(s.regionCode(), (short) down), g,
                        ent.sql(), ent.args(), down == Areas.ENTERPRISE ? "cast(enterprise_id as varchar(36))"
                                : "substring(region_code, 1, " + Areas.prefixLength(down) + ")",
                        down == Areas.ENTERPRISE ? 0 : 12);
            }
        };
    }

    /** On the summary tables: the rows of the matching sector sets, or the rows summed over all of them. */
    private static String sectors(StatsScope s, boolean enterpriseRows, List<Object> args) {
        if (s.sectors().isEmpty()) {
            return enterpriseRows ? "" : " and sectors = '" + HazardSummary.ALL_SECTORS + "'";
        }
        return entSectors(s, args);
    }

    /** On the per-enterprise tables (no summed rows there). */
    private static String entSectors(StatsScope s, List<Object> args) {
        if (s.sectors().isEmpty()) {
            return "";
        }
        SqlFragment any = SectorSet.anyOf("sectors", s.sectors());
        args.addAll(any.args());
        return " and " + any.sql();
    }

    private static String key(String value, int padTo) {
        return padTo == 0 ? value : value + "0".repeat(padTo - value.length());
    }

    public Map<String, Raw> read(StatsScope scope, boolean children, LocalDate from, LocalDate to) {
        Sel sel = select(scope, children);
        boolean enterpriseRows = scope.kind() == StatsScope.Kind.ENTERPRISE
                || children && scope.kind() == StatsScope.Kind.REGION && scope.lvl() == 5;
        Map<String, Raw> out = new LinkedHashMap<>();
        java.util.function.Function<String, Raw> raw = k -> out.computeIfAbsent(k, x -> new Raw());
        LocalDate baseline = hazards.baseline();

        // found and closed in the period; found split at the baseline for the increment
        List<Object> args = new ArrayList<>();
        args.add(baseline);
        args.addAll(sel.summaryArgs());
        String sect = sectors(scope, enterpriseRows, args);
        List<String> ranges = new ArrayList<>();
        if (from.isBefore(baseline)) {
            ranges.add(PeriodSplit.of(from, to.isBefore(baseline) ? to : baseline.minusDays(1)).predicate(args));
        }
        if (!to.isBefore(baseline)) {
            ranges.add(PeriodSplit.of(from.isBefore(baseline) ? baseline : from, to).predicate(args));
        }
        String period = ranges.isEmpty() ? "1 = 0" : "(" + String.join(" or ", ranges) + ")";
        // both kinds named: kind precedes period in the indexes, so without it the period does not bound the index
        // scan, which then reads every day row of the area (or of its children) ever written
        jdbc.query("select g, kind, level, closed, on_time, s, sum(n) from (select " + sel.group() + " as g, kind,"
                + " level, closed, on_time, case when period < ? then 1 else 0 end as s, n from " + SummaryFolding.FLOW
                + " where " + sel.summary() + sect + " and kind in ('F', 'C') and " + period
                + ") t group by g, kind, level, closed, on_time, s",
                rs -> {
                    Raw r = raw.apply(rs.getString(1));
                    boolean major = "MAJOR".equals(rs.getString(3));
                    long n = rs.getLong(7);
                    if ("F".equals(rs.getString(2))) {
                        r.found += n;
                        if (major) {
                            r.foundMajor += n;
                            if (rs.getInt(6) == 0) {
                                r.majorIncrementInPeriod += n;
                            }
                        }
                        if (rs.getBoolean(4)) {
                            r.closedOfFound += n;
                        }
                    } else {
                        r.closed += n;
                        if (rs.getBoolean(5)) {
                            r.closedOnTime += n;
                        }
                    }
                }, args.toArray());

        // 重大 hazards ever found before (stock) and since (increment) the baseline
        List<Object> margs = new ArrayList<>();
        margs.add(baseline);
        margs.addAll(sel.summaryArgs());
        String msect = sectors(scope, enterpriseRows, margs);
        List<Object> stockRange = new ArrayList<>();
        String stock = "(" + PeriodSplit.of(EPOCH, baseline.minusDays(1)).predicate(stockRange) + " or "
                + PeriodSplit.of(baseline, FAR).predicate(stockRange) + ")";
        margs.addAll(stockRange);
        jdbc.query("select g, s, sum(n) from (select " + sel.group() + " as g, case when period < ? then 1 else 0 end"
                + " as s, n from " + SummaryFolding.FLOW + " where " + sel.summary() + msect
                + " and kind = 'F' and level = 'MAJOR' and " + stock + ") t group by g, s", rs -> {
                    Raw r = raw.apply(rs.getString(1));
                    if (rs.getInt(2) == 1) {
                        r.majorStock += rs.getLong(3);
                    } else {
                        r.majorIncrement += rs.getLong(3);
                    }
                }, margs.toArray());

        // open hazards now
        List<Object> oargs = new ArrayList<>(sel.summaryArgs());
        String osect = sectors(scope, enterpriseRows, oargs);
        jdbc.query("select g, level, state, overdue, stock, sum(n) from (select " + sel.group() + " as g, level, state,"
                + " overdue, stock, n from " + SummaryFolding.OPEN + " where " + sel.summary() + osect
                + ") t group by g, level, state, overdue, stock", rs -> {
                    Raw r = raw.apply(rs.getString(1));
                    long n = rs.getLong(6);
                    boolean major = "MAJOR".equals(rs.getString(2));
                    r.openByState.merge(HazardState.valueOf(rs.getString(3)), n, Long::sum);
                    if (major) {
                        r.openMajor += n;
                        if (rs.getBoolean(5)) {
                            r.majorStockOpen += n;
                        } else {
                            r.majorIncrementOpen += n;
                        }
                    } else {
                        r.openGeneral += n;
                    }
                    if (rs.getBoolean(4)) {
                        if (major) {
                            r.overdueMajor += n;
                        } else {
                            r.overdueGeneral += n;
                        }
                    }
                }, oargs.toArray());

        // enterprises, inventories and risk units: region counts, or the enterprise rows below a village
        if (enterpriseRows) {
            List<Object> eargs = new ArrayList<>(sel.entArgs());
            String esect = entSectors(scope, eargs);
            jdbc.query("select g, count(*), sum(inv), sum(mr), sum(units_major), sum(units_large), sum(units_general),"
                    + " sum(units_low) from (select " + sel.entGroup() + " as g, " + flag(EnterpriseFigure.WITH_INVENTORY)
                    + " as inv, " + flag(EnterpriseFigure.WITH_MAJOR_RISK) + " as mr, units_major, units_large,"
                    + " units_general, units_low from insight_enterprise ie where " + sel.entWhere() + esect
                    + ") t group by g", rs -> {
                        Raw r = raw.apply(key(rs.getString(1), sel.padTo()));
                        for (int i = 0; i < EnterpriseStats.FIGURES.size(); i++) {
                            r.addEnterpriseFigure(i, rs.getLong(i + 2));
                        }
                    }, eargs.toArray());
        } else {
            List<Object> cargs = new ArrayList<>(sel.summaryArgs());
            String csect = sectors(scope, false, cargs);
            jdbc.query("select g, figure, sum(n) from (select " + sel.group() + " as g, figure, n from "
                    + SummaryFolding.ENTERPRISES + " where " + sel.summary() + csect + ") t group by g, figure",
                    rs -> {
                        raw.apply(rs.getString(1)).addEnterpriseFigure(
                                EnterpriseStats.FIGURES.indexOf(rs.getString(2)), rs.getLong(3));
                    }, cargs.toArray());
        }

        // enterprises with inspection records in the period
        List<Object> iargs = new ArrayList<>(sel.entArgs());
        String isect = entSectors(scope, iargs);
        iargs.add(from);
        iargs.add(to);
        jdbc.query("select g, count(distinct enterprise_id) from (select " + sel.entGroup() + " as g, enterprise_id"
                + " from insight_inspection_day d where " + sel.entWhere() + isect
                + " and " + EnterpriseFigure.REPORTING.condition() + ") t group by g",
                rs -> {
                    raw.apply(key(rs.getString(1), sel.padTo())).reporting += rs.getLong(2);
                }, iargs.toArray());

        // inspection tasks due in the period, by outcome
        List<Object> targs = new ArrayList<>(sel.summaryArgs());
        String tsect = sectors(scope, enterpriseRows, targs);
        String tperiod = PeriodSplit.of(from, to).predicate(targs);
        jdbc.query("select g, done, sum(n) from (select " + sel.group() + " as g, done, n from " + SummaryFolding.TASKS + " where "
                + sel.summary() + tsect + " and " + tperiod + ") t group by g, done", rs -> {
                    Raw r = raw.apply(rs.getString(1));
                    if (rs.getBoolean(2)) {
                        r.tasksDone += rs.getLong(3);
                    } else {
                        r.tasksMissed += rs.getLong(3);
                    }
                }, targs.toArray());
        return out;
    }

    private static String flag(EnterpriseFigure figure) {
        return "case when " + figure.condition() + " then 1 else 0 end";
    }

    /** One page of the enterprises a figure counts (ids in region and id order) and how many it counts. */
    public record EnterprisePage(List<UUID> ids, long total) {
    }

    /**
     * The enterprises that {@code figure} counts in {@code scope} (and, for a figure over records, the period): the
     * same rows and condition as {@link #read}, one page of ids in region and id order and the exact total;
     * {@code enterprise} (not null) keeps only that enterprise (a row of a village's ranking).
     */
    public EnterprisePage enterprises(StatsScope scope, EnterpriseFigure figure, UUID enterprise, boolean direct,
            LocalDate from, LocalDate to, int page, int size) {
        Sel sel = select(scope, false);
        List<Object> args = new ArrayList<>(sel.entArgs());
        String where = sel.entWhere() + entSectors(scope, args);
        if (direct && scope.kind() == StatsScope.Kind.REGION) {
            where += " and region_code <= ?";
            args.add(RegionCode.of(scope.regionCode()).directRangeHigh());
        }
        if (enterprise != null) {
            where += " and enterprise_id = ?";
            args.add(enterprise);
        }
        where += " and " + figure.condition();
        if (figure.ofRecords()) {
            args.add(from);
            args.add(to);
        }
        String rows = figure.ofRecords()
                ? "select enterprise_id, min(region_code) as rc from insight_inspection_day d where " + where
                        + " group by enterprise_id"
                : "select enterprise_id, region_code as rc from insight_enterprise ie where " + where;
        Long total = jdbc.queryForObject("select count(*) from (" + rows + ") t", Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<UUID> ids = jdbc.queryForList("select enterprise_id from (" + rows + ") t order by rc, enterprise_id"
                + " limit ? offset ?", UUID.class, pageArgs.toArray());
        return new EnterprisePage(ids, total == null ? 0 : total);
    }

    /** Per month up to {@code to}: found, closed (all levels), 重大 found, 重大 closed. */
    public TreeMap<YearMonth, long[]> months(StatsScope scope, LocalDate to) {
        Sel sel = select(scope, false);
        List<Object> args = new ArrayList<>(sel.summaryArgs());
        String sect = sectors(scope, scope.kind() == StatsScope.Kind.ENTERPRISE, args);
        args.add(to.withDayOfMonth(1));
        TreeMap<YearMonth, long[]> months = new TreeMap<>();
        jdbc.query("select period, kind, level, sum(n) from " + SummaryFolding.FLOW + " where " + sel.summary() + sect
                + " and grain = 'M' and period <= ? group by period, kind, level", (ResultSet rs) -> {
                    YearMonth m = YearMonth.from(rs.getObject(1, LocalDate.class));
                    long[] v = months.computeIfAbsent(m, x -> new long[4]);
                    boolean found = "F".equals(rs.getString(2));
                    boolean major = "MAJOR".equals(rs.getString(3));
                    long n = rs.getLong(4);
                    v[found ? 0 : 1] += n;
                    if (major) {
                        v[found ? 2 : 3] += n;
                    }
                }, args.toArray());
        return months;
    }
}
