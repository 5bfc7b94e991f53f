package org.zhiben.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
 * token, closed loop: the next request when the previous answered), then the raw limit: 32 threads inserting
 * equivalent hazard rows one by one over plain JDBC with autocommit, and the ceiling of any API call on this stack: the
 * same clients calling {@code GET /api/v1/me}. Run with
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

    record Client(UUID enterpriseId, String name, String token) {
    }

    record Run(double seconds, long[] latenciesNanos) {

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
        long before = count();
        Run api = api(clients, REQUESTS);
        assertThat(count() - before).isEqualTo((long) CLIENTS * REQUESTS);

        raw(clients, WARMUP);
        Run raw = raw(clients, REQUESTS);

        me(clients, WARMUP);
        Run me = me(clients, REQUESTS);

        double ratio = api.perSecond() / raw.perSecond();
        String result = String.format(Locale.ROOT, """
                === HazardCreationBenchmark %s ===
                database              %s (%s)
                JVM                   %s, max heap %d MiB, %d cpus
                load                  %d clients × %d requests (after %d warm-up each), closed loop
                API POST /api/v1/hazards  %.2f s = %,.0f req/s   p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms
                raw JDBC single-row insert %.2f s = %,.0f rows/s  p50 %.2f ms  p99 %.2f ms (autocommit, %d threads)
                ceiling GET /api/v1/me  %.2f s = %,.0f req/s   p50 %.1f ms  p99 %.1f ms (token check only, no write)
                ratio API/raw         %.2f   (ceiling/raw %.2f, API/ceiling %.2f)
                goal (p99 ≤ 100 ms, ratio ≥ 0.3)  %s
                """, LocalDateTime.now().withNano(0), url, jdbc.queryForObject("select version()", String.class),
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors(),
                CLIENTS, REQUESTS, WARMUP,
                api.seconds(), api.perSecond(), api.percentileMillis(50), api.percentileMillis(95),
                api.percentileMillis(99), api.percentileMillis(100),
                raw.seconds(), raw.perSecond(), raw.percentileMillis(50), raw.percentileMillis(99), CLIENTS,
                me.seconds(), me.perSecond(), me.percentileMillis(50), me.percentileMillis(99),
                ratio, me.perSecond() / raw.perSecond(), api.perSecond() / me.perSecond(), api.percentileMillis(99) <= 100 && ratio >= 0.3 ? "met" : "MISSED");
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
        long seconds = Long.getLong("bench.hold", 0);
        if (seconds > 0) {
            Path dir = Files.createDirectories(Path.of("target/bench"));
            Files.write(dir.resolve("clients.txt"), clients.stream().map(c -> c.token() + " " + c.enterpriseId()).toList());
            Files.writeString(dir.resolve("port.txt"), Integer.toString(port));
            System.out.println("=== holding " + seconds + " s for external clients on port " + port);
            Thread.sleep(seconds * 1000);
        }
    }

    /** A fresh key without the JDK's shared SecureRandom, so the clients do not queue on its lock. */
    static String key() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** The same rows, one INSERT per row with autocommit, one connection of its own per thread (not the app's pool). */
    Run raw(List<Client> clients, int perClient) throws Exception {
        String sql = "insert into hazard_hazard (id, enterprise_id, enterprise_name, region_code, sectors, source, level,"
                + " state, type, factor_code, description, location, found_at, found_on, reported_by, reported_by_name,"
                + " overdue, supervised, version, created_at, updated_at)"
                + " values (?, ?, ?, ?, ',03,', 'DAILY', 'GENERAL', 'REPORTED', 'EQUIPMENT', '2103', ?, ?, ?, ?, ?, ?,"
                + " false, false, 0, ?, ?)";
        ThreadLocal<Connection> connections = new ThreadLocal<>();
        List<Connection> opened = new ArrayList<>();
        try {
            return concurrently(clients, perClient, (client, i) -> {
                Connection c = connections.get();
                if (c == null) {
                    c = DriverManager.getConnection(jdbcUrl, username, password);
                    c.setAutoCommit(true);
                    connections.set(c);
                    synchronized (opened) {
                        opened.add(c);
                    }
                }
                Timestamp now = Timestamp.from(Instant.now());
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setObject(1, Ids.newId());
                    ps.setObject(2, client.enterpriseId());
                    ps.setString(3, client.name());
                    ps.setString(4, VILLAGE);
                    ps.setString(5, "基准测试隐患 " + i + ":冲床防护罩缺失");
                    ps.setString(6, "一车间 " + (i % 40) + " 号冲床");
                    ps.setTimestamp(7, now);
                    ps.setObject(8, LocalDate.now());
                    ps.setObject(9, client.enterpriseId());
                    ps.setString(10, "基准测试");
                    ps.setTimestamp(11, now);
                    ps.setTimestamp(12, now);
                    ps.executeUpdate();
                }
            });
        } finally {
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

    static Run concurrently(List<Client> clients, int perClient, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Callable<long[]>> work = new ArrayList<>();
            for (Client client : clients) {
                work.add(() -> {
                    long[] latencies = new long[perClient];
                    for (int i = 0; i < perClient; i++) {
                        long t = System.nanoTime();
                        call.run(client, i);
                        latencies[i] = System.nanoTime() - t;
                    }
                    return latencies;
                });
            }
            long t0 = System.nanoTime();
            List<Future<long[]>> done = pool.invokeAll(work);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long[] all = new long[clients.size() * perClient];
            int k = 0;
            for (Future<long[]> f : done) {
                for (long l : f.get()) {
                    all[k++] = l;
                }
            }
            return new Run(seconds, all);
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
            clients.add(new Client(id, name, accounts.issueToken(user, "bench", 1).token()));
        }
        SecurityContextHolder.clearContext();
        return clients;
    }

    long count() {
        return jdbc.queryForObject("select count(*) from hazard_hazard", Long.class);
    }
}
