package org.zhiben.accident;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.zhiben.common.SqlFragment;
import org.zhiben.common.Zones;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;

/**
 * Accident statistics (事故起数、死亡人数、受伤人数、直接经济损失, 同比) in the caller's scope: by region (the level below the
 * region asked for, or below the caller's jurisdiction), by sector (an accident of two sectors counts in both; the
 * total once), by category and by grade, for a period of a year (1 January to a date, at most the year's end) beside
 * the same span of the year before. Voided accidents are not counted; deaths are 死亡(含失踪) as 493号令 counts them
 * (DOMAIN §6); injuries are the serious injuries (含急性工业中毒) the record holds.
 *
 * <p>Each breakdown is one grouped query over {@code accident_accident} that sums both periods by conditional
 * aggregation — nothing is filtered or capped in memory. A count's drill-down is the accident list with
 * {@link AccidentFilter} conditions that are the same as the row's: the region prefix, the sector, the category or
 * the grade, the period's days and {@code counted}.
 */
@Service
public class AccidentStatistics {

    /** The condition every accident statistic counts under, over {@code accident_accident a}. */
    public static final String COUNTED = "a.state <> 'VOIDED'";

    private final JdbcTemplate jdbc;
    private final DataScopes scopes;
    private final Enterprises enterprises;
    private final SectorCatalog sectors;
    private final Clock clock;

