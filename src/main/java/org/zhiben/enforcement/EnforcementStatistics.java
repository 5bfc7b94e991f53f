package org.zhiben.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.RegionCode;
import org.zhiben.common.RegionLevel;
import org.zhiben.common.SectorSet;
import org.zhiben.common.SqlFragment;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;

/**
 * 执法统计 in the caller's scope: inspections, enterprises covered (distinct), hazards found (一般 / 重大), cases filed,
 * fines decided (yuan, unit and principal), 停产停业整顿 and 关闭取缔 decisions — in total and by region (the level below
 * the caller's), sector (an enterprise of two sectors counts in both; the total once), mode (inspections only) and
 * month; and the offices that inspected without deciding any penalty (只检查不处罚).
 *
 * <p>An inspection counts on the day it was made; a case counts as filed on its 立案 day, and its fine and its
 * 停产 / 关闭 measures on the day of the decision (a case filed in one year and decided in the next counts in both,
 * once for each). Every figure is a grouped query over {@code enforcement_inspection} and {@code enforcement_case}
 * in scope — nothing is loaded and summed in memory, whatever the number of rows.
 */
@Service
public class EnforcementStatistics {

    private final JdbcTemplate jdbc;
    private final DataScopes scopes;
    private final Enterprises enterprises;
    private final SectorCatalog sectors;

