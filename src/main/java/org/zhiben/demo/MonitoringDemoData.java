package org.zhiben.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.identity.CurrentUser;
import org.zhiben.monitoring.MonitoredKind;
import org.zhiben.monitoring.MonitoringPoints;
import org.zhiben.monitoring.PointData;
import org.zhiben.monitoring.Quantity;
import org.zhiben.monitoring.ReadingInput;
import org.zhiben.monitoring.Readings;
import org.zhiben.risk.AnalysisUnitView;
import org.zhiben.risk.RiskInventory;

/**
 * Enterprise B's liquid ammonia tank farm (a major hazard source) gets four monitoring points — level, pressure,
 * temperature and ammonia concentration — with two hours of readings every two minutes (240 rows through the
 * ingestion service), including a level excursion to 高报 ten minutes ago that is still open. B is recorded as
 * 危化品重大危险源 and A (polishing dust extraction) as 重点粉尘涉爆 without points, so coverage shows one of two.
 * {@link MonitoringSimulator} keeps B's values moving. Skipped once B has points.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "zhiben.demo.enabled", havingValue = "true")
class MonitoringDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MonitoringDemoData.class);

    /** The simulated points: code, name, quantity, unit, range, LL, L, H, HH, dead band, baseline, noise. */
    record Sim(String code, String name, Quantity quantity, String unit, double rangeLow, double rangeHigh,
            Double lowLow, Double low, Double high, Double highHigh, double deadBand, double base, double noise) {
    }

    static final List<Sim> POINTS = List.of(
            new Sim("LT-101", "1号液氨储罐液位", Quantity.LEVEL, "m", 0, 10, 0.5, 1.0, 8.0, 9.0, 0.2, 5.6, 0.04),
            new Sim("PT-101", "1号液氨储罐压力", Quantity.PRESSURE, "MPa", 0, 2.5, null, 0.2, 1.6, 1.8, 0.05, 0.95, 0.01),
            new Sim("TT-101", "1号液氨储罐温度", Quantity.TEMPERATURE, "℃", -40, 60, null, null, 40.0, 45.0, 1.0, 18, 0.3),
            new Sim("AT-101", "罐区氨气浓度", Quantity.TOXIC_GAS, "ppm", 0, 100, null, null, 25.0, 50.0, 2.0, 2, 0.5));

    static final int INTERVAL_SECONDS = 30;

    private final MonitoringPoints points;
    private final Readings readings;
    private final RiskInventory inventory;
    private final UserDetailsService userDetails;
    private final TransactionTemplate tx;
    private final Clock clock;

    MonitoringDemoData(MonitoringPoints points, Readings readings, RiskInventory inventory,
            UserDetailsService userDetails, TransactionTemplate tx, Clock clock) {
        this.points = points;
        this.readings = readings;
        this.inventory = inventory;
        this.userDetails = userDetails;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        try {
            UUID b = runAs("ent.b.boss").enterpriseId();
            if (!points.ofEnterprise(b).isEmpty()) {
                return;
            }
            tx.executeWithoutResult(status -> seed(b));
            log.info("Demo monitoring points seeded at enterprise B in {} ms", DemoData.millisSince(start));
        } catch (UsernameNotFoundException noDemoUsers) {
            log.info("Demo users missing, no demo monitoring");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed(UUID b) {
        UUID tankUnit = inventory.units(b, PageRequest.of(0, 200)).getContent().stream()
                .filter(u -> u.name().equals("液氨储罐及输送管线")).map(AnalysisUnitView::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo risk unit missing"));
        for (Sim s : POINTS) {
            points.create(b, new PointData(s.code(), s.name(), tankUnit, s.quantity(), s.unit(), dec(s.rangeLow()),
                    dec(s.rangeHigh()), dec(s.lowLow()), dec(s.low()), dec(s.high()), dec(s.highHigh()),
                    dec(s.deadBand()), INTERVAL_SECONDS, true), null);
        }
        Instant now = clock.instant();
        Random random = new Random(18);
        List<ReadingInput> batch = new ArrayList<>();
        for (int i = 60; i >= 1; i--) {
            Instant ts = now.minus(Duration.ofMinutes(2L * i));
            for (Sim s : POINTS) {
                double v = s.base() + random.nextGaussian() * s.noise();
                if (s.code().equals("LT-101") && (i == 5 || i == 6)) {
                    v = i == 6 ? 8.25 : 8.4; // the level excursion to 高报, ten minutes ago
                }
                batch.add(new ReadingInput(s.code(), ts, Math.round(v * 1000) / 1000.0, 0));
            }
        }
        readings.ingest(b, batch);
        runAs("county.yjj");
        points.addDuty(b, MonitoredKind.HAZCHEM_MAJOR_SOURCE);
        UUID a = runAs("ent.a.safety").enterpriseId();
        runAs("county.yjj");
        points.addDuty(a, MonitoredKind.DUST_EXPLOSION);
    }

    private static BigDecimal dec(Double d) {
        return d == null ? null : BigDecimal.valueOf(d);
    }

    private CurrentUser runAs(String username) {
        CurrentUser user = (CurrentUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
