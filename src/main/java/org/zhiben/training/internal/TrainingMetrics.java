package org.zhiben.training.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.common.LiveMetric;
import org.zhiben.common.SectorSet;
import org.zhiben.common.SqlFragment;
import org.zhiben.common.Zones;
import org.zhiben.training.TrainingCohorts;
import org.zhiben.training.TrainingRules;

/**
 * The module's live metrics, each one query over the area: the principals' training rate (principals whose initial
 * hours meet the rule, 48 in high-risk sectors else 32, over all principals registered) and the high-risk staff pass
 * rate (people of high-risk enterprises and special operators with an exam passed this calendar year, self-tests
 * left out, over all of them), and the participation rate of this year's principals' campaign cohorts. No people: 0.
 */
@Configuration
class TrainingMetrics {

    @Bean
    LiveMetric trainingPrincipalRate(JdbcTemplate jdbc, TrainingRules rules) {
        return LiveMetric.of("training.principal.rate", "主要负责人培训率", "%", false, area -> {
            SqlFragment where = where(area);
            return ratio(jdbc, "select count(*), sum(case when coalesce((select sum(h.hours) from training_hours h"
                    + " where h.person_id = p.id and h.kind = 'INITIAL'), 0) >= case when p.high_risk then ? else ? end"
                    + " then 1 else 0 end) from training_person p where p.principal = true and " + where.sql(),
                    prepend(where, rules.managerInitialHoursHighRisk(), rules.managerInitialHours()));
        });
    }

    @Bean
    LiveMetric trainingHighRiskPassRate(JdbcTemplate jdbc, Clock clock) {
        return LiveMetric.of("training.highrisk.pass.rate", "高危行业从业人员考试合格率", "%", false, area -> {
            SqlFragment where = where(area);
            int year = LocalDate.now(clock.withZone(Zones.CHINA)).getYear();
            java.time.Instant from = LocalDate.of(year, 1, 1).atStartOfDay(Zones.CHINA).toInstant();
            return ratio(jdbc, "select count(*), sum(case when exists (select 1 from training_attempt a where"
                    + " a.person_id = p.id and a.self_test = false and a.passed = true and a.submitted_at >= ?)"
                    + " then 1 else 0 end) from training_person p where (p.high_risk = true or p.special_operator ="
                    + " true) and " + where.sql(), prepend(where, java.sql.Timestamp.from(from)));
        });
    }

    /**
     * The participation rate of this year's campaign cohorts ({@link TrainingCohorts}): the principals who reached the
     * cohort's days of training this year over those who apply, summed over the year's cohorts (a principal in two
     * cohorts counts in each). No cohort this year or no principal: 0.
     */
    @Bean
    LiveMetric trainingCohortRate(TrainingCohorts cohorts, Clock clock) {
        return LiveMetric.of("training.cohort.rate", "本年度主要负责人专题培训参训率", "%", false, area -> {
            int year = LocalDate.now(clock.withZone(Zones.CHINA)).getYear();
            long all = 0;
            long ok = 0;
            for (TrainingCohorts.Standing s : cohorts.standings(year, where(area))) {
                all += s.applying();
                ok += s.meeting();
            }
            return all == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(ok * 100).divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_UP);
        });
    }

    private static Object[] prepend(SqlFragment f, Object... first) {
        Object[] args = new Object[first.length + f.args().size()];
        System.arraycopy(first, 0, args, 0, first.length);
        for (int i = 0; i < f.args().size(); i++) {
            args[first.length + i] = f.args().get(i);
        }
        return args;
    }

    private static SqlFragment where(LiveMetric.Area area) {
        SqlFragment f = SqlFragment.of("p.region_code between ? and ?", area.low(), area.high());
        return area.sectors().isEmpty() ? f : f.and(SectorSet.anyOf("p.sectors", area.sectors()));
    }

    private static BigDecimal ratio(JdbcTemplate jdbc, String sql, Object[] args) {
        return jdbc.query(sql, rs -> {
            rs.next();
            long all = rs.getLong(1);
            long ok = rs.getLong(2);
            return all == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(ok * 100).divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_UP);
        }, args);
    }
}
