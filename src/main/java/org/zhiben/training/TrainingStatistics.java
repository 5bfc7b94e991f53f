package org.zhiben.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.zhiben.common.Zones;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.training.internal.CertificateType;
import org.zhiben.training.internal.CertificateTypeRepository;

/**
 * The officials' training figures by region (one level below the caller's region, or below {@code region} when
 * narrowed) and by sector, in the caller's scope, each breakdown a handful of grouped queries over the training tables
 * (never a walk over enterprises or people), every group answered (no caps). What is counted, for the year of
 * {@code today} (Asia/Shanghai):
 * <ul>
 * <li>enterprises: enterprises with at least one person in the register; people: the register;</li>
 * <li>principals and those whose 初次培训 hours meet the rule (48 in high-risk sectors, else 32);</li>
 * <li>exam sittings this year (self-tests left out) and those passed;</li>
 * <li>certificates expired (due date before today) and expiring (due within 90 days, today included), the due date
 * being the earlier of the expiry and the next 复审 (review years of the type, counted from the last review or the
 * issue) as in {@link CertificateTerms};</li>
 * <li>drill compliance: enterprises of the register with no drill window of the year missed so far
 * ({@link DrillCompliance}: a window is missed once it has ended without a matching drill).</li>
 * </ul>
 * An enterprise in several sectors counts in each of them, so sector rows do not add up to the total.
 */
@Service
public class TrainingStatistics {

    private final JdbcTemplate jdbc;
    private final DataScopes scopes;
    private final Enterprises enterprises;
    private final SectorCatalog sectors;
    private final TrainingRules rules;
    private final CertificateTypeRepository types;

