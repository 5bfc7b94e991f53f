package org.zhiben.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.common.PageResponse;
import org.zhiben.common.SqlFragment;
import org.zhiben.common.Zones;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.identity.DataScopes;
import org.zhiben.training.internal.CertificateType;
import org.zhiben.training.internal.CertificateTypeRepository;

/**
 * The officials' view per enterprise in the caller's scope, paged (the figures by region and sector are
 * {@link TrainingStatistics}): people, principals and how many meet the initial hours, recorded exam sittings and
 * passes this year, certificates expired or due within 90 days, drills held this year. A few set-based queries over
 * the page's enterprises, never a walk over people.
 */
@Service
public class TrainingOverview {

    private final JdbcTemplate jdbc;
    private final DataScopes scopes;
    private final Enterprises enterprises;
    private final TrainingRules rules;
    private final CertificateTypeRepository types;

    TrainingOverview(JdbcTemplate jdbc, DataScopes scopes, Enterprises enterprises, TrainingRules rules,
            CertificateTypeRepository types) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.enterprises = enterprises;
        this.rules = rules;
        this.types = types;
    }

    public record Row(UUID enterpriseId, String name, String regionCode, List<String> sectors, long people,
            long principals, long principalsTrained, long sittings, long passed, long expired, long expiring,
            long drills) {

        public long passRate() {
            return sittings == 0 ? 0 : Math.round(100.0 * passed / sittings);
        }
    }

    /**
     * One page of the enterprises with a person register in scope, ordered by region code then id (the page and its
     * total from one grouped query; the other figures only for the page's enterprises).
     */
    @Transactional(readOnly = true)
    public PageResponse<Row> byEnterprise(LocalDate today, int page, int size) {
        PageResponse.request(page, size, org.springframework.data.domain.Sort.unsorted()); // bounds: else a 400
        SqlFragment p = scopes.current().sql("p");
        Long total = jdbc.queryForObject("select count(distinct p.enterprise_id) from training_person p where "
                + p.sql(), Long.class, p.argArray());
        Map<UUID, long[]> figures = new LinkedHashMap<>();
        jdbc.query("select p.enterprise_id, count(*), sum(case when p.principal then 1 else 0 end),"
                + " sum(case when p.principal and coalesce((select sum(h.hours) from training_hours h where"
                + " h.person_id = p.id and h.kind = 'INITIAL'), 0) >= case when p.high_risk then ? else ? end then 1"
                + " else 0 end), max(p.region_code) from training_person p where " + p.sql()
                + " group by p.enterprise_id order by max(p.region_code), p.enterprise_id limit ? offset ?", rs -> {
                    long[] f = figures.computeIfAbsent(rs.getObject(1, UUID.class), k -> new long[8]);
                    f[0] = rs.getLong(2);
                    f[1] = rs.getLong(3);
                    f[2] = rs.getLong(4);
                }, concat(args(p, rules.managerInitialHoursHighRisk(), rules.managerInitialHours()), size,
                        (long) page * size));
        if (!figures.isEmpty()) {
            String ids = figures.keySet().stream().map(x -> "?").collect(java.util.stream.Collectors.joining(", "));
            Object[] idArgs = figures.keySet().toArray();
            SqlFragment a = scopes.current().sql("a");
            java.sql.Timestamp yearStart = java.sql.Timestamp.from(LocalDate.of(today.getYear(), 1, 1)
                    .atStartOfDay(Zones.CHINA).toInstant());
            jdbc.query("select a.enterprise_id, count(*), sum(case when a.passed then 1 else 0 end) from"
                    + " training_attempt a where a.self_test = false and a.submitted_at >= ? and a.enterprise_id in ("
                    + ids + ") and " + a.sql() + " group by a.enterprise_id", rs -> {
                        long[] f = figures.get(rs.getObject(1, UUID.class));
                        f[3] = rs.getLong(2);
                        f[4] = rs.getLong(3);
                    }, concat(concat(new Object[] {yearStart}, idArgs), a.argArray()));
            // expiry is the earlier of valid_until and the review date; reviews are per type: read the page's dates
            Map<String, CertificateType> byCode = new HashMap<>();
            types.findAll().forEach(t -> byCode.put(t.getCode(), t));
            SqlFragment c = scopes.current().sql("c");
            jdbc.query("select c.enterprise_id, c.type_code, c.issued_on, c.valid_until, c.reviewed_on from"
                    + " training_certificate c where c.enterprise_id in (" + ids + ") and " + c.sql(), rs -> {
                        CertificateType t = byCode.get(rs.getString(2));
                        CertificateTerms terms = new CertificateTerms(rs.getObject(3, LocalDate.class),
                                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                                t == null ? 0 : t.getReviewYears());
                        long[] f = figures.get(rs.getObject(1, UUID.class));
                        long left = terms.daysLeft(today);
                        if (left < 0) {
                            f[5]++;
                        } else if (left <= 90) {
                            f[6]++;
                        }
                    }, concat(idArgs, c.argArray()));
            SqlFragment d = scopes.current().sql("d");
            jdbc.query("select d.enterprise_id, count(*) from training_drill d where d.held_on >= ? and"
                    + " d.enterprise_id in (" + ids + ") and " + d.sql() + " group by d.enterprise_id", rs -> {
                        figures.get(rs.getObject(1, UUID.class))[7] = rs.getLong(2);
                    }, concat(concat(new Object[] {LocalDate.of(today.getYear(), 1, 1)}, idArgs), d.argArray()));
        }
        Map<UUID, EnterpriseSummary> names = new HashMap<>();
        enterprises.findAll(figures.keySet()).forEach(e -> names.put(e.id(), e));
        List<Row> rows = new ArrayList<>();
        figures.forEach((id, f) -> {
            EnterpriseSummary e = names.get(id);
            rows.add(new Row(id, e == null ? id.toString() : e.name(), e == null ? "" : e.regionCode(),
                    e == null ? List.of() : e.sectors().stream().sorted().toList(), f[0], f[1], f[2], f[3], f[4],
                    f[5], f[6], f[7]));
        });
        return new PageResponse<>(rows, page, size, total == null ? 0 : total);
    }

    private static Object[] concat(Object[] a, Object... b) {
        Object[] out = new Object[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static Object[] args(SqlFragment f, Object... first) {
        Object[] out = new Object[first.length + f.args().size()];
        System.arraycopy(first, 0, out, 0, first.length);
        for (int i = 0; i < f.args().size(); i++) {
            out[first.length + i] = f.args().get(i);
        }
        return out;
    }
}
