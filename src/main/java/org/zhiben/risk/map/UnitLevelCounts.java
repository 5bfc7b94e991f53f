package org.zhiben.risk.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhiben.common.SqlFragment;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.ScopeColumns;
import org.zhiben.risk.RiskLevel;
import org.zhiben.risk.internal.RiskScopes;

/**
 * Analysis units per enterprise and level within a region-code range, aggregated in SQL (a unit's level is 重大
 * under a major hazard source, else the most severe current level of its events: residual when assessed, else
 * inherent — as {@code AnalysisUnit.rollUp}). One row per enterprise and level, never one per unit or event.
 */
@Repository
public class UnitLevelCounts {

    /** Level rank 0 重大 … 3 低, as the {@link RiskLevel} order; null: no assessed event. */
    /** Each unit's level rank within a condition ({@code %s}) over the unit alias {@code u}. */
    private static final String UNITS = """
            select u.enterprise_id, u.region_code,
                   case when o.major_hazard_source then 0 else min(case coalesce(e.residual_level, e.inherent_level)
                     when 'MAJOR' then 0 when 'LARGE' then 1 when 'GENERAL' then 2 when 'LOW' then 3 end) end as lvl
            from risk_analysis_unit u
            join risk_analysis_object o on o.id = u.object_id
            left join risk_event e on e.unit_id = u.id
            where %s
            group by u.id, u.enterprise_id, u.region_code, o.major_hazard_source""";

    private static final String SQL = "select x.enterprise_id, x.region_code, x.lvl, count(*) as units from ("
            + UNITS + ") x group by x.enterprise_id, x.region_code, x.lvl";

    private static final String MAJOR_SOURCES = """
            select distinct o.enterprise_id from risk_analysis_object o
            where o.major_hazard_source and %s""";

    /**
     * The officials' overview in one statement over {@code risk_enterprise_level} (alias {@code r}): rows of kind E
     * (one page of enterprises, by level, then 重大 and 较大 units, then name; {@code seq} their place), R (重大/较大
     * units and enterprises per sub-region prefix; their sum is the total) and S (per sector; with a sector list,
     * only those). Placeholders: the scope's arguments, the page offset and size; the sub-region prefix length and
     * the scope's arguments; the scope's arguments and the sector list.
     */
    private static final String OVERVIEW = """
            select 'E' as kind, p.enterprise_id, p.region_code as code, p.name, p.rnk, p.major, p.large, p.general,
                   p.low, p.unassessed,
                   row_number() over (order by p.rnk, p.major desc, p.large desc, p.name, p.enterprise_id) as seq
            from (select r.*, n.name from risk_enterprise_level r join %2$s n on n.id = r.enterprise_id
                  where %1$s
                  order by r.rnk, r.major desc, r.large desc, n.name, r.enterprise_id
                  offset ? rows fetch next ? rows only) p
            union all
            select 'R', null, a.area, null, null, sum(a.major), sum(a.large), count(*), 0, 0, 0
            from (select substring(r.region_code, 1, ?) as area, r.major, r.large from risk_enterprise_level r
                  where %1$s) a
            group by a.area
            union all
            select 'S', null, s.sector_code, null, null, sum(r.major), sum(r.large), 0, 0, 0, 0
            from risk_enterprise_level r join %3$s s on s.enterprise_id = r.enterprise_id
            where %1$s and %4$s
            group by s.sector_code""";

    /** {@code risk_enterprise_level} from the inventory tables, as V89 first filled it. */
    private static final String REBUILD = """
            insert into risk_enterprise_level (enterprise_id, region_code, rnk, major, large, general, low, unassessed)
            select x.enterprise_id, max(x.region_code),
                   case when exists (select 1 from risk_analysis_object s where s.enterprise_id = x.enterprise_id
                     and s.major_hazard_source) then 0 else coalesce(min(x.lvl), 9) end,
                   sum(case when x.lvl = 0 then 1 else 0 end), sum(case when x.lvl = 1 then 1 else 0 end),
                   sum(case when x.lvl = 2 then 1 else 0 end), sum(case when x.lvl = 3 then 1 else 0 end),
                   sum(case when x.lvl is null then 1 else 0 end)
            from (""" + UNITS.formatted("1 = 1") + ") x group by x.enterprise_id";

