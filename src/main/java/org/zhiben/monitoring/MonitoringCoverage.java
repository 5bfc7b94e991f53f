package org.zhiben.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.common.LiveMetric;
import org.zhiben.common.SectorSet;
import org.zhiben.common.SqlFragment;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;

/**
 * What officials see of monitoring: which enterprises that must be monitored (a {@code monitoring_duty} row, seed
 * 003's kinds) are covered — at least one active monitoring point — and how many points are online, by county and
 * by sector. Each figure is one set-based query over the caller's scope.
 */
@Service
public class MonitoringCoverage {

    private final JdbcTemplate jdbc;
    private final DataScopes scopes;
    private final Enterprises enterprises;

    MonitoringCoverage(JdbcTemplate jdbc, DataScopes scopes, Enterprises enterprises) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.enterprises = enterprises;
    }

    /** An enterprise that must be monitored, its kinds and its points. */
    public record Row(UUID enterpriseId, String name, String regionCode, List<MonitoredKind> kinds, long points,
            long online) {

        public boolean covered() {
            return points > 0;
        }
    }

    /** Online points over active points of one group (a county or a sector). */
    public record Rate(String key, String name, long points, long online) {

        public BigDecimal percent() {
            return points == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(online * 100).divide(BigDecimal.valueOf(points), 1, RoundingMode.HALF_UP);
        }
    }

    /** The enterprises with a monitoring duty in scope, uncovered first. */
    @Transactional(readOnly = true)
    public List<Row> duties() {
        SqlFragment scope = scopes.current().sql("d");
        Map<UUID, Object[]> agg = new LinkedHashMap<>();
        jdbc.query("select d.enterprise_id, d.region_code, d.kind, "
                + "(select count(*) from monitoring_point p where p.enterprise_id = d.enterprise_id and p.active = true), "
                + "(select count(*) from monitoring_point p join monitoring_point_state s on s.point_id = p.id "
                + "where p.enterprise_id = d.enterprise_id and p.active = true and s.offline = false "
                + "and s.last_ts is not null) "
                + "from monitoring_duty d where " + scope.sql() + " order by d.enterprise_id, d.kind", rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    Object[] a = agg.computeIfAbsent(id, k -> {
                        try {
                            return new Object[] {rs.getString(2), new ArrayList<MonitoredKind>(), rs.getLong(4),
                                    rs.getLong(5)};
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    @SuppressWarnings("unchecked")
                    List<MonitoredKind> kinds = (List<MonitoredKind>) a[1];
                    kinds.add(MonitoredKind.valueOf(rs.getString(3)));
                }, scope.argArray());
        Map<UUID, String> names = new LinkedHashMap<>();
        for (EnterpriseSummary e : enterprises.findAll(agg.keySet())) {
            names.put(e.id(), e.name());
        }
        List<Row> rows = new ArrayList<>();
        agg.forEach((id, a) -> {
            @SuppressWarnings("unchecked")
            List<MonitoredKind> kinds = (List<MonitoredKind>) a[1];
            rows.add(new Row(id, names.getOrDefault(id, "?"), (String) a[0], kinds, (long) a[2], (long) a[3]));
        });
        rows.sort(java.util.Comparator.comparing(Row::covered).thenComparing(Row::name));
        return rows;
    }

    /** Online rate of active points in scope by county (first six digits of the region code). */
    @Transactional(readOnly = true)
    public List<Rate> onlineByCounty() {
        Map<String, long[]> m = new TreeMap<>();
        pointRows((region, sectors, online) -> {
            long[] a = m.computeIfAbsent(region.substring(0, 6), k -> new long[2]);
            a[0]++;
            a[1] += online ? 1 : 0;
        });
        Map<String, String> names = enterprises.regionNames(m.keySet().stream().map(c -> c + "000000").toList());
        List<Rate> out = new ArrayList<>();
        m.forEach((k, a) -> out.add(new Rate(k, names.getOrDefault(k + "000000", k), a[0], a[1])));
        return out;
    }

    /** Online rate of active points in scope by sector (a point counts under each of its enterprise's sectors). */
    @Transactional(readOnly = true)
    public List<Rate> onlineBySector(Map<String, String> sectorNames) {
        Map<String, long[]> m = new TreeMap<>();
        pointRows((region, sectors, online) -> {
            for (String code : SectorSet.decode(sectors).codes()) {
                long[] a = m.computeIfAbsent(code, k -> new long[2]);
                a[0]++;
                a[1] += online ? 1 : 0;
            }
        });
        List<Rate> out = new ArrayList<>();
        m.forEach((k, a) -> out.add(new Rate(k, sectorNames.getOrDefault(k, k), a[0], a[1])));
        return out;
    }

    private interface PointRow {
        void accept(String region, String sectors, boolean online);
    }

    private void pointRows(PointRow sink) {
        DataScope scope = scopes.current();
        SqlFragment f = scope.sql("p");
        jdbc.query("select p.region_code, p.sectors, case when s.offline = false and s.last_ts is not null then 1 "
                + "else 0 end from monitoring_point p join monitoring_point_state s on s.point_id = p.id "
                + "where p.active = true and " + f.sql(), rs -> {
                    sink.accept(rs.getString(1), rs.getString(2), rs.getInt(3) == 1);
                }, f.argArray());
    }

    /**
     * {@code monitoring.coverage}: the share (%) of enterprises that must be monitored (seed 003's kinds) having at
     * least one active monitoring point, in the area; 0 where no enterprise has such a duty. One query.
     */
    @org.springframework.stereotype.Component
    static class CoverageMetric implements LiveMetric {

        private final JdbcTemplate jdbc;

        CoverageMetric(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String key() {
            return "monitoring.coverage";
        }

        @Override
        public String label() {
            return "应纳入企业安全风险监测预警覆盖率";
        }

        @Override
        public String unit() {
            return "%";
        }

        @Override
        public BigDecimal measure(Area area) {
            SqlFragment where = SqlFragment.of("d.region_code >= ? and d.region_code <= ?", area.low(), area.high());
            if (!area.sectors().isEmpty()) {
                where = where.and(SectorSet.anyOf("d.sectors", area.sectors()));
            }
            Map<String, Object> r = jdbc.queryForMap("select count(distinct d.enterprise_id) total, "
                    + "count(distinct case when exists (select 1 from monitoring_point p where p.enterprise_id = "
                    + "d.enterprise_id and p.active = true) then d.enterprise_id end) covered "
                    + "from monitoring_duty d where " + where.sql(), where.argArray());
            long total = ((Number) r.get("total")).longValue();
            long covered = ((Number) r.get("covered")).longValue();
            return total == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(covered * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
        }
    }
}
