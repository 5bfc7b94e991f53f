package org.zhiben.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhiben.common.Ids;
import org.zhiben.common.Uscc;
import org.zhiben.directory.EnterpriseFilter;
import org.zhiben.directory.EnterpriseImportReport;
import org.zhiben.directory.EnterpriseXlsx;
import org.zhiben.directory.internal.EnterpriseSheetLayout;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end import of a generated 100,000-row sheet into PostgreSQL, then the raw limit: the same rows written
 * by plain JDBC batches. Run with {@code ./mvnw -B -Pbench test} (see docs/benchmarks.md); not part of the build.
 */
@SpringBootTest(properties = {
        "zhiben.demo.enabled=false",
        "zhiben.bootstrap.admin-password=Bench@12345",
        "zhiben.files.root=target/bench/files",
        "spring.datasource.username=${SPRING_DATASOURCE_USERNAME:postgres}",
        "spring.datasource.password=${SPRING_DATASOURCE_PASSWORD:}",
        "logging.level.org.zhiben=WARN"})
class EnterpriseImportBenchmark {

    static final int ROWS = Integer.getInteger("bench.rows", 100_000);
    static final int RAW_BATCH = 1000;
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高"};
    static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超"};
    static final String[] TRADES = {"化工", "机械", "建材", "食品", "物流", "冶金", "纺织", "电力", "矿业", "商贸"};
    static final String[] UNIT_TYPES = {"厂矿(企业)", "厂矿(企业)", "厂矿(企业)", "市(商)场", "学校(含幼儿园)", "医院",
            "景区", "车站", "营业网点", "村(社区)", "其它"};

    @Autowired
    EnterpriseXlsx xlsx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void importHundredThousandRows() throws Exception {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("set SPRING_DATASOURCE_URL=jdbc:postgresql://…/zhiben_bench");
        }
        Path dir = Files.createDirectories(Path.of("target/bench"));
        List<String> villages = regions();
        deleteEnterprises();

        long g0 = System.nanoTime();
        Path file = dir.resolve("enterprises-" + ROWS + ".xlsx");
        writeSheet(file, villages);
        double generateSeconds = seconds(g0);