    /** One page of the overview: enterprises in order, how many in all, 重大/较大 units per sub-region and sector. */
    public record Overview(List<Row> page, long total, Map<String, long[]> byArea, Map<String, long[]> bySector) {
    }

    /** An enterprise of the overview with its name in the registry; {@code level} null when nothing is assessed. */
    public record Row(UUID enterpriseId, String name, String regionCode, RiskLevel level, long major, long large,
            long general, long low, long unassessed) {
    }

    private final JdbcClient jdbc;

    UnitLevelCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per enterprise: its region code, units per level (key null = unassessed) and whether it has a 重大危险源. */
    public record EnterpriseCounts(UUID enterpriseId, String regionCode, Map<RiskLevel, Long> units,
            boolean majorHazardSource) {

        public long count(RiskLevel level) {
            return units.getOrDefault(level, 0L);
        }

        /** The highest level of its units; 重大 with a major hazard source even before it has units. */
        public RiskLevel level() {
            RiskLevel level = majorHazardSource ? RiskLevel.MAJOR : null;
            for (RiskLevel l : units.keySet()) {
                level = RiskLevel.highest(level, l);
            }
            return level;
        }
    }

    private static final String ONE = SQL.formatted("u.enterprise_id = :id");

    /**
     * The overview of the enterprises with analysis units within {@code where} (over the unit alias {@code u},
     * sector limit included): the page {@code offset}/{@code size}, sub-regions by the first {@code areaPrefix}
     * characters of the code, sectors limited to {@code sectorLimit} when not empty.
     */
    public Overview overview(SqlFragment where, long offset, int size, int areaPrefix, Set<String> sectorLimit) {
        SqlFragment sectors = sectorLimit.isEmpty() ? SqlFragment.TRUE : new SqlFragment("s.sector_code in ("
                + String.join(", ", sectorLimit.stream().map(c -> "?").toList()) + ")",
                List.copyOf(new java.util.TreeSet<>(sectorLimit)));
        List<Object> args = new java.util.ArrayList<>(where.args());
        args.add(offset);
        args.add(size);
        args.add(areaPrefix);
        args.addAll(where.args());
        args.addAll(where.args());
        args.addAll(sectors.args());
        Map<Long, Row> page = new java.util.TreeMap<>();
        long[] total = new long[1];
        Map<String, long[]> byArea = new HashMap<>();
        Map<String, long[]> bySector = new HashMap<>();
        jdbc.sql(OVERVIEW.formatted(where.sql(), org.zhiben.directory.Enterprises.NAMES,
                org.zhiben.directory.Enterprises.SECTORS, sectors.sql())).params(args).query(rs -> {
                    long major = rs.getLong("major");
                    long large = rs.getLong("large");
                    switch (rs.getString("kind")) {
                        case "E" -> {
                            int rank = rs.getInt("rnk");
                            page.put(rs.getLong("seq"), new Row(rs.getObject("enterprise_id", UUID.class),
                                    rs.getString("name"), rs.getString("code"),
                                    rank > 3 ? null : RiskLevel.values()[rank], major, large, rs.getLong("general"),
                                    rs.getLong("low"), rs.getLong("unassessed")));
                        }
                        case "R" -> {
                            byArea.put(rs.getString("code"), new long[] {major, large});
                            total[0] += rs.getLong("general");
                        }
                        default -> bySector.put(rs.getString("code"), new long[] {major, large});
                    }
                });
        return new Overview(List.copyOf(page.values()), total[0], byArea, bySector);
    }

