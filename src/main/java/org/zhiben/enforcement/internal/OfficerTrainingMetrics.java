package org.zhiben.enforcement.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.common.LiveMetric;
import org.zhiben.common.SectorSet;
import org.zhiben.common.SqlFragment;
import org.zhiben.common.Zones;

/**
 * {@code enforcement.officer.training.coverage}: the enforcement officers of the area whose 执法证 is valid at some day
 * of the current calendar year with at least one training record dated this year, over all such officers, in % (seed
 * 002 task 10, 执法人员培训全覆盖). For a sector-limited area, officers of any of its sectors or of every sector. No
 * officer: 0. The same rule as the coverage page's default period.
 */
@Configuration
class OfficerTrainingMetrics {

    @Bean
    LiveMetric enforcementOfficerTrainingCoverage(JdbcTemplate jdbc, Clock clock) {
        return LiveMetric.of("enforcement.officer.training.coverage", "安全监管执法人员年度培训覆盖率", "%", false, area -> {
            LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
            Date from = Date.valueOf(today.withDayOfYear(1));
            Date to = Date.valueOf(today.withMonth(12).withDayOfMonth(31));
            SqlFragment where = SqlFragment.of("o.region_code between ? and ?", area.low(), area.high());
            if (!area.sectors().isEmpty()) {
                where = where.and(SqlFragment.anyOf(java.util.List.of(
                        SqlFragment.of("o.sectors = ?", SectorSet.EMPTY.encode()),
                        SectorSet.anyOf("o.sectors", area.sectors()))));
            }
            Object[] args = new Object[4 + where.args().size()];
            args[0] = from;
            args[1] = to;
            args[2] = to;
            args[3] = from;
            for (int i = 0; i < where.args().size(); i++) {
                args[4 + i] = where.args().get(i);
            }
            return jdbc.query("select count(*), sum(case when exists (select 1 from enforcement_officer_training t"
                    + " where t.officer_id = o.id and t.trained_on between ? and ?) then 1 else 0 end)"
                    + " from enforcement_officer o where o.valid_from <= ? and o.valid_until >= ? and " + where.sql(),
                    rs -> {
                        rs.next();
                        long all = rs.getLong(1);
                        long ok = rs.getLong(2);
                        return all == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(ok * 100)
                                .divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_UP);
                    }, args);
        });
    }
}
