package org.zhiben.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.common.Ids;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardState;
import org.zhiben.hazard.HazardType;
import org.zhiben.hazard.ledger.HazardLedger;
import org.zhiben.hazard.ledger.LedgerFilter;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 1,000,000 hazards in PostgreSQL exported by {@link HazardLedger#exportXlsx} in a -Xmx512m JVM (peak heap reported),
 * against the raw limit: the same query read through plain JDBC with the same fetch size, no xlsx. Run with
 * {@code ./mvnw -B -Pbench -Dbench.test=HazardExportBenchmark test} (see docs/benchmarks.md).
 */
@SpringBootTest(properties = {
        "zhiben.demo.enabled=false",
        "zhiben.bootstrap.admin-password=Bench@12345",
        "zhiben.files.root=target/bench/files",
        "spring.datasource.username=${SPRING_DATASOURCE_USERNAME:postgres}",
        "spring.datasource.password=${SPRING_DATASOURCE_PASSWORD:}",
        "logging.level.org.zhiben=WARN"})
class HazardExportBenchmark {

    static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);
    static final int ENTERPRISES = 10_000;
    static final int BATCH = 5000;
    static final String[] PLACES = {"1号车间", "2号车间东门", "原料库", "成品库", "配电室", "锅炉房", "办公楼", "装卸区"};

    @Autowired
    HazardLedger ledger;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void exportMillionHazards() throws Exception {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("set SPRING_DATASOURCE_URL=jdbc:postgresql://…/zhiben_bench");
        }
        Path dir = Files.createDirectories(Path.of("target/bench"));
        jdbc.execute("truncate table hazard_hazard");
        long i0 = System.nanoTime();
        insert();
        double insertSeconds = EnterpriseImportBenchmark.seconds(i0);
        jdbc.execute("analyze hazard_hazard");
        assertThat(jdbc.queryForObject("select count(*) from hazard_hazard", Long.class)).isEqualTo(ROWS);

        EnterpriseImportBenchmark.signInAsAdmin();
        System.gc();
        EnterpriseImportBenchmark.resetPeaks();
        long gcBefore = EnterpriseImportBenchmark.gcMillis();
        Path file = dir.resolve("hazards-" + ROWS + ".xlsx");
        long e0 = System.nanoTime();
        long written;
        try (OutputStream out = Files.newOutputStream(file)) {
            written = ledger.exportXlsx(LedgerFilter.none(), out);
        }
        double exportSeconds = EnterpriseImportBenchmark.seconds(e0);
        long exportPeak = EnterpriseImportBenchmark.peakHeap();
        long exportGc = EnterpriseImportBenchmark.gcMillis() - gcBefore;
        assertThat(written).isEqualTo(ROWS);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            assertThat(pkg.getPartsByName(java.util.regex.Pattern.compile("/xl/worksheets/sheet\\d+\\.xml")))
                    .isNotEmpty();
        }

        System.gc();
        EnterpriseImportBenchmark.resetPeaks();
        long r0 = System.nanoTime();
        long read = rawRead();
        double rawSeconds = EnterpriseImportBenchmark.seconds(r0);
        long rawPeak = EnterpriseImportBenchmark.peakHeap();
        assertThat(read).isEqualTo(ROWS);

        String result = String.format(Locale.ROOT, """
                === HazardExportBenchmark %s ===
                database              %s (%s)
                JVM                   %s, max heap %d MiB, %d cpus
                rows                  %,d hazards of %,d enterprises (insert by JDBC batches, not timed: %.1f s)
                export (PG→xlsx)      %.2f s  = %,.0f rows/s   peak heap %d MiB, GC %d ms, file %.1f MiB
                raw JDBC read         %.2f s  = %,.0f rows/s   peak heap %d MiB (same query, fetch size 1000)
                ratio raw/export      %.3f (export reaches %.1f%% of the raw read rate)
                """, LocalDateTime.now().withNano(0), url, jdbc.queryForObject("select version()", String.class),
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors(),
                ROWS, ENTERPRISES, insertSeconds, exportSeconds, ROWS / exportSeconds, exportPeak, exportGc,
                Files.size(file) / 1048576.0, rawSeconds, ROWS / rawSeconds, rawPeak, rawSeconds / exportSeconds,
                100 * rawSeconds / exportSeconds);
        System.out.println(result);
        Files.writeString(dir.resolve("hazard-export-result.txt"), result);
        Files.deleteIfExists(file);
    }

    /** Fictional hazards: 10,000 enterprises over 2,000 villages, found 2021–2025, a fifth closed. */
    void insert() throws Exception {
        UUID[] enterprises = new UUID[ENTERPRISES];
        for (int e = 0; e < ENTERPRISES; e++) {
            enterprises[e] = Ids.newId();
        }
        HazardSource[] sources = HazardSource.values();
        HazardType[] types = HazardType.values();
        LocalDate start = LocalDate.of(2021, 1, 1);
        UUID reporter = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into hazard_hazard (id, enterprise_id, enterprise_name, region_code, sectors, source, level,
                        state, type, description, location, found_at, found_on, reported_by, reported_by_name, deadline,
                        funds, closed_at, closed_on, overdue, supervised, version, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")) {
                for (int i = 0; i < ROWS; i++) {
                    int e = i % ENTERPRISES;
                    LocalDate found = start.plusDays(i % 1800);
                    boolean closed = i % 5 == 0;
                    Timestamp foundAt = Timestamp.from(found.atTime(2, 0).toInstant(ZoneOffset.UTC));
                    String village = String.format("14%02d%02d%03d%03d", e % 2 + 1, e % 5 + 1, e % 10 + 1, e % 20 + 1);
                    ps.setObject(1, Ids.newId());
                    ps.setObject(2, enterprises[e]);
                    ps.setString(3, "虚构" + (e + 1) + "号有限公司");
                    ps.setString(4, village);
                    ps.setString(5, String.format(",%02d,", e % 25 + 1));
                    ps.setString(6, sources[i % sources.length].name());
                    ps.setString(7, (i % 50 == 0 ? HazardLevel.MAJOR : HazardLevel.GENERAL).name());
                    ps.setString(8, (closed ? HazardState.CLOSED : HazardState.RECTIFYING).name());
                    ps.setString(9, types[i % types.length].name());
                    ps.setString(10, "虚构隐患第" + i + "号:防护栏缺失,安全警示标志不清");
                    ps.setString(11, PLACES[i % PLACES.length]);
                    ps.setTimestamp(12, foundAt);
                    ps.setDate(13, Date.valueOf(found));
                    ps.setObject(14, reporter);
                    ps.setString(15, "基准测试");
                    ps.setDate(16, Date.valueOf(found.plusDays(30)));
                    ps.setBigDecimal(17, java.math.BigDecimal.valueOf(i % 1000, 0));
                    ps.setTimestamp(18, closed ? foundAt : null);
                    ps.setDate(19, closed ? Date.valueOf(found.plusDays(10)) : null);
                    ps.setBoolean(20, false);
                    ps.setBoolean(21, i % 500 == 0);
                    ps.setTimestamp(22, foundAt);
                    ps.setTimestamp(23, foundAt);
                    ps.addBatch();
                    if ((i + 1) % BATCH == 0 || i == ROWS - 1) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
        }
    }

    /** The raw limit: the export's query text over plain JDBC (autocommit off, fetch size 1000), every column read. */
    long rawRead() throws Exception {
        long n = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (PreparedStatement ps = c.prepareStatement("""
                    select h.id, h.enterprise_id, h.enterprise_name, h.region_code, h.sectors, h.source, h.level,
                      h.state, h.type, h.description, h.location, h.found_on, h.deadline, h.closed_on, h.supervised,
                      h.responsible_name, h.funds,
                      (case when h.state in ('REPORTED','CONFIRMED','RECTIFYING','AWAITING_ACCEPTANCE')
                        and (h.overdue = true or h.deadline < ?) then 1 else 0 end) as overdue_now,
                      (case when h.found_on < ? then 1 else 0 end) as stock
                    from hazard_hazard h order by h.found_on desc, h.id desc""")) {
                ps.setFetchSize(1000);
                ps.setObject(1, LocalDate.now());
                ps.setObject(2, LocalDate.of(2024, 1, 1));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        for (int col = 1; col <= 19; col++) {
                            rs.getObject(col);
                        }
                        n++;
                    }
                }
            }
            c.commit();
        }
        return n;
    }
}