    /**
     * Writes the enterprise's row of {@code risk_enterprise_level} from its counts (none left without units), in
     * the caller's transaction.
     */
    public void write(UUID enterpriseId, String regionCode, org.zhiben.risk.RiskCounts c) {
        jdbc.sql("delete from risk_enterprise_level where enterprise_id = :id").param("id", enterpriseId).update();
        if (c.major() + c.large() + c.general() + c.low() + c.unassessed() > 0) {
            RiskLevel level = c.highest();
            jdbc.sql("insert into risk_enterprise_level (enterprise_id, region_code, rnk, major, large, general, low,"
                    + " unassessed) values (:id, :region, :rnk, :major, :large, :general, :low, :unassessed)")
                    .param("id", enterpriseId).param("region", regionCode)
                    .param("rnk", level == null ? 9 : level.ordinal()).param("major", c.major())
                    .param("large", c.large()).param("general", c.general()).param("low", c.low())
                    .param("unassessed", c.unassessed()).update();
        }
    }

    /** Refills {@code risk_enterprise_level} from the inventory tables (after rows were written around the module). */
    public void rebuild() {
        jdbc.sql("delete from risk_enterprise_level").update();
        jdbc.sql(REBUILD).update();
    }

    /** Enterprises with a major hazard source, whether or not they have units. */
    public List<UUID> withMajorSources() {
        return jdbc.sql("select distinct enterprise_id from risk_analysis_object where major_hazard_source")
                .query((rs, n) -> rs.getObject(1, UUID.class)).list();
    }

    /** One enterprise's counts (empty units when it has none). */
    public EnterpriseCounts of(UUID enterpriseId, String regionCode) {
        Map<RiskLevel, Long> units = new HashMap<>();
        jdbc.sql(ONE).param("id", enterpriseId).query((rs, n) -> {
            Number rank = (Number) rs.getObject(3);
            units.merge(rank == null ? null : RiskLevel.values()[rank.intValue()], rs.getLong(4), Long::sum);
            return n;
        }).list();
        boolean source = jdbc.sql("select count(*) from risk_analysis_object where major_hazard_source"
                + " and enterprise_id = :id").param("id", enterpriseId).query(Long.class).single() > 0;
        return new EnterpriseCounts(enterpriseId, regionCode, units, source);
    }

    /**
     * Every enterprise in the scope's jurisdiction (or the scope's one enterprise); see {@link RiskScopes} for the
     * sector limit, which callers apply through the registry.
     */
    public List<EnterpriseCounts> within(DataScope scope) {
        DataScope region = RiskScopes.jurisdictionOf(scope);
        SqlFragment.Named units = region.sql(ScopeColumns.of("u")).named("scope");
        SqlFragment.Named objects = region.sql(ScopeColumns.of("o")).named("scope");
        Map<UUID, String> regions = new HashMap<>();
        Map<UUID, Map<RiskLevel, Long>> counts = new HashMap<>();
        jdbc.sql(SQL.formatted(units.sql())).params(units.params()).query((rs, n) -> {
            UUID id = rs.getObject(1, UUID.class);
            regions.put(id, rs.getString(2));
            Number rank = (Number) rs.getObject(3);
            RiskLevel level = rank == null ? null : RiskLevel.values()[rank.intValue()];
            counts.computeIfAbsent(id, k -> new HashMap<>()).merge(level, rs.getLong(4), Long::sum);
            return id;
        }).list();
        Set<UUID> withSources = Set.copyOf(jdbc.sql(MAJOR_SOURCES.formatted(objects.sql())).params(objects.params())
                .query((rs, n) -> rs.getObject(1, UUID.class)).list());
        return counts.entrySet().stream().map(e -> new EnterpriseCounts(e.getKey(), regions.get(e.getKey()),
                e.getValue(), withSources.contains(e.getKey()))).toList();
    }
}
