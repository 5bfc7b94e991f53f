package org.zhiben.campaign.rectification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.common.LiveMetric;
import org.zhiben.common.Zones;

/**
 * The 专项整治 ledgers' live metrics, each one query over the area's region range (these objects have no sector: an
 * area's sectors do not narrow them). A campaign milestone binds to them by key like to any other metric, e.g. 东关镇
 * task 12 "2025年5月底前全面完成自建房安全隐患整治" to 自建房排查覆盖率 ≥ 100 and 专项整治问题整改率 ≥ 100.
 * <ul>
 * <li>排查覆盖率 per ledger: objects checked at least once over objects registered, %; nothing registered: 0.</li>
 * <li>专项整治问题整改率: problems verified (销号) over all problems found, %, every ledger; no problem found: 100 when
 * any object was checked, else 0 (nothing examined is not a clean sheet).</li>
 * <li>专项整治逾期未整改问题: problems still 整改中 after their due date (lower is better).</li>
 * </ul>
 */
@Configuration
class RectificationMetrics {

    @Bean
    LiveMetric rectSelfBuiltCoverage(JdbcTemplate jdbc) {
        return coverage(jdbc, "campaign.rect.selfbuilt.coverage", "自建房排查覆盖率", Ledger.SELF_BUILT);
    }

    @Bean
    LiveMetric rectGasCoverage(JdbcTemplate jdbc) {
        return coverage(jdbc, "campaign.rect.gas.coverage", "燃气用户排查覆盖率", Ledger.GAS);
    }

    @Bean
    LiveMetric rectNineSmallCoverage(JdbcTemplate jdbc) {
        return coverage(jdbc, "campaign.rect.ninesmall.coverage", "九小场所排查覆盖率", Ledger.NINE_SMALL);
    }

    @Bean
    LiveMetric rectProblemRate(JdbcTemplate jdbc) {
        return LiveMetric.of("campaign.rect.problem.rate", "专项整治问题整改率", "%", false, area -> jdbc.query(
                "select (select count(*) from campaign_rect_problem p where p.region_code between ? and ?),"
                        + " (select count(*) from campaign_rect_problem p where p.state = 'VERIFIED'"
                        + " and p.region_code between ? and ?),"
                        + " (select count(*) from campaign_rect_object o where o.last_checked_on is not null"
                        + " and o.region_code between ? and ?)", rs -> {
                            rs.next();
                            long all = rs.getLong(1);
                            if (all == 0) {
                                return rs.getLong(3) > 0 ? BigDecimal.valueOf(100) : BigDecimal.ZERO;
                            }
                            return percent(rs.getLong(2), all);
                        }, area.low(), area.high(), area.low(), area.high(), area.low(), area.high()));
    }

    @Bean
    LiveMetric rectProblemOverdue(JdbcTemplate jdbc, Clock clock) {
        return LiveMetric.of("campaign.rect.problem.overdue", "专项整治逾期未整改问题", "项", true, area -> BigDecimal.valueOf(
                jdbc.queryForObject("select count(*) from campaign_rect_problem p where p.state = 'OPEN'"
                        + " and p.due_date < ? and p.region_code between ? and ?", Long.class,
                        LocalDate.now(clock.withZone(Zones.CHINA)), area.low(), area.high())));
    }

    private static LiveMetric coverage(JdbcTemplate jdbc, String key, String label, Ledger ledger) {
        return LiveMetric.of(key, label, "%", false, area -> jdbc.query("select count(*), sum(case when"
                + " o.last_checked_on is not null then 1 else 0 end) from campaign_rect_object o where o.ledger = ?"
                + " and o.region_code between ? and ?", rs -> {
                    rs.next();
                    long all = rs.getLong(1);
                    return all == 0 ? BigDecimal.ZERO : percent(rs.getLong(2), all);
                }, ledger.name(), area.low(), area.high()));
    }

    static BigDecimal percent(long part, long all) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_UP);
    }
}
