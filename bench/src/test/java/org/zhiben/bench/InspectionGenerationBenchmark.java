package org.zhiben.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.inspection.InspectionTasks;

/**
 * One day's inspection tasks for 100,000 enterprises × 20 control-measure schedules on PostgreSQL, through
 * {@link InspectionTasks#generate}, then the raw limit: the same rows copied by one plain {@code INSERT … SELECT} into
 * a table with the same columns, keys and indexes. Run with
 * {@code ./mvnw -B -Pbench test -Dbench.test=InspectionGenerationBenchmark} (see docs/benchmarks.md).
 */
@SpringBootTest(properties = {
        "zhiben.demo.enabled=false",
        "zhiben.scheduling.enabled=false",
        "zhiben.bootstrap.admin-password=Bench@12345",
        "zhiben.files.root=target/bench/files",
        "spring.datasource.username=${SPRING_DATASOURCE_USERNAME:postgres}",
        "spring.datasource.password=${SPRING_DATASOURCE_PASSWORD:}",
        "logging.level.org.zhiben=WARN"})
class InspectionGenerationBenchmark {

    static final int ENTERPRISES = Integer.getInteger("bench.enterprises", 100_000);
    /** Monday 1 June 2026: daily, weekly, monthly and 8-hour windows open; the quarter (since 1 April) is caught up. */
    static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Autowired
    InspectionTasks tasks;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void generateOneDay() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("set SPRING_DATASOURCE_URL=jdbc:postgresql://…/zhiben_bench");
        }
        jdbc.execute("truncate inspection_task");
        jdbc.execute("delete from inspection_schedule");
        jdbc.execute("drop table if exists bench_raw_task");
        long t0 = System.nanoTime();
        // 20 schedules per enterprise: 14 daily, 2 daily on workdays, 1 weekly, 1 monthly, 1 quarterly, 1 every 8 h
        jdbc.update("""
                insert into inspection_schedule (id, enterprise_id, region_code, sectors, kind, measure_id, unit_id,
                    title, task_type, cycle, cycle_unit, source_cycle, source_cycle_unit, workday_type, active, version,
                    created_at, updated_at)
                select gen_random_uuid(), e.id, e.region, ',03,', 'MEASURE', gen_random_uuid(), gen_random_uuid(),
                    '单元' || m.n || ':管控措施' || m.n, case when m.n = 20 then 'BAOBAO_OPERATION' else 'DAILY' end,
                    case when m.n = 19 then 3 when m.n = 20 then 8 else 1 end,
                    case when m.n <= 16 then 'DAY' when m.n = 17 then 'WEEK' when m.n <= 19 then 'MONTH' else 'HOUR' end,
                    1, 'DAY', case when m.n in (15, 16) then 'WORKDAY' else 'EVERY_DAY' end, true, 0, now(), now()
                from (select gen_random_uuid() as id,
                        '9901' || lpad(cast(g % 100 as varchar), 2, '0') || lpad(cast(g % 1000 as varchar), 6, '0')
                            as region
                      from generate_series(1, ?) g) e
                cross join generate_series(1, 20) m(n)
                """, ENTERPRISES);
        jdbc.execute("vacuum analyze inspection_schedule");
        double seed = (System.nanoTime() - t0) / 1e9;

        long g0 = System.nanoTime();
        int generated = tasks.generate(DAY);
        double generate = (System.nanoTime() - g0) / 1e9;

        long r0 = System.nanoTime();
        int again = tasks.generate(DAY);
        double rerun = (System.nanoTime() - r0) / 1e9;

        jdbc.execute("create table bench_raw_task (like inspection_task including all)");
        long w0 = System.nanoTime();
        int raw = jdbc.update("insert into bench_raw_task select * from inspection_task");
        double rawSeconds = (System.nanoTime() - w0) / 1e9;
        jdbc.execute("drop table bench_raw_task");

        assertThat(generated).isEqualTo(ENTERPRISES * (16 + 1 + 1 + 1 + 3));
        assertThat(again).isZero();
        assertThat(raw).isEqualTo(generated);
        System.out.println(String.format(Locale.ROOT, """
                === inspection generation benchmark (%s) ===
                schedules              %,d (seeded in %.1f s)
                tasks generated        %,d in %.1f s (%,.0f rows/s)
                second run             %d rows in %.1f s (idempotent re-run)
                raw INSERT … SELECT    %,d in %.1f s (%,.0f rows/s)
                ratio raw/generate     %.2f
                """, DAY, ENTERPRISES * 20L, seed, generated, generate, generated / generate, again, rerun, raw,
                rawSeconds, raw / rawSeconds, rawSeconds / generate));
        jdbc.execute("truncate inspection_task");
        jdbc.execute("delete from inspection_schedule");
    }
}