    EnforcementStatistics(JdbcTemplate jdbc, DataScopes scopes, Enterprises enterprises, SectorCatalog sectors) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.enterprises = enterprises;
        this.sectors = sectors;
    }

    /** One row of figures under a key (a region, sector, mode or month). */
    public record Row(String key, String label, long inspections, long enterprisesCovered, long generalHazards,
            long majorHazards, long cases, BigDecimal finesYuan, long suspensions, long closures) {

        private static Row empty(String key, String label) {
            return new Row(key, label, 0, 0, 0, 0, 0, BigDecimal.ZERO.setScale(2), 0, 0);
        }

        private Row labelled(String label) {
            return keyed(key, label);
        }

        private Row keyed(String key, String label) {
            return new Row(key, label, inspections, enterprisesCovered, generalHazards, majorHazards, cases, finesYuan,
                    suspensions, closures);
        }
    }

    /** An office that inspected in the period and decided no penalty. */
    public record Office(String code, String name, long inspections, long cases) {
    }

    public record Report(int year, Row total, List<Row> byRegion, List<Row> bySector, List<Row> byMode,
            List<Row> byMonth, List<Office> inspectWithoutPenalty) {
    }

    /** The totals of a period, as a dashboard shows them; {@code inspectWithoutPenalty} counts the offices. */
    public record Figures(LocalDate from, LocalDate to, Row total, long inspectWithoutPenalty) {
    }

    @Transactional(readOnly = true)
    public Report report(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "年份应为2000至2100");
        }
        EnforcementDirectory.requireOfficial();
        DataScope scope = scopes.current();
        Window w = new Window(scope.sql("i"), scope.sql("c"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));

        Row total = w.rows("'total'", "'total'", "", null).stream().findFirst().orElse(Row.empty("total", "合计"))
                .labelled("合计");

        int prefix = childPrefix(scope);
        List<Row> regions = w.rows(regionKey("i", prefix), regionKey("c", prefix), "", null);
        Map<String, String> names = enterprises.regionNames(regions.stream().map(Row::key).toList());
        List<Row> byRegion = regions.stream().map(r -> r.labelled(names.getOrDefault(r.key(), r.key()))).toList();

        List<Row> bySector = List.of();
        List<SectorCatalog.Entry> catalog = safeSectors();
        if (!catalog.isEmpty()) {
            Map<String, String> sectorNames = catalog.stream()
                    .collect(Collectors.toMap(SectorCatalog.Entry::code, SectorCatalog.Entry::name, (x, y) -> x));
            bySector = w.rows("s.code", "s.code", sectorJoin(catalog), null).stream()
                    .map(r -> r.labelled(sectorNames.getOrDefault(r.key(), r.key()))).toList();
        }

        Map<String, Row> modes = new HashMap<>();
        w.rows("i.mode", null, "", null).forEach(r -> modes.put(r.key(), r));
        List<Row> byMode = new ArrayList<>();
        for (InspectionMode mode : InspectionMode.values()) {
            byMode.add(modes.getOrDefault(mode.name(), Row.empty(mode.name(), mode.label())).labelled(mode.label()));
        }

        Map<String, Row> months = new HashMap<>();
        w.rows(MONTH.formatted("i.inspected_on"), null, "", MONTH).forEach(r -> months.put(r.key(), r));
        List<Row> byMonth = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            String key = String.format("%d-%02d", year, m);
            byMonth.add(months.getOrDefault(String.valueOf(m), Row.empty(key, m + "月"))
                    .keyed(key, m + "月"));
        }
        return new Report(year, total, byRegion, bySector, byMode, byMonth, w.inspectWithoutPenalty());
    }

    /**
     * The totals of {@code from} to {@code to} (both inclusive, any span) in the caller's scope narrowed to
     * {@code region} (a 12-digit code; 404 outside, 400 malformed) and {@code sector} when given: what insight's
     * dashboards show beside their own figures. Officials and administrators only (403 for others), like
     * {@link #report}.
     */
    @Transactional(readOnly = true)
    public Figures figures(String region, String sector, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "结束日期不能早于开始日期");
        }
        EnforcementDirectory.requireOfficial();
        DataScope scope = scopes.current();
        SqlFragment si = scope.sql("i");
        SqlFragment sc = scope.sql("c");
        if (region != null && !region.isBlank()) {
            if (!RegionCode.isValid(region)) {
                throw new InvalidInputException("region", "区划代码应为12位数字");
            }
            RegionCode code = RegionCode.of(region);
            if (!scope.coversRegion(code.value())) {
                throw new NotFoundException("区划");
            }
            si = si.and(SqlFragment.of("i.region_code like ?", code.prefix() + "%"));
            sc = sc.and(SqlFragment.of("c.region_code like ?", code.prefix() + "%"));
        }
        if (sector != null && !sector.isBlank()) {
            si = si.and(SectorSet.anyOf("i.sectors", List.of(sector.strip())));
            sc = sc.and(SectorSet.anyOf("c.sectors", List.of(sector.strip())));
        }
        Window w = new Window(si, sc, from, to);
        Row total = w.rows("'total'", "'total'", "", null).stream().findFirst().orElse(Row.empty("total", "合计"))
                .labelled("合计");
        return new Figures(from, to, total, w.inspectWithoutPenalty().size());
    }

    /** The month (1–12) of a date column, the same on H2 and PostgreSQL. */
    private static final String MONTH = "cast(extract(month from %s) as integer)";

    private static String regionKey(String alias, int prefix) {
        return prefix >= 12 ? alias + ".region_code"
                : "substr(" + alias + ".region_code, 1, " + prefix + ") || '" + "0".repeat(12 - prefix) + "'";
    }

    /** Sector codes that can go into the query text as they are (the catalog's codes are short and plain). */
    private List<SectorCatalog.Entry> safeSectors() {
        return sectors.sectors().stream().filter(e -> e.code().matches("[0-9A-Za-z]{1,8}")).toList();
    }

    private static String sectorJoin(List<SectorCatalog.Entry> catalog) {
        String values = catalog.stream().map(e -> "('" + e.code() + "')").collect(Collectors.joining(", "));
        return " join (values " + values + ") s(code) on %s.sectors like '%%,' || s.code || ',%%'";
    }

    /** The rows of a period in scope, grouped. */
    private final class Window {

        private final SqlFragment inspections;
        private final SqlFragment cases;
        private final LocalDate from;
        private final LocalDate to;

        Window(SqlFragment inspections, SqlFragment cases, LocalDate from, LocalDate to) {
            this.inspections = inspections;
            this.cases = cases;
            this.from = from;
            this.to = to;
        }

        /**
         * One grouped query: inspections by {@code inspectionKey}, and (unless {@code caseKey} is null) cases by
         * {@code caseKey}, where a case's filing and its decision are two events that each fall on their own day —
         * with {@code dateKey} (a format taking the date column) the key is computed from that day instead.
         * {@code join} (a format taking the alias) joins the sector list.
         */
        List<Row> rows(String inspectionKey, String caseKey, String join, String dateKey) {
            List<Object> args = new ArrayList<>();
            StringBuilder sql = new StringBuilder("select k, sum(n_insp), count(distinct ent), sum(gen), sum(maj),"
                    + " sum(n_case), sum(fine), sum(susp), sum(clos) from (");
            sql.append("select ").append(inspectionKey).append(" as k, 1 as n_insp, i.enterprise_id as ent,"
                    + " i.general_findings as gen, i.major_findings as maj, 0 as n_case, ")
                    .append(ZERO).append(" as fine, 0 as susp, 0 as clos from enforcement_inspection i")
                    .append(join.isEmpty() ? "" : join.formatted("i")).append(" where ").append(inspections.sql())
                    .append(" and i.inspected_on between ? and ?");
            args.addAll(inspections.args());
            args.add(from);
            args.add(to);
            if (caseKey != null || dateKey != null) {
                String filedKey = dateKey != null ? dateKey.formatted("c.filed_on") : caseKey;
                String decidedKey = dateKey != null ? dateKey.formatted("c.decided_on") : caseKey;
                String joined = join.isEmpty() ? "" : join.formatted("c");
                sql.append(" union all select ").append(filedKey).append(", 0, null, 0, 0, 1, ").append(ZERO)
                        .append(", 0, 0 from enforcement_case c").append(joined).append(" where ").append(cases.sql())
                        .append(" and c.filed_on between ? and ?");
                args.addAll(cases.args());
                args.add(from);
                args.add(to);
                sql.append(" union all select ").append(decidedKey).append(", 0, null, 0, 0, 0,"
                        + " c.fine_unit_yuan + c.fine_principal_yuan,"
                        + " case when c.measures like '%").append(CaseMeasure.SUSPEND.name())
                        .append("%' then 1 else 0 end, case when c.measures like '%")
                        .append(CaseMeasure.CLOSE_DOWN.name()).append("%' then 1 else 0 end from enforcement_case c")
                        .append(joined).append(" where ").append(cases.sql())
                        .append(" and c.decided_on between ? and ?");
                args.addAll(cases.args());
                args.add(from);
                args.add(to);
            }
            sql.append(") x group by k order by k");
            return jdbc.query(sql.toString(), (rs, n) -> row(rs), args.toArray());
        }

        /** The offices with inspections in the period and no decision in it, by office code. */
        List<Office> inspectWithoutPenalty() {
            List<Object> args = new ArrayList<>(inspections.args());
            args.add(from);
            args.add(to);
            for (int i = 0; i < 2; i++) {
                args.add(from);
                args.add(to);
            }
            args.addAll(cases.args());
            for (int i = 0; i < 2; i++) {
                args.add(from);
                args.add(to);
            }
            return jdbc.query("select office_code, max(office_name), sum(n_insp), sum(n_filed) from ("
                    + "select i.office_code, i.office_name, 1 as n_insp, 0 as n_filed, 0 as n_decided"
                    + " from enforcement_inspection i where " + inspections.sql() + " and i.inspected_on between ? and ?"
                    + " union all select c.office_code, c.office_name, 0,"
                    + " case when c.filed_on between ? and ? then 1 else 0 end,"
                    + " case when c.decided_on between ? and ? then 1 else 0 end from enforcement_case c where "
                    + cases.sql() + " and (c.filed_on between ? and ? or c.decided_on between ? and ?)"
                    + ") x group by office_code having sum(n_insp) > 0 and sum(n_decided) = 0 order by office_code",
                    (rs, n) -> new Office(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)),
                    args.toArray());
        }
    }

    private static final String ZERO = "cast(0 as numeric(14, 2))";

    private static Row row(ResultSet rs) throws SQLException {
        BigDecimal fines = rs.getBigDecimal(7);
        String key = rs.getString(1);
        return new Row(key, key, rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                fines == null ? BigDecimal.ZERO.setScale(2) : fines.setScale(2, RoundingMode.HALF_UP), rs.getLong(8),
                rs.getLong(9));
    }

    /** The prefix length of the level below the caller's jurisdiction (provinces for everyone else). */
    private static int childPrefix(DataScope scope) {
        if (scope.kind() != DataScope.Kind.JURISDICTION) {
            return RegionLevel.PROVINCE.prefixLength();
        }
        RegionLevel level = RegionCode.of(scope.regionLow()).level();
        RegionLevel lowest = RegionLevel.VILLAGE;
        return level == lowest ? lowest.prefixLength() : RegionLevel.ofDepth(level.depth() + 1).prefixLength();
    }
}
