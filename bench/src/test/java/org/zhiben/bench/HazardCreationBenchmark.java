package org.zhiben.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhiben.common.Ids;
import org.zhiben.directory.EnterpriseData;
import org.zhiben.directory.EnterpriseScale;
import org.zhiben.directory.EnterpriseStatus;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.StandardizationGrade;
import org.zhiben.directory.UnitType;
import org.zhiben.identity.AccountForm;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;

/**
 * Hazard creation through the HTTP API by 32 concurrent clients (each an enterprise safety manager with a Bearer
 * token, closed loop: the next request when the previous answered), then the database's limit for the same work: 32
 * connections each writing the rows of a creation in one JDBC transaction; for comparison with earlier runs, single
 * hazard rows inserted with autocommit; and the ceiling of any API call on this stack: the same clients calling
 * {@code GET /api/v1/me}. Where Debian's {@code wrk} is installed, the creations and the ceiling are measured first
 * with it, outside the JVM (bench/wrk/), and the goal is judged on those figures. Run with
 * {@code ./mvnw -B -Pbench -Dbench.test=HazardCreationBenchmark test} against PostgreSQL (docs/benchmarks.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zhiben.demo.enabled=false",
        "zhiben.bootstrap.admin-password=Bench@12345",
        "zhiben.files.root=target/bench/files",
        "spring.datasource.username=${SPRING_DATASOURCE_USERNAME:postgres}",
        "spring.datasource.password=${SPRING_DATASOURCE_PASSWORD:}",
        "spring.datasource.hikari.maximum-pool-size=${bench.pool:40}",
        "server.tomcat.threads.max=64",
        "logging.level.org.zhiben=WARN"})
class HazardCreationBenchmark {

    static final int CLIENTS = Integer.getInteger("bench.clients", 32);
    static final int REQUESTS = Integer.getInteger("bench.requests", 300);
    static final int WARMUP = Integer.getInteger("bench.warmup", 60);
    static final int WRK_SECONDS = Integer.getInteger("bench.wrkSeconds", 30);
    static final int WRK_WARMUP = Integer.getInteger("bench.wrkWarmup", 60);
    static final String VILLAGE = "970101001001";

    @LocalServerPort
    int port;
    @Autowired
    Enterprises enterprises;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.datasource.url}")
    String jdbcUrl;
    @Value("${spring.datasource.username}")
    String username;
    @Value("${spring.datasource.password}")
    String password;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    record Client(UUID enterpriseId, String name, String token, UUID userId, String username) {
    }

    /**
     * One measured series: wall time, each call's latency, and the CPU spent meanwhile by this JVM without the client
     * threads (the application's share) and by all PostgreSQL processes (from /proc, Linux only; 0 elsewhere).
     */
    record Run(double seconds, long[] latenciesNanos, double serverCpuMillis, double databaseCpuMillis) {

        double perSecond() {
            return latenciesNanos.length / seconds;
        }

        double percentileMillis(double p) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1e6;
        }
    }

    @Test
    void thirtyTwoClientsCreateHazards() throws Exception {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("set SPRING_DATASOURCE_URL=jdbc:postgresql://…/zhiben_bench");
        }
        regions();
        List<Client> clients = clients();

        api(clients, WARMUP);
        holdForExternalClients(clients);
        Wrk wrkApi = null;
        Wrk wrkMe = null;
        if (Wrk.installed()) {
            // warm the JIT on both paths before either is measured: a cold server answers half as fast
            Wrk.run("create-hazards.lua", WRK_WARMUP, port);
            Wrk.run("me.lua", WRK_WARMUP, port);
            long before = count();
            wrkApi = Wrk.run("create-hazards.lua", WRK_SECONDS, port);
            assertThat(wrkApi.refused()).as("wrk: answers other than 201, time-outs, socket errors").isZero();
            assertThat(count() - before).as("hazards stored by the wrk run").isBetween(wrkApi.requests(),
                    wrkApi.requests() + CLIENTS);
            wrkMe = Wrk.run("me.lua", WRK_SECONDS, port);
            assertThat(wrkMe.refused()).isZero();
        }
        long before = count();
        Run api = api(clients, REQUESTS);
        assertThat(count() - before).isEqualTo((long) CLIENTS * REQUESTS);
        List<String> written = rowsWrittenPerCreation(clients.get(0));

        rawTransaction(clients, WARMUP);
        Run rawTx = rawTransaction(clients, REQUESTS);

        raw(clients, WARMUP);
        Run raw = raw(clients, REQUESTS);

        me(clients, WARMUP);
        Run me = me(clients, REQUESTS);

        // the issue's load generator is wrk outside the JVM; without it, the in-process clients (which share the
        // application's two cores) decide
        double ratio = (wrkApi != null ? wrkApi.perSecond() : api.perSecond()) / rawTx.perSecond();
        double p99 = wrkApi != null ? wrkApi.p99Millis() : api.percentileMillis(99);
        String external = wrkApi == null ? "wrk                   not installed: no run outside the JVM\n"
                : String.format(Locale.ROOT, """
                        wrk (outside the JVM, %d connections, %d s after %d s warm-up; answers other than 201/200: %d, %d)
                          POST /api/v1/hazards  %,.0f req/s   p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms
                            CPU per creation    application %.2f ms, PostgreSQL %.2f ms
                          GET /api/v1/me        %,.0f req/s   p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms
                          ratio wrk API/raw transaction %.2f   (API/ceiling %.2f)
                        """, CLIENTS, WRK_SECONDS, WRK_WARMUP, wrkApi.refused(), wrkMe.refused(),
                        wrkApi.perSecond(), wrkApi.p50Millis(), wrkApi.p95Millis(), wrkApi.p99Millis(),
                        wrkApi.maxMillis(), wrkApi.serverCpuMillis() / wrkApi.requests(),
                        wrkApi.databaseCpuMillis() / wrkApi.requests(),
                        wrkMe.perSecond(), wrkMe.p50Millis(), wrkMe.p95Millis(), wrkMe.p99Millis(), wrkMe.maxMillis(),
                        wrkApi.perSecond() / rawTx.perSecond(), wrkApi.perSecond() / wrkMe.perSecond());
        String result = String.format(Locale.ROOT, """
                === HazardCreationBenchmark %s ===
                database              %s (%s)
                JVM                   %s, max heap %d MiB, %d cpus
                load                  %d clients × %d requests (after %d warm-up each), closed loop
                API POST /api/v1/hazards  %.2f s = %,.0f req/s   p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms
                  CPU per creation    application %.2f ms (the in-process clients' own CPU taken out), PostgreSQL %.2f ms
                  rows per creation   %s
                raw JDBC transaction  %.2f s = %,.0f tx/s   p50 %.2f ms  p99 %.2f ms (the same rows in one transaction, %d connections)
                raw JDBC single-row insert %.2f s = %,.0f rows/s  p50 %.2f ms  p99 %.2f ms (autocommit, %d threads)
                ceiling GET /api/v1/me  %.2f s = %,.0f req/s   p50 %.1f ms  p99 %.1f ms (token check only, no write)
                ratio API/raw transaction  %.2f   (API/ceiling %.2f, API/single-row insert %.2f)
                %sgoal (p99 ≤ 100 ms, ratio to the raw transaction ≥ 0.5; wrk's figures when it ran)  %s
                """, LocalDateTime.now().withNano(0), url, jdbc.queryForObject("select version()", String.class),
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors(),
                CLIENTS, REQUESTS, WARMUP,
                api.seconds(), api.perSecond(), api.percentileMillis(50), api.percentileMillis(95),
                api.percentileMillis(99), api.percentileMillis(100),
                api.serverCpuMillis() / api.latenciesNanos().length, api.databaseCpuMillis() / api.latenciesNanos().length,
                written,
                rawTx.seconds(), rawTx.perSecond(), rawTx.percentileMillis(50), rawTx.percentileMillis(99), CLIENTS,
                raw.seconds(), raw.perSecond(), raw.percentileMillis(50), raw.percentileMillis(99), CLIENTS,
                me.seconds(), me.perSecond(), me.percentileMillis(50), me.percentileMillis(99),
                api.perSecond() / rawTx.perSecond(), api.perSecond() / me.perSecond(),
                api.perSecond() / raw.perSecond(), external, p99 <= 100 && ratio >= 0.5 ? "met" : "MISSED");
        System.out.println(result);
        Path dir = Files.createDirectories(Path.of("target/bench"));
        Files.writeString(dir.resolve("hazard-creation-result.txt"), result);
    }

    /** Each client sends {@code perClient} reports one after the other; all clients at once. */
    Run api(List<Client> clients, int perClient) throws Exception {
        return concurrently(clients, perClient, (client, i) -> {
            HttpClient http = HTTP.get();
            String body = """
                    {"enterpriseId":"%s","source":"DAILY","proposedLevel":"GENERAL","type":"EQUIPMENT",
                     "factorCode":"2103","description":"基准测试隐患 %d:冲床防护罩缺失","location":"一车间 %d 号冲床"}
                    """.formatted(client.enterpriseId(), i, i % 40);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/hazards"))
                    .header("Authorization", "Bearer " + client.token())
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", key())
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
        });
    }

    /**
     * The ceiling of any API call here: the same clients asking who they are, which costs HTTP, the security filters,
     * one token query and JSON, but no transaction and no write.
     */
    Run me(List<Client> clients, int perClient) throws Exception {
        return concurrently(clients, perClient, (client, i) -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                    .header("Authorization", "Bearer " + client.token()).timeout(Duration.ofSeconds(30)).GET().build();
            HttpResponse<String> response = HTTP.get().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
        });
    }

    /**
     * With {@code -Dbench.hold=SECONDS}: writes the port and the clients (token and enterprise, a line each) to
     * target/bench/ for an external load generator (bench/wrk/, run from another shell) and keeps the application up
     * that long before the measured runs.
     */
    void holdForExternalClients(List<Client> clients) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/bench"));
        Files.write(dir.resolve("clients.txt"), clients.stream().map(c -> c.token() + " " + c.enterpriseId()).toList());
        Files.writeString(dir.resolve("port.txt"), Integer.toString(port));
        long seconds = Long.getLong("bench.hold", 0);
        if (seconds > 0) {
            System.out.println("=== holding " + seconds + " s for external clients on port " + port);
            Thread.sleep(seconds * 1000);
        }
    }

    /**
     * One run of wrk (Debian's package) against this application with a script of bench/wrk/ (they read the clients
     * from target/bench/clients.txt): its own summary line, and the CPU this JVM and PostgreSQL spent meanwhile, all of
     * it the server's since the load comes from outside.
     */
    record Wrk(long requests, double seconds, long p50, long p95, long p99, long max, long refused,
            double serverCpuMillis, double databaseCpuMillis) {

        static final Pattern LINE = Pattern.compile("zhiben-wrk requests=(\\d+) seconds=([\\d.]+) p50=(\\d+) p95=(\\d+)"
                + " p99=(\\d+) max=(\\d+) refused=(\\d+)");

        static boolean installed() {
            return Boolean.parseBoolean(System.getProperty("bench.wrk", "true"))
                    && Files.isExecutable(Path.of("/usr/bin/wrk"));
        }

        static Wrk run(String script, int seconds, int port) throws Exception {
            long process0 = processCpuNanos();
            long database0 = postgresCpuMillis();
            Process wrk = new ProcessBuilder("/usr/bin/wrk", "-t2", "-c" + CLIENTS, "-d" + seconds + "s",
                    "-s", "bench/wrk/" + script, "http://127.0.0.1:" + port + "/").redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (wrk.waitFor() != 0) {
                throw new IllegalStateException("wrk failed: " + output);
            }
            double server = (processCpuNanos() - process0) / 1e6;
            long database = postgresCpuMillis() - database0;
            Matcher m = LINE.matcher(output);
            if (!m.find()) {
                throw new IllegalStateException("no summary line from wrk: " + output);
            }
            return new Wrk(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)), Long.parseLong(m.group(3)),
                    Long.parseLong(m.group(4)), Long.parseLong(m.group(5)), Long.parseLong(m.group(6)),
                    Long.parseLong(m.group(7)), server, database);
        }

        double perSecond() {
            return requests / seconds;
        }

        double p50Millis() {
            return p50 / 1e3;
        }

        double p95Millis() {
            return p95 / 1e3;
        }

        double p99Millis() {
            return p99 / 1e3;
        }

        double maxMillis() {
            return max / 1e3;
        }
    }

    /** A fresh key without the JDK's shared SecureRandom, so the clients do not queue on its lock. */
    static String key() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    static final String RAW_HAZARD = "insert into hazard_hazard (id, enterprise_id, enterprise_name, region_code,"
            + " sectors, source, level, state, type, factor_code, description, location, found_at, found_on,"
            + " reported_by, reported_by_name, reported_role, overdue, supervised, version, created_at, updated_at)"
            + " values (?, ?, ?, ?, ',03,', 'DAILY', 'GENERAL', 'REPORTED', 'EQUIPMENT', '2103', ?, ?, ?, ?, ?, ?,"
            + " 'ENTERPRISE_SAFETY_MANAGER', false, false, 0, ?, ?)";

    static void bindHazard(PreparedStatement ps, UUID id, Client client, int i, Timestamp now)
            throws java.sql.SQLException {
        ps.setObject(1, id);
        ps.setObject(2, client.enterpriseId());
        ps.setString(3, client.name());
        ps.setString(4, VILLAGE);
        ps.setString(5, "基准测试隐患 " + i + ":冲床防护罩缺失");
        ps.setString(6, "一车间 " + (i % 40) + " 号冲床");
        ps.setTimestamp(7, now);
        ps.setObject(8, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        ps.setObject(9, client.userId());
        ps.setString(10, "安全员");
        ps.setTimestamp(11, now);
        ps.setTimestamp(12, now);
    }

    /** The same rows, one INSERT per row with autocommit, one connection of its own per thread (not the app's pool). */
    Run raw(List<Client> clients, int perClient) throws Exception {
        try (ThreadConnections connections = new ThreadConnections(true)) {
            return concurrently(clients, perClient, (client, i) -> {
                Connection c = connections.get();
                try (PreparedStatement ps = c.prepareStatement(RAW_HAZARD)) {
                    bindHazard(ps, Ids.newId(), client, i, Timestamp.from(Instant.now()));
                    ps.executeUpdate();
                }
            });
        }
    }

    /** The regions above an enterprise of the benchmark, with their level and parent, province first. */
    static final String[][] CHAIN = {
            {"970000000000", "1", "000000000000"}, {"970100000000", "2", "970000000000"},
            {"970101000000", "3", "970100000000"}, {"970101001000", "4", "970101000000"},
            {VILLAGE, "5", "970101001000"}};

    /**
     * The limit the creation is measured against: one JDBC transaction per creation, on a connection of its own per
     * thread, writing the rows the API's transaction writes (see {@link #rowsWrittenPerCreation}): the idempotency
     * key, the hazard, its timeline line, the audit entry, and the statistics deltas of the enterprise and of each of
     * its five regions (day and month, all sectors and its sector set). No reads, no JSON, no HTTP.
     */
    Run rawTransaction(List<Client> clients, int perClient) throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        LocalDate month = today.withDayOfMonth(1);
        StringBuilder flowSql = new StringBuilder("insert into insight_hazard_flow_delta (area, lvl, grain, kind,"
                + " period, sectors, level, closed, on_time, parent, n) values ");
        StringBuilder openSql = new StringBuilder("insert into insight_hazard_open_delta (area, lvl, sectors, level,"
                + " state, overdue, stock, parent, n) values ");
        int flowRows = 2 + CHAIN.length * 4;
        int openRows = 1 + CHAIN.length * 2;
        flowSql.append(String.join(", ", java.util.Collections.nCopies(flowRows,
                "(?, ?, ?, 'F', ?, ?, 'GENERAL', false, false, ?, 1)")));
        openSql.append(String.join(", ", java.util.Collections.nCopies(openRows,
                "(?, ?, ?, 'GENERAL', 'REPORTED', false, false, ?, 1)")));
        try (ThreadConnections connections = new ThreadConnections(false)) {
            return concurrently(clients, perClient, (client, i) -> {
                Connection c = connections.get();
                UUID id = Ids.newId();
                Timestamp now = Timestamp.from(Instant.now());
                String description = "基准测试隐患 " + i + ":冲床防护罩缺失";
                try (PreparedStatement key = c.prepareStatement("insert into common_idempotency_key (operation, caller,"
                        + " idem_key, fingerprint, resource_id, created_at) values ('hazard.report', ?, ?, ?, ?, ?)");
                        PreparedStatement hazard = c.prepareStatement(RAW_HAZARD);
                        PreparedStatement line = c.prepareStatement("insert into hazard_transition (hazard_id, action,"
                                + " actor_id, actor_name, at, from_state, note, seq, to_state, id) values (?, 'REPORT',"
                                + " ?, ?, ?, null, '日常·一般', 1, 'REPORTED', ?)");
                        PreparedStatement audit = c.prepareStatement("insert into audit_pending (occurred_at, actor,"
                                + " action, entity_type, entity_id, summary, before_state, after_state) values (?, ?,"
                                + " 'CREATE', 'Hazard', ?, ?, null, ?)");
                        PreparedStatement flow = c.prepareStatement(flowSql.toString());
                        PreparedStatement open = c.prepareStatement(openSql.toString())) {
                    key.setString(1, client.username());
                    key.setString(2, key());
                    key.setString(3, "3a42446653f983de6002e4b9a4cc98e11b03e12c1da2a513ce0b7df755dc5914");
                    key.setObject(4, id);
                    key.setTimestamp(5, now);
                    key.executeUpdate();
                    bindHazard(hazard, id, client, i, now);
                    hazard.executeUpdate();
                    line.setObject(1, id);
                    line.setObject(2, client.userId());
                    line.setString(3, "安全员");
                    line.setTimestamp(4, now);
                    line.setObject(5, Ids.newId());
                    line.executeUpdate();
                    audit.setTimestamp(1, now);
                    audit.setString(2, client.username());
                    audit.setString(3, id.toString());
                    audit.setString(4, "上报隐患 " + client.name() + ":" + description);
                    audit.setString(5, "{\"state\":\"REPORTED\",\"level\":\"GENERAL\",\"source\":\"DAILY\","
                            + "\"type\":\"EQUIPMENT\",\"manageType\":null,\"description\":\"" + description
                            + "\",\"foundOn\":\"" + today + "\",\"backdated\":false,\"deadline\":null,"
                            + "\"responsibleName\":null,\"measures\":null,\"overdue\":false,\"supervised\":false,"
                            + "\"signatures\":[],\"photos\":0}");
                    audit.executeUpdate();
                    int f = 1;
                    int o = 1;
                    String area = client.enterpriseId().toString();
                    for (Object[] grain : new Object[][] {{"D", today}, {"M", month}}) {
                        f = flowRow(flow, f, area, 6, grain, ",03,", VILLAGE);
                    }
                    o = openRow(open, o, area, 6, ",03,", VILLAGE);
                    for (String[] r : CHAIN) {
                        int level = Integer.parseInt(r[1]);
                        for (String sectors : new String[] {"*", ",03,"}) {
                            for (Object[] grain : new Object[][] {{"D", today}, {"M", month}}) {
                                f = flowRow(flow, f, r[0], level, grain, sectors, r[2]);
                            }
                            o = openRow(open, o, r[0], level, sectors, r[2]);
                        }
                    }
                    flow.executeUpdate();
                    open.executeUpdate();
                    c.commit();
                } catch (Exception e) {
                    c.rollback();
                    throw e;
                }
            });
        }
    }

    static int flowRow(PreparedStatement ps, int at, String area, int level, Object[] grain, String sectors,
            String parent) throws java.sql.SQLException {
        ps.setString(at, area);
        ps.setInt(at + 1, level);
        ps.setString(at + 2, (String) grain[0]);
        ps.setObject(at + 3, grain[1]);
        ps.setString(at + 4, sectors);
        ps.setString(at + 5, parent);
        return at + 6;
    }

    static int openRow(PreparedStatement ps, int at, String area, int level, String sectors, String parent)
            throws java.sql.SQLException {
        ps.setString(at, area);
        ps.setInt(at + 1, level);
        ps.setString(at + 2, sectors);
        ps.setString(at + 3, parent);
        return at + 4;
    }

    /**
     * The rows one creation through the API adds, per table, counted around a single request (audit entries pending
     * or already chained; the statistics' delta rows until the next fold, which may in rare cases fall in between).
     */
    List<String> rowsWrittenPerCreation(Client client) throws Exception {
        String[] tables = {"common_idempotency_key", "hazard_hazard", "hazard_transition",
                "audit_pending + audit_entry", "insight_hazard_flow_delta", "insight_hazard_open_delta",
                "event_publication"};
        long[] before = new long[tables.length];
        for (int t = 0; t < tables.length; t++) {
            before[t] = rows(tables[t]);
        }
        api(List.of(client), 1);
        List<String> added = new ArrayList<>();
        for (int t = 0; t < tables.length; t++) {
            added.add(tables[t] + " " + (rows(tables[t]) - before[t]));
        }
        return added;
    }

    long rows(String tables) {
        return Arrays.stream(tables.split(" \\+ "))
                .mapToLong(t -> jdbc.queryForObject("select count(*) from " + t, Long.class)).sum();
    }

    /** A plain JDBC connection of its own per client thread (not the application's pool), all closed at the end. */
    class ThreadConnections implements AutoCloseable {

        private final boolean autoCommit;
        private final ThreadLocal<Connection> mine = new ThreadLocal<>();
        private final List<Connection> opened = new ArrayList<>();

        ThreadConnections(boolean autoCommit) {
            this.autoCommit = autoCommit;
        }

        Connection get() throws java.sql.SQLException {
            Connection c = mine.get();
            if (c == null) {
                c = DriverManager.getConnection(jdbcUrl, username, password);
                c.setAutoCommit(autoCommit);
                mine.set(c);
                synchronized (opened) {
                    opened.add(c);
                }
            }
            return c;
        }

        @Override
        public void close() throws java.sql.SQLException {
            for (Connection c : opened) {
                c.close();
            }
        }
    }

    interface Call {
        void run(Client client, int i) throws Exception;
    }

    static final ThreadLocal<HttpClient> HTTP = ThreadLocal.withInitial(() -> HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build());

    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static final LongAdder clientCpu = new LongAdder();

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** User and system CPU of every process named postgres so far, in ms (clock ticks of 10 ms); 0 without /proc. */
    static long postgresCpuMillis() {
        long ticks = 0;
        File[] processes = new File("/proc").listFiles((d, n) -> n.chars().allMatch(Character::isDigit));
        for (File p : processes == null ? new File[0] : processes) {
            try {
                String stat = Files.readString(p.toPath().resolve("stat"));
                int close = stat.lastIndexOf(')');
                if (!stat.substring(stat.indexOf('(') + 1, close).startsWith("postgres")) {
                    continue;
                }
                String[] f = stat.substring(close + 2).split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (Exception gone) {
                // the process ended meanwhile
            }
        }
        return ticks * 10;
    }

    static Run concurrently(List<Client> clients, int perClient, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Callable<long[]>> work = new ArrayList<>();
            for (Client client : clients) {
                work.add(() -> {
                    long cpu0 = THREADS.getCurrentThreadCpuTime();
                    long[] latencies = new long[perClient];
                    for (int i = 0; i < perClient; i++) {
                        long t = System.nanoTime();
                        call.run(client, i);
                        latencies[i] = System.nanoTime() - t;
                    }
                    clientCpu.add(THREADS.getCurrentThreadCpuTime() - cpu0);
                    return latencies;
                });
            }
            long process0 = processCpuNanos();
            long database0 = postgresCpuMillis();
            long t0 = System.nanoTime();
            List<Future<long[]>> done = pool.invokeAll(work);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long process = processCpuNanos() - process0;
            long database = postgresCpuMillis() - database0;
            long[] all = new long[clients.size() * perClient];
            int k = 0;
            for (Future<long[]> f : done) {
                for (long l : f.get()) {
                    all[k++] = l;
                }
            }
            return new Run(seconds, all, (process - clientCpu.sumThenReset()) / 1e6, database);
        } finally {
            pool.shutdownNow();
        }
    }

    // --- setup: fictional province 97, one enterprise and one safety manager with an API token per client

    void regions() {
        jdbc.batchUpdate("insert into directory_region (code, name, parent_code, level) values (?, ?, ?, ?) "
                + "on conflict (code) do nothing", List.of(
                new Object[] {"970000000000", "基准省", null, 1},
                new Object[] {"970100000000", "基准市", "970000000000", 2},
                new Object[] {"970101000000", "基准县", "970100000000", 3},
                new Object[] {"970101001000", "基准街道", "970101000000", 4},
                new Object[] {VILLAGE, "基准社区", "970101001000", 5}));
    }

    List<Client> clients() {
        String run = Long.toString(System.currentTimeMillis(), 36);
        EnterpriseImportBenchmark.signInAsAdmin();
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            int n = (int) (System.currentTimeMillis() % 1_000_000) * 100 + i;
            String name = "基准" + run + "-" + i + "号机械有限公司";
            UUID id = enterprises.register(new EnterpriseData(EnterpriseImportBenchmark.uscc(n, VILLAGE), name,
                    UnitType.FACTORY_MINE, Set.of("03"), "C", VILLAGE, "基准路" + i + "号", "负责人" + i, "13900000000",
                    null, null, "安全员" + i, "13800000000", EnterpriseScale.ABOVE, false,
                    StandardizationGrade.GRADE_3, EnterpriseStatus.OPERATING), null);
            String username = "bench." + run + "." + i;
            UUID user = accounts.create(new AccountForm(username, "安全员" + i, "Bench@12345x",
                    Role.ENTERPRISE_SAFETY_MANAGER, null, null, id, null, true, false));
            clients.add(new Client(id, name, accounts.issueToken(user, "bench", 1).token(), user, username));
        }
        SecurityContextHolder.clearContext();
        return clients;
    }

    long count() {
        return jdbc.queryForObject("select count(*) from hazard_hazard", Long.class);
    }
}