    AccidentStatistics(JdbcTemplate jdbc, DataScopes scopes, Enterprises enterprises, SectorCatalog sectors,
            Clock clock) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.enterprises = enterprises;
        this.sectors = sectors;
        this.clock = clock;
    }

    /** Days of one year, both inclusive: 1 January to {@code to}. */
    public record Period(int year, LocalDate from, LocalDate to) {

        /** The year up to {@code to} (default: the year's end); {@code to} must lie in the year. */
        public static Period of(int year, LocalDate to) {
            if (year < 2000 || year > 2100) {
                throw new InvalidInputException("year", "年份应为2000至2100");
            }
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate end = to == null ? LocalDate.of(year, 12, 31) : to;
            if (end.getYear() != year) {
                throw new InvalidInputException("to", "截止日期应在" + year + "年内");
            }
            return new Period(year, first, end);
        }

        /** The same span of the year before (29 February becomes 28 February). */
        public Period previous() {
            return new Period(year - 1, from.minusYears(1), to.minusYears(1));
        }

        Instant start() {
            return from.atStartOfDay(Zones.CHINA).toInstant();
        }

        Instant end() {
            return to.plusDays(1).atStartOfDay(Zones.CHINA).toInstant();
        }

        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean wholeYear() {
            return to.equals(LocalDate.of(year, 12, 31));
        }
    }

    /** The figures of one period; {@code deaths} are 死亡(含失踪). */
    public record Figures(long count, long deaths, long injuries, BigDecimal lossYuan) {

        static final Figures NONE = new Figures(0, 0, 0, BigDecimal.ZERO.setScale(2));
    }

    /**
     * One row: a key (a region prefix, a sector code, {@code scheme:code}, a grade, or {@code total}), its label, the
     * period's figures and last year's same span. The row's list conditions are in {@link #regionPrefix},
     * {@link #sector}, {@link #categoryScheme}/{@link #categoryCode} and {@link #grade} (null: not narrowed).
     */
    public record Row(String key, String label, Figures current, Figures previous, String regionPrefix,
            String sector, String categoryScheme, String categoryCode, AccidentGrade grade) {

        /** 事故起数同比 in percent (one decimal); null when last year had none. */
        @com.fasterxml.jackson.annotation.JsonProperty
        public BigDecimal countChange() {
            return change(current.count(), previous.count());
        }

        /** 死亡人数同比 in percent (one decimal); null when last year had none. */
        @com.fasterxml.jackson.annotation.JsonProperty
        public BigDecimal deathsChange() {
            return change(current.deaths(), previous.deaths());
        }

        static BigDecimal change(long now, long before) {
            return before == 0 ? null : BigDecimal.valueOf((now - before) * 100L)
                    .divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP);
        }
    }

    public record Report(Period period, Period previous, String region, String regionName, Row total,
            List<Row> byRegion, List<Row> bySector, List<Row> byCategory, List<Row> byGrade) {
    }

    /** This year so far (today in Asia/Shanghai). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.CHINA));
    }

    /**
     * The report for {@code period}, over the caller's scope narrowed to {@code region} when given (a region outside
     * the scope: 404; a malformed code: 400).
     */
    @Transactional(readOnly = true)
    public Report report(Period period, String region) {
        DataScope scope = scopes.current();
        RegionCode narrowed = narrowed(scope, region);
        String base = narrowed == null ? null : narrowed.prefix();
        SqlFragment where = scope.sql("a");
        if (base != null) {
            where = where.and(SqlFragment.of("a.region_code like ?", base + "%"));
        }
        Period previous = period.previous();
        Query q = new Query(where, period, previous);

        Row total = q.rows("'total'", "").stream().findFirst()
                .map(r -> relabel(r, "合计", base, null, null, null, null))
                .orElse(new Row("total", "合计", Figures.NONE, Figures.NONE, base, null, null, null, null));

        int child = childPrefix(narrowed != null ? narrowed : scope.kind() == DataScope.Kind.JURISDICTION
                ? scope.region() : null);
        List<Row> regions = q.rows("substr(a.region_code, 1, " + child + ")", "");
        Map<String, String> names = enterprises.regionNames(regions.stream().map(r -> pad(r.key())).toList());
        List<Row> byRegion = regions.stream().map(r -> {
            String code = pad(r.key());
            String name = names.getOrDefault(code, code);
            boolean direct = narrowed != null ? code.equals(narrowed.value())
                    : scope.kind() == DataScope.Kind.JURISDICTION && code.equals(scope.region().value());
            return relabel(r, direct ? name + "(直属)" : name, r.key(), null, null, null, null);
        }).toList();

        List<Row> bySector = List.of();
        List<SectorCatalog.Entry> catalog = sectors.sectors().stream()
                .filter(e -> e.code().matches("[0-9A-Za-z]{1,8}")).toList();
        if (!catalog.isEmpty()) {
            String values = catalog.stream().map(e -> "('" + e.code() + "')").collect(Collectors.joining(", "));
            Map<String, String> sectorNames = catalog.stream()
                    .collect(Collectors.toMap(SectorCatalog.Entry::code, SectorCatalog.Entry::name, (x, y) -> x));
            bySector = q.rows("s.code", " join (values " + values + ") s(code) on a.sectors like '%,' || s.code || ',%'"
                    ).stream().map(r -> relabel(r, sectorNames.getOrDefault(r.key(), r.key()), base, r.key(), null,
                            null, null)).toList();
        }

        List<Row> byCategory = q.rows("a.category_scheme || ':' || a.category_code", "").stream().map(r -> {
            String[] sc = r.key().split(":", 2);
            return relabel(r, AccidentCategories.label(sc[0], sc[1]), base, null, sc[0], sc[1], null);
        }).toList();

        Map<AccidentGrade, Row> grades = new EnumMap<>(AccidentGrade.class);
        for (Row r : q.rows("a.grade", "")) {
            AccidentGrade g = AccidentGrade.valueOf(r.key());
            grades.put(g, relabel(r, g.label(), base, null, null, null, g));
        }
        List<Row> byGrade = new ArrayList<>();
        for (AccidentGrade g : AccidentGrade.values()) {
            byGrade.add(grades.getOrDefault(g, new Row(g.name(), g.label(), Figures.NONE, Figures.NONE, base, null,
                    null, null, g)));
        }
        String regionName = narrowed == null ? null
                : enterprises.regionNames(List.of(narrowed.value())).getOrDefault(narrowed.value(), narrowed.value());
        return new Report(period, previous, narrowed == null ? null : narrowed.value(), regionName, total, byRegion,
                bySector, byCategory, byGrade);
    }

    /**
     * The figures of accidents that occurred from {@code from} to {@code to} (both inclusive, any span), in the
     * caller's scope narrowed to {@code region} (a 12-digit code, 404 outside) and {@code sector} when given: what a
     * dashboard shows beside its own figures. Its list is {@link AccidentFilter} with {@code counted}, the days, the
     * region's prefix and the sector.
     */
    @Transactional(readOnly = true)
    public Figures figures(String region, String sector, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "结束日期不能早于开始日期");
        }
        DataScope scope = scopes.current();
        RegionCode narrowed = narrowed(scope, region);
        SqlFragment where = scope.sql("a");
        if (narrowed != null) {
            where = where.and(SqlFragment.of("a.region_code like ?", narrowed.prefix() + "%"));
        }
        if (sector != null && !sector.isBlank()) {
            where = where.and(org.zhiben.common.SectorSet.anyOf("a.sectors", List.of(sector.strip())));
        }
        List<Object> args = new ArrayList<>(where.args());
        args.add(Timestamp.from(from.atStartOfDay(Zones.CHINA).toInstant()));
        args.add(Timestamp.from(to.plusDays(1).atStartOfDay(Zones.CHINA).toInstant()));
        return jdbc.query("select count(*), sum(a.deaths + a.missing), sum(a.serious_injuries),"
                + " sum(a.direct_loss_yuan) from accident_accident a where " + COUNTED + " and " + where.sql()
                + " and a.occurred_at >= ? and a.occurred_at < ?", rs -> {
                    rs.next();
                    return figures(rs, 1);
                }, args.toArray());
    }

    private static RegionCode narrowed(DataScope scope, String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        if (!RegionCode.isValid(region)) {
            throw new InvalidInputException("region", "区划代码应为12位数字");
        }
        RegionCode code = RegionCode.of(region);
        if (!scope.coversRegion(code.value())) {
            throw new NotFoundException("区划");
        }
        return code;
    }

    /** The grouped query of one breakdown: both periods summed by conditional aggregation, in scope. */
    private final class Query {

        private static final String IN = "(a.occurred_at >= ? and a.occurred_at < ?)";

        private final SqlFragment where;
        private final Timestamp[] current;
        private final Timestamp[] previous;

        Query(SqlFragment where, Period period, Period previous) {
            this.where = where;
            this.current = new Timestamp[] {Timestamp.from(period.start()), Timestamp.from(period.end())};
            this.previous = new Timestamp[] {Timestamp.from(previous.start()), Timestamp.from(previous.end())};
        }

        List<Row> rows(String key, String join) {
            List<Object> args = new ArrayList<>();
            StringBuilder select = new StringBuilder("select " + key + " as k");
            for (Timestamp[] p : List.of(current, previous)) {
                select.append(", sum(case when ").append(IN).append(" then 1 else 0 end)")
                        .append(", sum(case when ").append(IN).append(" then a.deaths + a.missing else 0 end)")
                        .append(", sum(case when ").append(IN).append(" then a.serious_injuries else 0 end)")
                        .append(", sum(case when ").append(IN).append(" then a.direct_loss_yuan else 0 end)");
                for (int i = 0; i < 4; i++) {
                    args.add(p[0]);
                    args.add(p[1]);
                }
            }
            select.append(" from accident_accident a").append(join).append(" where ").append(COUNTED).append(" and ")
                    .append(where.sql()).append(" and (").append(IN).append(" or ").append(IN).append(")");
            args.addAll(where.args());
            args.add(current[0]);
            args.add(current[1]);
            args.add(previous[0]);
            args.add(previous[1]);
            boolean grouped = !key.startsWith("'");
            if (grouped) {
                select.append(" group by ").append(key).append(" order by 1");
            }
            return jdbc.query(select.toString(), (rs, n) -> new Row(rs.getString(1), rs.getString(1),
                    figures(rs, 2), figures(rs, 6), null, null, null, null, null), args.toArray());
        }
    }

    private static Figures figures(ResultSet rs, int first) throws SQLException {
        BigDecimal loss = rs.getBigDecimal(first + 3);
        return new Figures(rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2),
                loss == null ? BigDecimal.ZERO.setScale(2) : loss.setScale(2, RoundingMode.HALF_UP));
    }

    private static Row relabel(Row r, String label, String regionPrefix, String sector, String scheme, String code,
            AccidentGrade grade) {
        return new Row(r.key(), label, r.current(), r.previous(), regionPrefix, sector, scheme, code, grade);
    }

    private static String pad(String prefix) {
        return prefix + "0".repeat(12 - prefix.length());
    }

    /** The prefix length of the level below {@code region} (provinces for the whole platform or an enterprise). */
    private static int childPrefix(RegionCode region) {
        if (region == null) {
            return RegionLevel.PROVINCE.prefixLength();
        }
        RegionLevel level = region.level();
        return level == RegionLevel.VILLAGE ? level.prefixLength()
                : RegionLevel.ofDepth(level.depth() + 1).prefixLength();
    }

}