    TrainingStatistics(JdbcTemplate jdbc, DataScopes scopes, Enterprises enterprises, SectorCatalog sectors,
            TrainingRules rules, CertificateTypeRepository types) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.enterprises = enterprises;
        this.sectors = sectors;
        this.rules = rules;
        this.types = types;
    }

    /** How a report is broken down. */
    public enum By { REGION, SECTOR }

    /** The figures of one group (or of the whole area). */
    public record Figures(long enterprises, long people, long principals, long principalsTrained, long sittings,
            long passed, long certificatesExpired, long certificatesExpiring, long drillCompliant) {

        static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0);

        /** Principals meeting the initial hours, in % of the principals (one decimal; null without principals). */
        public BigDecimal principalRate() {
            return rate(principalsTrained, principals);
        }

        /** Sittings passed, in % of the sittings. */
        public BigDecimal passRate() {
            return rate(passed, sittings);
        }

        /** Enterprises with no drill window missed, in % of the enterprises. */
        public BigDecimal drillComplianceRate() {
            return rate(drillCompliant, enterprises);
        }

        static BigDecimal rate(long part, long all) {
            return all == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(all), 1,
                    RoundingMode.HALF_UP);
        }
    }

    /**
     * A group: its key (a region prefix or a sector code), its label, and the conditions of its records
     * ({@code regionPrefix}, {@code sector}; null when not narrowed).
     */
    public record Row(String key, String label, String regionPrefix, String sector, Figures figures) {
    }

    public record Report(By by, int year, String region, String regionName, Figures total, List<Row> rows) {
    }

    /** Parses {@code by} (region or sector, any case); anything else is a 400 on field {@code by}. */
    public static By by(String by) {
        if (by == null || by.isBlank()) {
            return By.REGION;
        }
        try {
            return By.valueOf(by.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("by", "分组方式应为 region 或 sector");
        }
    }

    /**
     * The report broken down {@code by} region or sector, in scope narrowed to {@code region} when given (a region
     * outside the scope: 404, a malformed code: 400).
     */
    @Transactional(readOnly = true)
    public Report report(By by, String region, LocalDate today) {
        DataScope scope = scopes.current();
        RegionCode narrowed = narrowed(scope, region);
        String base = narrowed == null ? null : narrowed.prefix();
        Figures total = new Query(scope, base, null, today).grouped("'total'", "").getOrDefault("total",
                Figures.NONE);
        List<Row> rows = new ArrayList<>();
        if (by == By.REGION) {
            int child = childPrefix(narrowed != null ? narrowed
                    : scope.kind() == DataScope.Kind.JURISDICTION ? scope.region() : null);
            Map<String, Figures> groups = new Query(scope, base, null, today).grouped("substr(%s.region_code, 1, "
                    + child + ")", "");
            Map<String, String> names = enterprises.regionNames(groups.keySet().stream().map(k -> pad(k)).toList());
            String own = narrowed != null ? narrowed.value()
                    : scope.kind() == DataScope.Kind.JURISDICTION ? scope.region().value() : null;
            groups.forEach((k, f) -> {
                String code = pad(k);
                String name = names.getOrDefault(code, code);
                rows.add(new Row(k, code.equals(own) ? name + "(直属)" : name, k, null, f));
            });
        } else {
            List<SectorCatalog.Entry> catalog = sectors.sectors().stream()
                    .filter(e -> e.code().matches("[0-9A-Za-z]{1,8}")).toList();
            if (!catalog.isEmpty()) {
                String values = catalog.stream().map(e -> "('" + e.code() + "')").collect(Collectors.joining(", "));
                Map<String, Figures> groups = new Query(scope, base, null, today).grouped("s.code",
                        " join (values " + values + ") s(code) on %s.sectors like '%%,' || s.code || ',%%'");
                for (SectorCatalog.Entry e : catalog) {
                    Figures f = groups.get(e.code());
                    if (f != null) {
                        rows.add(new Row(e.code(), e.name(), base, e.code(), f));
                    }
                }
            }
        }
        String regionName = narrowed == null ? null
                : enterprises.regionNames(List.of(narrowed.value())).getOrDefault(narrowed.value(), narrowed.value());
        return new Report(by, today.getYear(), narrowed == null ? null : narrowed.value(), regionName, total, rows);
    }

    /**
     * The figures over the caller's scope narrowed to {@code region} and {@code sector} when given: what a dashboard
     * shows beside its own figures.
     */
    @Transactional(readOnly = true)
    public Figures figures(String region, String sector, LocalDate today) {
        DataScope scope = scopes.current();
        RegionCode narrowed = narrowed(scope, region);
        return new Query(scope, narrowed == null ? null : narrowed.prefix(),
                sector == null || sector.isBlank() ? null : sector.strip(), today).grouped("'total'", "")
                .getOrDefault("total", Figures.NONE);
    }

    /** The grouped queries of one breakdown; {@code key} and {@code join} name the table's alias as {@code %s}. */
    private final class Query {

        private final DataScope scope;
        private final String regionPrefix;
        private final String sector;
        private final LocalDate today;

        Query(DataScope scope, String regionPrefix, String sector, LocalDate today) {
            this.scope = scope;
            this.regionPrefix = regionPrefix;
            this.sector = sector;
            this.today = today;
        }

        private SqlFragment where(String alias) {
            SqlFragment w = scope.sql(alias);
            if (regionPrefix != null) {
                w = w.and(SqlFragment.of(alias + ".region_code like ?", regionPrefix + "%"));
            }
            if (sector != null) {
                w = w.and(SectorSet.anyOf(alias + ".sectors", List.of(sector)));
            }
            return w;
        }

        Map<String, Figures> grouped(String keyFormat, String joinFormat) {
            Map<String, long[]> f = new TreeMap<>();
            boolean grouped = !keyFormat.startsWith("'");
            LocalDate jan1 = LocalDate.of(today.getYear(), 1, 1);

            // people, principals, principals trained, enterprises
            String k = keyFormat.formatted("p");
            SqlFragment w = where("p");
            jdbc.query("select " + k + ", count(*), sum(case when p.principal then 1 else 0 end),"
                    + " sum(case when p.principal and coalesce((select sum(h.hours) from training_hours h where"
                    + " h.person_id = p.id and h.kind = 'INITIAL'), 0) >= case when p.high_risk then ? else ? end"
                    + " then 1 else 0 end), count(distinct p.enterprise_id) from training_person p"
                    + joinFormat.formatted("p") + " where " + w.sql() + (grouped ? " group by " + k : ""), rs -> {
                        long[] x = f.computeIfAbsent(rs.getString(1), y -> new long[9]);
                        x[1] = rs.getLong(2);
                        x[2] = rs.getLong(3);
                        x[3] = rs.getLong(4);
                        x[0] = rs.getLong(5);
                    }, args(w, rules.managerInitialHoursHighRisk(), rules.managerInitialHours()));

            // exam sittings of the year
            k = keyFormat.formatted("a");
            w = where("a");
            jdbc.query("select " + k + ", count(*), sum(case when a.passed then 1 else 0 end) from training_attempt a"
                    + joinFormat.formatted("a") + " where a.self_test = false and a.submitted_at >= ? and"
                    + " a.submitted_at < ? and " + w.sql() + (grouped ? " group by " + k : ""), rs -> {
                        long[] x = f.computeIfAbsent(rs.getString(1), y -> new long[9]);
                        x[4] = rs.getLong(2);
                        x[5] = rs.getLong(3);
                    }, args(w, Timestamp.from(jan1.atStartOfDay(Zones.CHINA).toInstant()),
                            Timestamp.from(jan1.plusYears(1).atStartOfDay(Zones.CHINA).toInstant())));

            // certificates: due = min(valid_until, base + review years) with base = reviewed_on or issued_on, so
            // due < D exactly when valid_until < D or base < D - review years; the cut-offs per review years are
            // computed here and passed in, which keeps the SQL free of vendor date arithmetic
            List<Integer> reviews = types.findAll().stream().map(CertificateType::getReviewYears).filter(y -> y > 0)
                    .distinct().sorted().toList();
            LocalDate horizon = today.plusDays(91);
            List<Object> pre = new ArrayList<>();
            String expired = "c.valid_until < ?" + reviewCut(reviews, today, pre);
            pre.add(0, today);
            List<Object> pre2 = new ArrayList<>();
            String beforeHorizon = "c.valid_until < ?" + reviewCut(reviews, horizon, pre2);
            pre2.add(0, horizon);
            List<Object> all = new ArrayList<>(pre);
            all.addAll(pre);
            all.addAll(pre2);
            k = keyFormat.formatted("c");
            w = where("c");
            jdbc.query("select " + k + ", sum(case when " + expired + " then 1 else 0 end), sum(case when not ("
                    + expired + ") and (" + beforeHorizon + ") then 1 else 0 end) from training_certificate c"
                    + " join training_certificate_type t on t.code = c.type_code" + joinFormat.formatted("c")
                    + " where " + w.sql() + (grouped ? " group by " + k : ""), rs -> {
                        long[] x = f.computeIfAbsent(rs.getString(1), y -> new long[9]);
                        x[6] = rs.getLong(2);
                        x[7] = rs.getLong(3);
                    }, args(w, all.toArray()));

            // drill compliance of the register's enterprises: no window of the year missed by today. Today lies in
            // its own year, so only the first-half windows can have ended (after 06-30): the evacuation of each
            // area type in high-risk sectors and the 现场处置方案 of everyone; the yearly and second-half windows are
            // still open and miss nothing yet
            LocalDate jun30 = LocalDate.of(today.getYear(), 6, 30);
            String missed = today.isAfter(jun30)
                    ? "(e.high_risk = 1 and coalesce(x.e1, 0) < 3) or coalesce(x.o1, 0) = 0" : "1 = 0";
            k = keyFormat.formatted("e");
            w = where("p");
            jdbc.query("select " + k + ", sum(case when " + missed + " then 0 else 1 end) from (select p.enterprise_id,"
                    + " max(p.region_code) as region_code, max(p.sectors) as sectors, max(case when p.high_risk then 1"
                    + " else 0 end) as high_risk from training_person p where " + w.sql() + " group by p.enterprise_id)"
                    + " e left join (select d.enterprise_id,"
                    + " count(distinct case when d.kind = 'EVACUATION' then d.area_type end) as e1,"
                    + " sum(case when d.kind = 'ONSITE' then 1 else 0 end) as o1"
                    + " from training_drill d where d.held_on >= ? and d.held_on <= ? group by d.enterprise_id) x"
                    + " on x.enterprise_id = e.enterprise_id" + joinFormat.formatted("e")
                    + (grouped ? " group by " + k : ""), rs -> {
                        long[] x = f.computeIfAbsent(rs.getString(1), y -> new long[9]);
                        x[8] = rs.getLong(2);
                    }, concat(w.args().toArray(), jan1, jun30));

            Map<String, Figures> out = new LinkedHashMap<>();
            f.forEach((key, x) -> out.put(key, new Figures(x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8])));
            return out;
        }
    }

    /** {@code or (t.review_years = r and coalesce(c.reviewed_on, c.issued_on) < day - r years) ...}, args added. */
    private static String reviewCut(List<Integer> reviews, LocalDate day, List<Object> args) {
        StringBuilder s = new StringBuilder();
        for (int r : reviews) {
            s.append(" or (t.review_years = ").append(r).append(" and coalesce(c.reviewed_on, c.issued_on) < ?)");
            args.add(day.minusYears(r));
        }
        return s.toString();
    }

    private static Object[] args(SqlFragment f, Object... first) {
        return concat(first, f.args().toArray());
    }

    private static Object[] concat(Object[] a, Object... b) {
        Object[] out = new Object[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static RegionCode narrowed(DataScope scope, String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        if (!RegionCode.isValid(region.strip())) {
            throw new InvalidInputException("region", "区划代码应为12位数字");
        }
        RegionCode code = RegionCode.of(region.strip());
        if (!scope.coversRegion(code.value())) {
            throw new NotFoundException("区划");
        }
        return code;
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
