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
    private static final String SQL = """
            select x.enterprise_id, x.region_code, x.lvl, count(*) as units from (
              select u.enterprise_id, u.region_code,
                     case when o.major_hazard_source then 0 else min(case coalesce(e.residual_level, e.inherent_level)
                       when 'MAJOR' then 0 when 'LARGE' then 1 when 'GENERAL' then 2 when 'LOW' then 3 end) end as lvl
              from risk_analysis_unit u
              join risk_analysis_object o on o.id = u.object_id
              left join risk_event e on e.unit_id = u.id
              where %s
              group by u.id, u.enterprise_id, u.region_code, o.major_hazard_source
            ) x
            group by x.enterprise_id, x.region_code, x.lvl""";

    private static final String MAJOR_SOURCES = """
            select distinct o.enterprise_id from risk_analysis_object o
            where o.major_hazard_source and %s""";

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
