package org.zhiben.hazard.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.common.LiveMetric;
import org.zhiben.common.SectorSet;
import org.zhiben.common.SqlFragment;
import org.zhiben.common.Zones;

/**
 * The major-hazard figures of the 治本攻坚三年行动 (DOMAIN.md §12, S8) offered as {@link LiveMetric}s, each one
 * counting query over hazard_hazard within the area's region range (and sectors, when given):
 * <ul>
 * <li>{@code hazard.major.open} — open major hazards (neither 销号 nor rejected): 动态清零 is this = 0;</li>
 * <li>{@code hazard.major.stock.open} — open major hazards found before the stock baseline
 * ({@code zhiben.hazard.baseline}, default 2024-01-01, exclusive): "2024年底前基本消除存量" is this = 0;</li>
 * <li>{@code hazard.major.found.year} — major hazards found since 1 January of the current (Shanghai) year, rejected
 * ones not counted: the increment to curb in 2025.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class MajorHazardMetrics {

    private static final String OPEN = "h.state not in ('CLOSED', 'REJECTED')";

    @Bean
    LiveMetric majorOpenMetric(JdbcTemplate jdbc) {
        return metric(jdbc, "hazard.major.open", "在办重大事故隐患", true, area -> SqlFragment.of(OPEN));
    }

    @Bean
    LiveMetric majorStockOpenMetric(JdbcTemplate jdbc, @Value("${zhiben.hazard.baseline:2024-01-01}") String baseline) {
        LocalDate base = LocalDate.parse(baseline);
        return metric(jdbc, "hazard.major.stock.open", "存量重大事故隐患未销号(" + base + "前排查发现)", true,
                area -> SqlFragment.of(OPEN + " and h.found_on < ?", base));
    }

    @Bean
    LiveMetric majorFoundThisYearMetric(JdbcTemplate jdbc, Clock clock) {
        return metric(jdbc, "hazard.major.found.year", "本年新排查重大事故隐患(增量)", true,
                area -> SqlFragment.of("h.state <> 'REJECTED' and h.found_on >= ?",
                        LocalDate.now(clock.withZone(Zones.CHINA)).withDayOfYear(1)));
    }

    private interface Condition {
        SqlFragment of(LiveMetric.Area area);
    }

    private static LiveMetric metric(JdbcTemplate jdbc, String key, String label, boolean lowerIsBetter,
            Condition condition) {
        return LiveMetric.of(key, label, "项", lowerIsBetter, area -> {
            SqlFragment where = SqlFragment.of("h.level = 'MAJOR' and h.region_code between ? and ?", area.low(),
                    area.high()).and(condition.of(area));
            if (!area.sectors().isEmpty()) {
                where = where.and(SectorSet.anyOf("h.sectors", area.sectors()));
            }
            Long n = jdbc.queryForObject("select count(*) from hazard_hazard h where " + where.sql(), Long.class,
                    where.argArray());
            return BigDecimal.valueOf(n == null ? 0 : n);
        });
    }
}
