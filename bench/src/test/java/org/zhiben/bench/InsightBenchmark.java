package org.zhiben.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhiben.common.Ids;
import org.zhiben.common.RegionCode;
import org.zhiben.demo.ProvinceGenerator;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;
import org.zhiben.insight.ConsistencyReport;
import org.zhiben.insight.Metrics;
import org.zhiben.insight.StatsScope;
import org.zhiben.insight.SummaryMaintenance;

/**
 * Dashboard and ranking answers on a generated province (100,000 enterprises, 5,000,000 hazards over three years) in
 * PostgreSQL: p95 of {@link Metrics#overview} and {@link Metrics#ranking} at province and town scope, and in the same
 * run the naive GROUP BY over the hazard ledger for the same figures. Run with
 * {@code ./mvnw -B -Pbench test -Dbench.test=InsightBenchmark} (see docs/benchmarks.md); generates once per database.
 */
@SpringBootTest(properties = {
        "zhiben.demo.enabled=false",
        "zhiben.bootstrap.admin-password=Bench@12345",
        "zhiben.files.root=target/bench/files",
        "spring.datasource.username=${SPRING_DATASOURCE_USERNAME:postgres}",
        "spring.datasource.password=${SPRING_DATASOURCE_PASSWORD:}",
        "logging.level.org.zhiben=INFO"})
class InsightBenchmark {

    static final int ENTERPRISES = Integer.getInteger("bench.enterprises", 100_000);
    static final int HAZARDS = Integer.getInteger("bench.hazards", 5_000_000);
    static final int RUNS = Integer.getInteger("bench.runs", 40);
    static final boolean CHECK = Boolean.getBoolean("bench.check");
    static final boolean REBUILD = Boolean.getBoolean("bench.rebuild");
    static final String PROVINCE = "980000000000";

    @Autowired
    ProvinceGenerator generator;
    @Autowired
    Metrics metrics;
    @Autowired
    SummaryMaintenance maintenance;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void dashboardAndRankingAtProvinceAndTownScope() throws Exception {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("set SPRING_DATASOURCE_URL=jdbc:postgresql://…/zhiben_insight_bench");
        }
        StringBuilder report = new StringBuilder();
        Integer exists = jdbc.queryForObject("select count(*) from directory_region where code = ?", Integer.class,
                PROVINCE);
        if (exists == 0) {
            ProvinceGenerator.Result r = generator.generate(new ProvinceGenerator.Options("98", ENTERPRISES, HAZARDS,
                    42, LocalDate.now(), false));
            line(report, "generated %d enterprises, %d hazards and rebuilt the summaries in %.1f s", ENTERPRISES,
                    HAZARDS, r.millis() / 1000.0);
            if (r.check() != null) {
                line(report, "consistency check after generation: %s in %.1f s", r.check().consistent(),
                        r.check().millis() / 1000.0);
            }
        }
        if (REBUILD) {
            long t = System.currentTimeMillis();
            maintenance.rebuild();
            line(report, "rebuilt the summaries from the base tables in %.1f s", (System.currentTimeMillis() - t) / 1000.0);
        }
        jdbc.execute("vacuum analyze");
        line(report, "hazard_hazard rows: %d; insight_hazard_flow rows: %d; insight_hazard_open rows: %d;"
                + " insight_enterprise_count rows: %d", count("hazard_hazard"), count("insight_hazard_flow"),
                count("insight_hazard_open"), count("insight_enterprise_count"));

        List<String> towns = jdbc.queryForList("select code from directory_region where level = 4 and code like '98%'",
                String.class);
        Random rnd = new Random(1);
        LocalDate to = LocalDate.now();
        LocalDate from = to.withDayOfYear(1);
        Metrics.Period period = new Metrics.Period(from, to);
        signIn(PROVINCE);
        StatsScope province = metrics.scope(null, null);

        long[] provinceOverview = time(() -> metrics.overview(province, period));
        long[] provinceRanking = time(() -> metrics.ranking(province, period));
        long[] townOverview = time(() -> {
            signIn(towns.get(rnd.nextInt(towns.size())));
            return metrics.overview(metrics.scope(null, null), period);
        });
        long[] townRanking = time(() -> {
            signIn(towns.get(rnd.nextInt(towns.size())));
            return metrics.ranking(metrics.scope(null, null), period);
        });
        signIn(PROVINCE);
        StatsScope sector03 = metrics.scope(null, "03");
        long[] provinceSector = time(() -> metrics.overview(sector03, period));

