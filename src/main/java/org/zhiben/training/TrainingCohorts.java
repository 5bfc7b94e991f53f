package org.zhiben.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.common.SectorSet;
import org.zhiben.common.SqlFragment;
import org.zhiben.identity.DataScopes;

/**
 * The principals' training campaign cohorts of the seeds (data, table {@code training_cohort}): in its year a cohort
 * asks the principals (主要负责人) of the enterprises of its sectors (or of metal-smelting enterprises) for at least
 * {@code minDays} days of training with 100 % participation.
 *
 * <p><b>Days.</b> A day of training is {@code hoursPerDay} 学时 (8 by default); a principal's days in a cohort's year
 * are the 初次培训 and 年度再培训 hours taken that year (01-01 to 12-31, both included, as recorded — hours credited by a
 * completed session are such rows, dated the session's day) divided by it. A principal <em>meets</em> the cohort when
 * those days reach {@code minDays} (3 days = 24 学时; 23.2 学时 is 2.9 days and does not). The participation rate is
 * the principals who meet it over the principals who apply, in %, one decimal; no principal: no rate.
 */
@Service
public class TrainingCohorts {

    private final JdbcTemplate jdbc;
    private final DataScopes scopes;

    TrainingCohorts(JdbcTemplate jdbc, DataScopes scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    public record Cohort(String code, String name, int year, List<String> sectors, boolean metalSmelting,
            BigDecimal minDays, BigDecimal hoursPerDay, int targetRate) {

        /** The 学时 a principal needs in the cohort's year. */
        public BigDecimal minHours() {
            return minDays.multiply(hoursPerDay);
        }
    }

    /** A cohort in an area: the principals who apply, those who meet it, and the rate (null when none apply). */
    public record Standing(Cohort cohort, long applying, long meeting, BigDecimal rate) {

        public boolean targetMet() {
            return rate != null && rate.compareTo(BigDecimal.valueOf(cohort.targetRate())) >= 0;
        }
    }

    /** Days of training for {@code hours} 学时 at {@code hoursPerDay} a day, one decimal, rounded down. */
    public static BigDecimal days(BigDecimal hours, BigDecimal hoursPerDay) {
        return hours.divide(hoursPerDay, 1, RoundingMode.DOWN);
    }

    @Transactional(readOnly = true)
    public List<Cohort> cohorts() {
        return jdbc.query("select code, name, cohort_year, sectors, metal_smelting, min_days, hours_per_day,"
                + " target_rate from training_cohort order by sort_order, code", (rs, n) -> new Cohort(
                        rs.getString(1), rs.getString(2), rs.getInt(3), Arrays.stream(rs.getString(4).split(","))
                                .filter(s -> !s.isBlank()).toList(), rs.getBoolean(5), rs.getBigDecimal(6),
                        rs.getBigDecimal(7), rs.getInt(8)));
    }

    /** Every cohort over the caller's scope. */
    @Transactional(readOnly = true)
    public List<Standing> standings() {
        SqlFragment scope = scopes.current().sql("p");
        List<Standing> out = new ArrayList<>();
        for (Cohort c : cohorts()) {
            out.add(standing(jdbc, c, scope));
        }
        return out;
    }

    /** The cohorts of {@code year} over an area given as a condition on {@code training_person p}. */
    public List<Standing> standings(int year, SqlFragment area) {
        return cohorts().stream().filter(c -> c.year() == year).map(c -> standing(jdbc, c, area)).toList();
    }

    /** The principals of {@code c} in {@code area} (a condition on alias {@code p}): one grouped query. */
    static Standing standing(JdbcTemplate jdbc, Cohort c, SqlFragment area) {
        SqlFragment applies = applies(c);
        List<Object> args = new ArrayList<>();
        args.add(LocalDate.of(c.year(), 1, 1));
        args.add(LocalDate.of(c.year(), 12, 31));
        args.add(c.minHours());
        args.addAll(applies.args());
        args.addAll(area.args());
        return jdbc.query("select count(*), sum(case when coalesce((select sum(h.hours) from training_hours h where"
                + " h.person_id = p.id and h.kind in ('INITIAL', 'YEARLY') and h.taken_on >= ? and h.taken_on <= ?),"
                + " 0) >= ? then 1 else 0 end) from training_person p where p.principal = true and (" + applies.sql()
                + ") and " + area.sql(), rs -> {
                    rs.next();
                    long all = rs.getLong(1);
                    long ok = rs.getLong(2);
                    return new Standing(c, all, ok, all == 0 ? null : BigDecimal.valueOf(ok * 100)
                            .divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_UP));
                }, args.toArray());
    }

    private static SqlFragment applies(Cohort c) {
        List<SqlFragment> any = new ArrayList<>();
        if (!c.sectors().isEmpty()) {
            any.add(SectorSet.anyOf("p.sectors", c.sectors()));
        }
        if (c.metalSmelting()) {
            any.add(SqlFragment.of("p.metal_smelting = true"));
        }
        return any.isEmpty() ? SqlFragment.of("1 = 0") : SqlFragment.anyOf(any);
    }
}
