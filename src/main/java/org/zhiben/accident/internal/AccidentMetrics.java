package org.zhiben.accident.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.accident.AccidentStatistics;
import org.zhiben.common.LiveMetric;
import org.zhiben.common.SectorSet;
import org.zhiben.common.SqlFragment;
import org.zhiben.common.Zones;

/**
 * The module's live metrics, each one query over the area for the current calendar year (Asia/Shanghai), counted
 * like the statistics ({@link AccidentStatistics#COUNTED}: voided accidents left out): 事故起数 and 死亡(含失踪)人数.
 * A campaign milestone binds them ("死亡人数下降"): a smaller value is the better one.
 */
@Configuration
class AccidentMetrics {

    @Bean
    LiveMetric accidentCountYear(JdbcTemplate jdbc, Clock clock) {
        return LiveMetric.of("accident.count.year", "本年事故起数", "起", true, area -> sum(jdbc, clock, "count(*)", area));
    }

    @Bean
    LiveMetric accidentDeathsYear(JdbcTemplate jdbc, Clock clock) {
        return LiveMetric.of("accident.deaths.year", "本年事故死亡(含失踪)人数", "人", true,
                area -> sum(jdbc, clock, "coalesce(sum(a.deaths + a.missing), 0)", area));
    }

    private static BigDecimal sum(JdbcTemplate jdbc, Clock clock, String aggregate, LiveMetric.Area area) {
        int year = LocalDate.now(clock.withZone(Zones.CHINA)).getYear();
        SqlFragment where = SqlFragment.of("a.region_code between ? and ?", area.low(), area.high());
        if (!area.sectors().isEmpty()) {
            where = where.and(SectorSet.anyOf("a.sectors", area.sectors()));
        }
        List<Object> args = new ArrayList<>();
        args.add(Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(Zones.CHINA).toInstant()));
        args.add(Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(Zones.CHINA).toInstant()));
        args.addAll(where.args());
        Long value = jdbc.queryForObject("select " + aggregate + " from accident_accident a where "
                + AccidentStatistics.COUNTED + " and a.occurred_at >= ? and a.occurred_at < ? and " + where.sql(),
                Long.class, args.toArray());
        return BigDecimal.valueOf(value == null ? 0 : value);
    }
}