        long[] naiveProvinceOverview = time(() -> naiveOverview(PROVINCE, from, to));
        long[] naiveProvinceRanking = time(() -> naiveRanking(PROVINCE, 4, from, to));
        long[] naiveTownOverview = time(() -> naiveOverview(towns.get(rnd.nextInt(towns.size())), from, to));
        long[] naiveTownRanking = time(() -> naiveRanking(towns.get(rnd.nextInt(towns.size())), 12, from, to));

        line(report, "");
        line(report, "| answer | summaries p50 / p95 (ms) | naive GROUP BY p50 / p95 (ms) | ratio of p95 |");
        line(report, "|---|---|---|---|");
        row(report, "province dashboard (overview)", provinceOverview, naiveProvinceOverview);
        row(report, "province ranking (cities)", provinceRanking, naiveProvinceRanking);
        row(report, "town dashboard (overview)", townOverview, naiveTownOverview);
        row(report, "town ranking (villages)", townRanking, naiveTownRanking);
        line(report, "| province dashboard, sector 03 | %d / %d | | |", provinceSector[0], provinceSector[1]);

        if (CHECK) {
            ConsistencyReport c = maintenance.check();
            line(report, "");
            line(report, "consistency check (full recount of %d hazards, %d enterprises): %s in %.1f s (rows differing:"
                    + " flow %d, open %d, enterprise %d, enterprise count %d)", c.hazards(), c.enterprises(),
                    c.consistent(), c.millis() / 1000.0, c.hazardFlowDiffs(), c.hazardOpenDiffs(), c.enterpriseDiffs(),
                    c.enterpriseCountDiffs());
            assertThat(c.consistent()).isTrue();
        }
        System.out.println("\n==== Insight benchmark ====\n" + report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/insight.md"), report.toString());
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static void line(StringBuilder b, String format, Object... args) {
        b.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    private static void row(StringBuilder b, String name, long[] fast, long[] naive) {
        line(b, "| %s | %d / %d | %d / %d | %.0f× |", name, fast[0], fast[1], naive[0], naive[1],
                (double) naive[1] / Math.max(1, fast[1]));
    }

    private void signIn(String region) {
        CurrentUser u = new CurrentUser(Ids.newId(), "bench", "基准", Role.OFFICIAL, region, null, null, true, false,
                false, "x");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
    }

    /** p50 and p95 in ms after three warm-up calls. */
    private static long[] time(Supplier<Object> call) {
        for (int i = 0; i < 3; i++) {
            call.get();
        }
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            call.get();
            ms.add((System.nanoTime() - t) / 1_000_000);
        }
        Collections.sort(ms);
        return new long[] {ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1)};
    }

    /** The same hazard figures straight from the ledger (what the dashboard would cost without summaries). */
    private Object naiveOverview(String region, LocalDate from, LocalDate to) {
        RegionCode code = RegionCode.of(region);
        jdbc.queryForList("select level, state, overdue, count(*),"
                + " sum(case when found_on between ? and ? and state <> 'REJECTED' then 1 else 0 end),"
                + " sum(case when closed_on between ? and ? then 1 else 0 end),"
                + " sum(case when closed_on between ? and ? and (deadline is null or closed_on <= deadline) then 1 else 0 end),"
                + " sum(case when found_on < ? then 1 else 0 end)"
                + " from hazard_hazard where region_code between ? and ? group by level, state, overdue",
                from, to, from, to, from, to, maintenance.baseline(), code.rangeLow(), code.rangeHigh());
        return jdbc.queryForList("select count(*) from directory_enterprise where region_code between ? and ?",
                code.rangeLow(), code.rangeHigh());
    }

    private Object naiveRanking(String region, int childPrefix, LocalDate from, LocalDate to) {
        RegionCode code = RegionCode.of(region);
        int prefix = code.level().depth() == 1 ? 4 : childPrefix;
        return jdbc.queryForList("select substring(region_code, 1, " + prefix + "), count(*),"
                + " sum(case when found_on between ? and ? and state <> 'REJECTED' then 1 else 0 end),"
                + " sum(case when state not in ('CLOSED', 'REJECTED') then 1 else 0 end),"
                + " sum(case when overdue then 1 else 0 end)"
                + " from hazard_hazard where region_code between ? and ? group by 1", from, to, code.rangeLow(),
                code.rangeHigh());
    }
}