        signInAsAdmin();
        System.gc();
        resetPeaks();
        long gcBefore = gcMillis();
        long t0 = System.nanoTime();
        EnterpriseImportReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = xlsx.importXlsx(in);
        }
        double importSeconds = seconds(t0);
        long importPeakHeap = peakHeap();
        long importGc = gcMillis() - gcBefore;
        assertThat(report.errors()).isEmpty();
        assertThat(report.created()).isEqualTo(ROWS);
        assertThat(count("directory_enterprise")).isEqualTo(ROWS);
        long sectorRows = count("directory_enterprise_sector");

        resetPeaks();
        long r0 = System.nanoTime();
        EnterpriseImportReport again;
        try (InputStream in = Files.newInputStream(file)) {
            again = xlsx.importXlsx(in);
        }
        double reimportSeconds = seconds(r0);
        long reimportPeakHeap = peakHeap();
        assertThat(again.unchanged()).isEqualTo(ROWS);
        assertThat(count("directory_enterprise")).isEqualTo(ROWS);

        resetPeaks();
        long e0 = System.nanoTime();
        Path exported = dir.resolve("export-" + ROWS + ".xlsx");
        try (OutputStream out = Files.newOutputStream(exported)) {
            xlsx.exportXlsx(EnterpriseFilter.none(), out);
        }
        double exportSeconds = seconds(e0);
        long exportPeakHeap = peakHeap();

        deleteEnterprises();
        long w0 = System.nanoTime();
        long rawSectorRows = rawInsert(villages);
        double rawSeconds = seconds(w0);
        assertThat(count("directory_enterprise")).isEqualTo(ROWS);
        assertThat(rawSectorRows).isEqualTo(sectorRows);

        String result = String.format(Locale.ROOT, """
                === EnterpriseImportBenchmark %s ===
                database              %s (%s)
                JVM                   %s, max heap %d MiB, %d cpus
                rows                  %,d enterprises + %,d sector rows over %,d villages
                sheet                 %s, %.1f MiB, generated in %.1f s (not timed)
                import (xlsx→PG)      %.2f s  = %,.0f rows/s   peak heap %d MiB, GC %d ms
                re-import (unchanged) %.2f s  = %,.0f rows/s   peak heap %d MiB
                export (PG→xlsx)      %.2f s  = %,.0f rows/s   peak heap %d MiB
                raw JDBC batch insert %.2f s  = %,.0f rows/s   (batches of %d, commit per batch)
                ratio raw/import      %.2f (import reaches %.0f%% of the raw insert rate)
                goal (import ≤ 30 s)  %s
                """, LocalDateTime.now().withNano(0), url, jdbc.queryForObject("select version()", String.class),
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors(),
                ROWS, sectorRows, villages.size(), file.getFileName(), Files.size(file) / 1048576.0, generateSeconds,
                importSeconds, ROWS / importSeconds, importPeakHeap, importGc,
                reimportSeconds, ROWS / reimportSeconds, reimportPeakHeap,
                exportSeconds, ROWS / exportSeconds, exportPeakHeap,
                rawSeconds, ROWS / rawSeconds, RAW_BATCH,
                rawSeconds / importSeconds, 100 * rawSeconds / importSeconds,
                importSeconds <= 30 ? "met" : "MISSED");
        System.out.println(result);
        Files.writeString(dir.resolve("enterprise-import-result.txt"), result);
    }

    // --- data: deterministic, fictional

    /** 2 cities × 5 counties × 10 towns × 20 communities under province 14; returns the village codes. */
    List<String> regions() {
        List<Object[]> rows = new ArrayList<>();
        List<String> villages = new ArrayList<>();
        rows.add(new Object[] {"140000000000", "虚构省", null, 1});
        for (int c = 1; c <= 2; c++) {
            String city = String.format("14%02d00000000", c);
            rows.add(new Object[] {city, "虚构市" + c, "140000000000", 2});
            for (int k = 1; k <= 5; k++) {
                String county = String.format("14%02d%02d000000", c, k);
                rows.add(new Object[] {county, "虚构县" + c + k, city, 3});
                for (int t = 1; t <= 10; t++) {
                    String town = String.format("14%02d%02d%03d000", c, k, t);
                    rows.add(new Object[] {town, "虚构街道" + c + k + t, county, 4});
                    for (int v = 1; v <= 20; v++) {
                        String village = String.format("14%02d%02d%03d%03d", c, k, t, v);
                        rows.add(new Object[] {village, "虚构社区" + c + k + t + "-" + v, town, 5});
                        villages.add(village);
                    }
                }
            }
        }
        jdbc.batchUpdate("insert into directory_region (code, name, parent_code, level) values (?, ?, ?, ?) "
                + "on conflict (code) do nothing", rows);
        return villages;
    }

    static String uscc(int i, String village) {
        StringBuilder serial = new StringBuilder();
        for (int n = i, k = 0; k < 7; k++, n /= 31) {
            serial.append("0123456789ABCDEFGHJKLMNPQRTUWXY".charAt(n % 31));
        }
        String first17 = "91" + village.substring(0, 6) + "MA" + serial.reverse();
        return first17 + Uscc.checkCharacter(first17);
    }

    static String person(int i) {
        return SURNAMES[i % SURNAMES.length] + GIVEN[(i / 7) % GIVEN.length] + (i % 3 == 0 ? GIVEN[(i / 3) % GIVEN.length] : "");
    }

    /** The sheet row of enterprise i, in the layout's column order. */
    static String[] row(int i, List<String> villages) {
        String village = villages.get(i % villages.size());
        String sectors = String.format("%02d", i % 25 + 1) + (i % 3 == 0 ? ";" + String.format("%02d", (i + 7) % 25 + 1) : "");
        return new String[] {
                uscc(i, village),
                "虚构" + (i + 1) + "号" + TRADES[i % TRADES.length] + "有限公司",
                UNIT_TYPES[i % UNIT_TYPES.length],
                sectors,
                i % 7 == 0 ? null : String.valueOf((char) ('A' + i % 20)),
                village,
                "虚构路" + (i % 500 + 1) + "号",
                person(i),
                String.format("139%08d", i),
                i % 4 == 0 ? person(i + 1) : null,
                i % 4 == 0 ? String.format("0355-%07d", i) : null,
                person(i + 2),
                String.format("138%08d", i),
                i % 5 == 0 ? "规上" : "规下",
                i % 6 == 0 ? "是" : "否",
                new String[] {"一级", "二级", "三级", "未达标"}[i % 4],
                i % 50 == 0 ? "停产整顿" : "在营"};
    }

    /** Streams the sheet; every 10th row types the region code and phone as numbers, as people do. */
    static void writeSheet(Path file, List<String> villages) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet("企业名录");
            Row header = sheet.createRow(0);
            for (EnterpriseSheetLayout.Column c : EnterpriseSheetLayout.COLUMNS) {
                header.createCell(c.ordinal()).setCellValue(c.header());
            }
            for (int i = 0; i < ROWS; i++) {
                Row row = sheet.createRow(i + 1);
                String[] cells = row(i, villages);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] == null) {
                        continue;
                    }
                    boolean numeric = i % 10 == 0 && (c == EnterpriseSheetLayout.Column.REGION_CODE.ordinal()
                            || c == EnterpriseSheetLayout.Column.PRINCIPAL_PHONE.ordinal());
                    if (numeric) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
                    } else {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
    }

    // --- the raw limit

    /** The same rows with plain JDBC: no parsing, validation, entities or audit. Returns the sector rows written. */
    long rawInsert(List<String> villages) throws Exception {
        long sectorRows = 0;
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement enterprise = c.prepareStatement("""
                    insert into directory_enterprise (id, uscc, name, unit_type, industry_category, region_code, address,
                        principal_name, principal_phone, actual_controller_name, actual_controller_phone,
                        safety_manager_name, safety_manager_phone, scale, high_risk, standardization_grade, status,
                        created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""");
                    PreparedStatement sector = c.prepareStatement(
                            "insert into directory_enterprise_sector (enterprise_id, sector_code) values (?, ?)")) {
                for (int i = 0; i < ROWS; i++) {
                    var data = EnterpriseSheetLayout.parse(row(i, villages)).data();
                    UUID id = Ids.newId();
                    enterprise.setObject(1, id);
                    enterprise.setString(2, data.uscc());
                    enterprise.setString(3, data.name());
                    enterprise.setString(4, data.unitType().name());
                    enterprise.setString(5, data.industryCategory());
                    enterprise.setString(6, data.regionCode());
                    enterprise.setString(7, data.address());
                    enterprise.setString(8, data.principalName());
                    enterprise.setString(9, data.principalPhone());
                    enterprise.setString(10, data.actualControllerName());
                    enterprise.setString(11, data.actualControllerPhone());
                    enterprise.setString(12, data.safetyManagerName());
                    enterprise.setString(13, data.safetyManagerPhone());
                    enterprise.setString(14, data.scale().name());
                    enterprise.setBoolean(15, data.highRisk());
                    enterprise.setString(16, data.standardizationGrade().name());
                    enterprise.setString(17, data.status().name());
                    enterprise.setTimestamp(18, now);
                    enterprise.setTimestamp(19, now);
                    enterprise.addBatch();
                    for (String code : data.sectors()) {
                        sector.setObject(1, id);
                        sector.setString(2, code);
                        sector.addBatch();
                        sectorRows++;
                    }
                    if ((i + 1) % RAW_BATCH == 0 || i == ROWS - 1) {
                        enterprise.executeBatch();
                        sector.executeBatch();
                        c.commit();
                    }
                }
            }
        }
        return sectorRows;
    }

    // --- plumbing

    void deleteEnterprises() {
        jdbc.execute("truncate table directory_enterprise_sector, directory_enterprise_document, directory_enterprise");
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    static void signInAsAdmin() {
        CurrentUser admin = new CurrentUser(UUID.randomUUID(), "bench-admin", "基准测试管理员", Role.ADMIN, null, null,
                null, true, false, false, "x");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the last reset, MiB (an upper bound of the live peak). */
    static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
