package org.zhiben.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.zhiben.directory.EnterpriseData;
import org.zhiben.directory.EnterpriseScale;
import org.zhiben.directory.EnterpriseStatus;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.StandardizationGrade;
import org.zhiben.directory.UnitType;
import org.zhiben.identity.AccountForm;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;
import org.zhiben.monitoring.MonitoringPoints;
import org.zhiben.monitoring.PointData;
import org.zhiben.monitoring.Quantity;
import org.zhiben.risk.AnalysisObjectData;
import org.zhiben.risk.AnalysisUnitData;
import org.zhiben.risk.ControlLevel;
import org.zhiben.risk.ObjectKind;
import org.zhiben.risk.RiskInventory;

/**
 * Monitoring ingestion on PostgreSQL through each path, in one run of the whole application: (1) the HTTP batch API
 * {@code POST /api/v1/monitoring/readings}, parallel gateways in a closed loop for a fixed time, readings/s accepted;
 * (2) MQTT, gateways publishing QoS 1 at a set rate to a Mosquitto of this benchmark's own (started on a free port)
 * that the application subscribes to ({@code zhiben.monitoring.mqtt.url}), readings/s stored, counted in the
 * database; (3) the raw limit, PostgreSQL {@code COPY} of as many equivalent rows into the same readings table.
 * During (1) and (2) readings crossing 高高报 are sent to probe points at known times, and the time until the alarm
 * row and the inbox notice exist is measured. Run with
 * {@code ./mvnw -B -Pbench test -Dbench.test=MonitoringIngestionBenchmark} against PostgreSQL (docs/benchmarks.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zhiben.demo.enabled=false",
        "zhiben.monitoring.simulator.enabled=false",
        "zhiben.bootstrap.admin-password=Bench@12345",
        "zhiben.files.root=target/bench/files",
        "spring.datasource.username=${SPRING_DATASOURCE_USERNAME:postgres}",
        "spring.datasource.password=${SPRING_DATASOURCE_PASSWORD:}",
        "spring.datasource.hikari.maximum-pool-size=${bench.pool:20}",
        "server.tomcat.threads.max=64",
        "logging.level.org.zhiben=WARN"})
class MonitoringIngestionBenchmark {

    static final int POINTS = Integer.getInteger("bench.points", 200);
    static final int PROBES = Integer.getInteger("bench.probes", 40);
    static final int HTTP_CLIENTS = Integer.getInteger("bench.httpClients", 4);
    static final int BATCH = Integer.getInteger("bench.batch", 1000);
    static final int SECONDS = Integer.getInteger("bench.seconds", 40);
    /** Seconds of warm-up before each path's measured window (HTTP, then MQTT). */
    static final int WARMUP = Integer.getInteger("bench.warmupSeconds", 10);
    static final int PUBLISHERS = Integer.getInteger("bench.publishers", 4);
    static final int MQTT_RATE = Integer.getInteger("bench.mqttRate", 15_000);
    static final int MQTT_INFLIGHT = Integer.getInteger("bench.mqttInflight", 1000);
    static final int BROKER_INFLIGHT = Integer.getInteger("bench.brokerInflight", 2000);
    static final int COPY_STREAMS = Integer.getInteger("bench.copyStreams", 2);
    static final String VILLAGE = "970101001001";
    static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    static final String PREFIX = "bench/" + RUN;

    static int brokerPort;
    static Process broker;

    @DynamicPropertySource
    static void mqtt(DynamicPropertyRegistry registry) throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            brokerPort = s.getLocalPort();
        }
        // a broker of our own: the application's subscriber acknowledges after commit, so the broker's in-flight
        // window (mosquitto's default is 20) bounds its batches; no queue limit, so nothing is dropped in a backlog
        Path conf = Files.createDirectories(Path.of("target/bench")).resolve("mosquitto.conf");
        Files.writeString(conf, "listener " + brokerPort + " 127.0.0.1\nallow_anonymous true\npersistence false\n"
                + "max_inflight_messages " + BROKER_INFLIGHT + "\nmax_queued_messages 0\n");
        String exe = Files.isExecutable(Path.of("/usr/sbin/mosquitto")) ? "/usr/sbin/mosquitto" : "mosquitto";
        broker = new ProcessBuilder(exe, "-c", conf.toAbsolutePath().toString()).redirectErrorStream(true)
                .redirectOutput(Path.of("target/bench/mosquitto.log").toFile()).start();
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try (Socket s = new Socket("127.0.0.1", brokerPort)) {
                break;
            } catch (IOException notYet) {
                if (System.nanoTime() > end) {
                    throw new IllegalStateException("mosquitto did not start on " + brokerPort);
                }
                Thread.sleep(100);
            }
        }
        registry.add("zhiben.monitoring.mqtt.url", () -> "tcp://127.0.0.1:" + brokerPort);
        registry.add("zhiben.monitoring.mqtt.client-id", () -> "zb-bench-" + RUN);
        registry.add("zhiben.monitoring.mqtt.topic-prefix", () -> PREFIX);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.destroy();
            broker.waitFor();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    Enterprises enterprises;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    RiskInventory inventory;
    @Autowired
    MonitoringPoints points;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.datasource.url}")
    String jdbcUrl;
    @Value("${spring.datasource.username}")
    String username;
    @Value("${spring.datasource.password}")
    String password;

    UUID enterpriseId;
    String token;
    List<String> loadCodes = new ArrayList<>();
    List<UUID> loadIds = new ArrayList<>();
    List<String> probeCodes = new ArrayList<>();
    Map<String, UUID> probeIds = new HashMap<>();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void ingestThroughEachPath() throws Exception {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("set SPRING_DATASOURCE_URL=jdbc:postgresql://…/zb_monbench");
        }
        setUp();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        // 1. HTTP batches: warm-up, then the measured window, with 高高报 probes over HTTP
        TimeCursor httpTime = new TimeCursor(now.minus(Duration.ofDays(3)));
        http(httpTime, WARMUP, null);
        long httpStoredBefore = acceptedOfLoadPoints();
        Probes httpProbes = new Probes(probeCodes.subList(0, PROBES / 2));
        HttpRun h = http(httpTime, SECONDS, httpProbes);
        long httpStored = acceptedOfLoadPoints() - httpStoredBefore;
        httpProbes.awaitAll();

        // 2. MQTT at a set rate, stored rows counted in the database: warm-up (drained), then the measured window with
        // probes over MQTT
        TimeCursor mqttTime = new TimeCursor(now.minus(Duration.ofDays(2)));
        MqttRun mqttWarmup = mqtt(mqttTime, WARMUP, null);
        Probes mqttProbes = new Probes(probeCodes.subList(PROBES / 2, PROBES));
        MqttRun m = mqtt(mqttTime, SECONDS, mqttProbes);
        mqttProbes.awaitAll();

        // 3. the raw limit: COPY of as many rows as the HTTP window stored, same table, same points, other times
        long copyRows = Math.max(httpStored, 100_000);
        double copySeconds = copy(copyRows, now.minus(Duration.ofDays(5)));

        double httpRate = h.accepted / h.seconds;
        double copyRate = copyRows / copySeconds;
        List<Long> alarmAll = new ArrayList<>(httpProbes.alarmMillis());
        alarmAll.addAll(mqttProbes.alarmMillis());
        List<Long> noticeAll = new ArrayList<>(httpProbes.noticeMillis());
        noticeAll.addAll(mqttProbes.noticeMillis());
        boolean httpMet = httpRate >= 20_000;
        boolean mqttMet = m.storedRate() >= 10_000;
        boolean ratioMet = httpRate / copyRate >= 0.5 && m.storedRate() / copyRate >= 0.5;
        boolean alarmMet = alarmAll.size() == PROBES && noticeAll.size() == PROBES && pct(noticeAll, 99) <= 1000;
        String result = String.format(Locale.ROOT, """
                === MonitoringIngestionBenchmark %s ===
                database              %s (%s)
                JVM                   %s, max heap %d MiB, %d cpus; machine load average at the end %s
                setup                 1 enterprise, %d load points + %d probe points (高高报 1.8 MPa), own mosquitto (max_inflight_messages %d, no queue limit)
                HTTP POST /api/v1/monitoring/readings  %d clients × batches of %d, closed loop, %d s after %d s warm-up
                  %,d readings accepted in %.1f s = %,.0f readings/s (%,d batches, p50 %.0f ms, p99 %.0f ms per batch); stored per database %,d
                MQTT QoS 1            %d publishers at %,d readings/s offered for %d s (%,d published, broker acks %,d), \
                after a warm-up of %d s (%,d stored, drained %.1f s after it)
                  stored during the window %,d = %,.0f readings/s; all stored after %.1f s more (%,d of %,d published, lost %,d)
                raw COPY              %,d rows into monitoring_reading, %d streams, %.2f s = %,.0f rows/s
                ratio path/raw        HTTP %.2f, MQTT %.2f
                alarm latency, publish → alarm row   HTTP p50 %s p95 %s p99 %s | MQTT p50 %s p95 %s p99 %s (ms, %d + %d probes)
                alarm latency, publish → inbox notice HTTP p50 %s p95 %s p99 %s | MQTT p50 %s p95 %s p99 %s (ms); all probes p99 %s ms
                goals  HTTP ≥ 20,000/s %s; MQTT ≥ 10,000/s %s; ratio ≥ 0.5 %s; alarm p99 ≤ 1 s %s
                """, LocalDateTime.now().withNano(0), url, jdbc.queryForObject("select version()", String.class),
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors(),
                loadAverage(), POINTS, PROBES, BROKER_INFLIGHT,
                HTTP_CLIENTS, BATCH, SECONDS, WARMUP,
                h.accepted, h.seconds, httpRate, h.batches, pctD(h.batchMillis, 50), pctD(h.batchMillis, 99), httpStored,
                PUBLISHERS, MQTT_RATE, SECONDS, m.published, m.acked, WARMUP, mqttWarmup.storedTotal,
                mqttWarmup.drainSeconds,
                m.storedInWindow, m.storedRate(), m.drainSeconds, m.storedTotal, m.published,
                m.published - m.storedTotal,
                copyRows, COPY_STREAMS, copySeconds, copyRate,
                httpRate / copyRate, m.storedRate() / copyRate,
                ms(httpProbes.alarmMillis(), 50), ms(httpProbes.alarmMillis(), 95), ms(httpProbes.alarmMillis(), 99),
                ms(mqttProbes.alarmMillis(), 50), ms(mqttProbes.alarmMillis(), 95), ms(mqttProbes.alarmMillis(), 99),
                httpProbes.codes.size(), mqttProbes.codes.size(),
                ms(httpProbes.noticeMillis(), 50), ms(httpProbes.noticeMillis(), 95), ms(httpProbes.noticeMillis(), 99),
                ms(mqttProbes.noticeMillis(), 50), ms(mqttProbes.noticeMillis(), 95), ms(mqttProbes.noticeMillis(), 99),
                ms(noticeAll, 99),
                httpMet ? "met" : "MISSED", mqttMet ? "met" : "MISSED", ratioMet ? "met" : "MISSED",
                alarmMet ? "met" : "MISSED")
                + "slowest probes to their notice (sent at, ms to the alarm row/notice), HTTP: " + httpProbes.slowest(5)
                + "\n  MQTT (beside the log's slow MQTT batches): " + mqttProbes.slowest(5) + "\n";
        System.out.println(result);
        Path dir = Files.createDirectories(Path.of("target/bench"));
        Files.writeString(dir.resolve("monitoring-ingestion-result.txt"), result);
        assertThat(h.accepted).isPositive();
        assertThat(m.storedTotal).isPositive();
    }

    // ------------------------------------------------------------------ setup

    void setUp() {
        jdbc.batchUpdate("insert into directory_region (code, name, parent_code, level) values (?, ?, ?, ?) "
                + "on conflict (code) do nothing", List.of(
                new Object[] {"970000000000", "基准省", null, 1},
                new Object[] {"970100000000", "基准市", "970000000000", 2},
                new Object[] {"970101000000", "基准县", "970100000000", 3},
                new Object[] {"970101001000", "基准街道", "970101000000", 4},
                new Object[] {VILLAGE, "基准社区", "970101001000", 5}));
        EnterpriseImportBenchmark.signInAsAdmin();
        int n = (int) (System.currentTimeMillis() % 1_000_000) * 100;
        enterpriseId = enterprises.register(new EnterpriseData(EnterpriseImportBenchmark.uscc(n, VILLAGE),
                "基准" + RUN + "液氨储运有限公司", UnitType.FACTORY_MINE, Set.of("03"), "C", VILLAGE, "基准路1号", "负责人",
                "13900000000", null, null, "安全员", "13800000000", EnterpriseScale.ABOVE, false,
                StandardizationGrade.GRADE_3, EnterpriseStatus.OPERATING), null);
        String manager = "bench.mon." + RUN;
        UUID user = accounts.create(new AccountForm(manager, "安全员", "Bench@12345x", Role.ENTERPRISE_SAFETY_MANAGER,
                null, null, enterpriseId, null, true, false));
        token = accounts.issueToken(user, "bench-gateway", 1).token();
        CurrentUser u = (CurrentUser) users.loadUserByUsername(manager);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        UUID object = inventory.addObject(enterpriseId, new AnalysisObjectData(ObjectKind.values()[0], "基准罐区", false,
                null), null);
        inventory.addUnit(object, new AnalysisUnitData("基准储罐单元", "生产部", "责任人", ControlLevel.values()[0]), null);
        UUID unit = inventory.units(enterpriseId, PageRequest.of(0, 1)).getContent().get(0).id();
        for (int i = 0; i < POINTS + PROBES; i++) {
            String code = (i < POINTS ? "PT" : "HH") + String.format(Locale.ROOT, "%04d", i);
            UUID id = points.create(enterpriseId, new PointData(code, "基准压力" + i, unit, Quantity.PRESSURE, "MPa",
                    BigDecimal.ZERO, new BigDecimal("2.5"), null, null, new BigDecimal("1.6"), new BigDecimal("1.8"),
                    new BigDecimal("0.05"), 86_400, true), null);
            if (i < POINTS) {
                loadCodes.add(code);
                loadIds.add(id);
            } else {
                probeCodes.add(code);
                probeIds.put(code, id);
            }
        }
        SecurityContextHolder.clearContext();
    }

    long acceptedOfLoadPoints() {
        Long n = jdbc.queryForObject("select coalesce(sum(s.accepted), 0) from monitoring_point_state s join "
                + "monitoring_point p on p.id = s.point_id where p.enterprise_id = ? and p.code like 'PT%'", Long.class,
                enterpriseId);
        return n == null ? 0 : n;
    }

    /** Per point, the next timestamp to send: one second after the last one sent (each point has one sender). */
    static final class TimeCursor {
        final long start;
        final AtomicLong[] next;

        TimeCursor(Instant start) {
            this.start = start.toEpochMilli();
            this.next = new AtomicLong[POINTS];
            for (int i = 0; i < POINTS; i++) {
                next[i] = new AtomicLong(this.start);
            }
        }

        long take(int point) {
            return next[point].getAndAdd(1000);
        }
    }

    static double value() {
        return Math.round((0.9 + ThreadLocalRandom.current().nextDouble() * 0.4) * 1000) / 1000.0;
    }

    // ------------------------------------------------------------------ HTTP

    record HttpRun(long accepted, double seconds, long batches, double[] batchMillis) {
    }

    static final Pattern ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)");

    HttpRun http(TimeCursor time, int seconds, Probes probes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(HTTP_CLIENTS + 1);
        AtomicBoolean go = new AtomicBoolean(true);
        AtomicLong accepted = new AtomicLong();
        List<Double> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> work = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int c = 0; c < HTTP_CLIENTS; c++) {
                int client = c;
                work.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(5)).build();
                    // this gateway's points: every HTTP_CLIENTS-th, so no two gateways lock the same point
                    List<Integer> mine = new ArrayList<>();
                    for (int i = client; i < POINTS; i += HTTP_CLIENTS) {
                        mine.add(i);
                    }
                    int k = 0;
                    while (go.get()) {
                        StringBuilder body = new StringBuilder(BATCH * 60).append('[');
                        for (int r = 0; r < BATCH; r++, k++) {
                            int p = mine.get(k % mine.size());
                            if (r > 0) {
                                body.append(',');
                            }
                            body.append("{\"pointCode\":\"").append(loadCodes.get(p)).append("\",\"ts\":")
                                    .append(time.take(p)).append(",\"value\":").append(value()).append('}');
                        }
                        body.append(']');
                        long t = System.nanoTime();
                        HttpResponse<String> response = http.send(post(body.toString()),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(response.statusCode() + " " + response.body());
                        }
                        Matcher m = ACCEPTED.matcher(response.body());
                        if (!m.find() || Integer.parseInt(m.group(1)) != BATCH) {
                            throw new IllegalStateException("not all accepted: " + response.body().substring(0,
                                    Math.min(300, response.body().length())));
                        }
                        if (go.get()) {
                            accepted.addAndGet(BATCH);
                            latencies.add((System.nanoTime() - t) / 1e6);
                        }
                    }
                    return null;
                }));
            }
            if (probes != null) {
                work.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newHttpClient();
                    probes.send(seconds, code -> {
                        String body = "[{\"pointCode\":\"" + code + "\",\"ts\":" + Instant.now().toEpochMilli()
                                + ",\"value\":2.0}]";
                        HttpResponse<String> r = http.send(post(body), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200 || !r.body().contains("\"accepted\":1")) {
                            throw new IllegalStateException(r.statusCode() + " " + r.body());
                        }
                    });
                    return null;
                }));
            }
            Thread.sleep(seconds * 1000L);
            go.set(false);
            double elapsed = (System.nanoTime() - t0) / 1e9;
            for (Future<?> f : work) {
                f.get();
            }
            double[] l = latencies.stream().mapToDouble(Double::doubleValue).toArray();
            return new HttpRun(accepted.get(), elapsed, l.length, l);
        } finally {
            pool.shutdownNow();
        }
    }

    HttpRequest post(String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/monitoring/readings"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    // ------------------------------------------------------------------ MQTT

    record MqttRun(long published, long acked, long storedInWindow, double windowSeconds, long storedTotal,
            double drainSeconds) {

        double storedRate() {
            return storedInWindow / windowSeconds;
        }
    }

    String topic(String code) {
        return PREFIX + "/" + enterpriseId + "/" + code;
    }

    static MqttAsyncClient gateway(String id) throws Exception {
        MqttAsyncClient c = new MqttAsyncClient("tcp://127.0.0.1:" + brokerPort, id, new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setMaxInflight(MQTT_INFLIGHT);
        o.setCleanSession(true);
        c.connect(o).waitForCompletion(10_000);
        return c;
    }

    /** Publishes at the offered rate for {@code seconds} (with the probes, if any), then waits until it is stored. */
    MqttRun mqtt(TimeCursor time, int seconds, Probes probes) throws Exception {
        long storedBefore = acceptedOfLoadPoints();
        ExecutorService pool = Executors.newFixedThreadPool(PUBLISHERS + 1);
        AtomicBoolean go = new AtomicBoolean(true);
        AtomicLong published = new AtomicLong();
        AtomicLong acked = new AtomicLong();
        List<MqttAsyncClient> clients = new ArrayList<>();
        try {
            List<Future<?>> work = new ArrayList<>();
            double perPublisher = MQTT_RATE / (double) PUBLISHERS;
            long t0 = System.nanoTime();
            for (int g = 0; g < PUBLISHERS; g++) {
                int gw = g;
                MqttAsyncClient c = gateway("bench-gw-" + RUN + "-" + g);
                clients.add(c);
                work.add(pool.submit(() -> {
                    Semaphore window = new Semaphore(MQTT_INFLIGHT - 10);
                    IMqttActionListener done = new IMqttActionListener() {
                        @Override
                        public void onSuccess(IMqttToken t) {
                            acked.incrementAndGet();
                            window.release();
                        }

                        @Override
                        public void onFailure(IMqttToken t, Throwable e) {
                            window.release();
                        }
                    };
                    List<Integer> mine = new ArrayList<>();
                    for (int i = gw; i < POINTS; i += PUBLISHERS) {
                        mine.add(i);
                    }
                    long sent = 0;
                    while (go.get()) {
                        double due = (System.nanoTime() - t0) / 1e9 * perPublisher;
                        if (sent >= due) {
                            Thread.sleep(1);
                            continue;
                        }
                        int p = mine.get((int) (sent % mine.size()));
                        String code = loadCodes.get(p);
                        MqttMessage msg = new MqttMessage(("{\"pointCode\":\"" + code + "\",\"ts\":" + time.take(p)
                                + ",\"value\":" + value() + "}").getBytes(StandardCharsets.UTF_8));
                        msg.setQos(1);
                        window.acquire();
                        c.publish(topic(code), msg, null, done);
                        sent++;
                        published.incrementAndGet();
                    }
                    return null;
                }));
            }
            if (probes != null) {
                MqttAsyncClient probeClient = gateway("bench-probe-" + RUN);
                clients.add(probeClient);
                work.add(pool.submit(() -> {
                    probes.send(seconds, code -> {
                        MqttMessage msg = new MqttMessage(("{\"pointCode\":\"" + code + "\",\"ts\":"
                                + Instant.now().toEpochMilli() + ",\"value\":2.0}").getBytes(StandardCharsets.UTF_8));
                        msg.setQos(1);
                        probeClient.publish(topic(code), msg);
                    });
                    return null;
                }));
            }
            long w0 = System.nanoTime();
            long atStart = acceptedOfLoadPoints();
            Thread.sleep(seconds * 1000L);
            long atEnd = acceptedOfLoadPoints();
            double window = (System.nanoTime() - w0) / 1e9;
            go.set(false);
            for (Future<?> f : work) {
                f.get();
            }
            // drain: until everything published is stored, or nothing moved for 20 s
            long d0 = System.nanoTime();
            long last = -1;
            long lastMove = System.nanoTime();
            long stored;
            while (true) {
                stored = acceptedOfLoadPoints() - storedBefore;
                if (stored >= published.get()) {
                    break;
                }
                if (stored != last) {
                    last = stored;
                    lastMove = System.nanoTime();
                } else if (System.nanoTime() - lastMove > Duration.ofSeconds(20).toNanos()) {
                    break;
                }
                Thread.sleep(200);
            }
            double drain = (System.nanoTime() - d0) / 1e9;
            return new MqttRun(published.get(), acked.get(), atEnd - atStart, window, stored, drain);
        } finally {
            for (MqttAsyncClient c : clients) {
                try {
                    c.disconnect().waitForCompletion(5_000);
                    c.close();
                } catch (Exception ignored) {
                    // the broker goes away with the run
                }
            }
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ alarm probes

    interface Send {
        void send(String code) throws Exception;
    }

    /**
     * One 高高报 reading per probe point, spread over the window; a watcher on a connection of its own polls every
     * 5 ms for the alarm rows and the inbox notices (link /monitoring/alarms/{id}) of the points sent.
     */
    final class Probes {
        final List<String> codes;
        final Map<UUID, Long> sentAt = new ConcurrentHashMap<>();
        final Map<UUID, Instant> sentWall = new ConcurrentHashMap<>();
        final Map<UUID, Long> alarmAt = new ConcurrentHashMap<>();
        final Map<UUID, Long> noticeAt = new ConcurrentHashMap<>();
        final Map<UUID, String> linkOf = new ConcurrentHashMap<>();
        Thread watcher;
        volatile boolean watching = true;

        Probes(List<String> codes) {
            this.codes = codes;
        }

        void send(int seconds, Send sender) throws Exception {
            watcher = new Thread(this::watch, "probe-watcher");
            watcher.start();
            long interval = seconds * 1000L / (codes.size() + 1);
            for (String code : codes) {
                Thread.sleep(interval);
                UUID point = probeIds.get(code);
                sentWall.put(point, Instant.now());
                sentAt.put(point, System.nanoTime());
                sender.send(code);
            }
        }

        void watch() {
            try (Connection c = DriverManager.getConnection(jdbcUrl, username, password);
                    PreparedStatement alarms = c.prepareStatement(
                            "select point_id, id from monitoring_alarm where point_id = any(?)");
                    PreparedStatement notices = c.prepareStatement(
                            "select distinct link from notify_notification where link = any(?)")) {
                while (watching) {
                    List<UUID> waiting = sentAt.keySet().stream().filter(p -> !alarmAt.containsKey(p)).toList();
                    if (!waiting.isEmpty()) {
                        alarms.setArray(1, c.createArrayOf("uuid", waiting.toArray()));
                        try (ResultSet rs = alarms.executeQuery()) {
                            long t = System.nanoTime();
                            while (rs.next()) {
                                UUID p = rs.getObject(1, UUID.class);
                                alarmAt.putIfAbsent(p, t);
                                linkOf.putIfAbsent(p, "/monitoring/alarms/" + rs.getObject(2, UUID.class));
                            }
                        }
                    }
                    Map<String, UUID> links = new HashMap<>();
                    linkOf.forEach((p, l) -> {
                        if (!noticeAt.containsKey(p)) {
                            links.put(l, p);
                        }
                    });
                    if (!links.isEmpty()) {
                        Array a = c.createArrayOf("varchar", links.keySet().toArray());
                        notices.setArray(1, a);
                        try (ResultSet rs = notices.executeQuery()) {
                            long t = System.nanoTime();
                            while (rs.next()) {
                                noticeAt.putIfAbsent(links.get(rs.getString(1)), t);
                            }
                        }
                    }
                    Thread.sleep(5);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** Waits until every probe's notice is seen (at most 60 s after the last was sent). */
        void awaitAll() throws InterruptedException {
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (noticeAt.size() < codes.size() && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            watching = false;
            if (watcher != null) {
                watcher.join();
            }
        }

        List<Long> alarmMillis() {
            return alarmAt.entrySet().stream().map(e -> (e.getValue() - sentAt.get(e.getKey())) / 1_000_000).toList();
        }

        /** The {@code n} probes slowest to their inbox notice: sent at, then ms to the alarm row / to the notice. */
        String slowest(int n) {
            return noticeAt.entrySet().stream()
                    .sorted(Comparator.comparingLong((Map.Entry<UUID, Long> e) -> e.getValue() - sentAt.get(e.getKey()))
                            .reversed())
                    .limit(n).map(e -> sentWall.get(e.getKey()).toString().substring(11, 23) + " "
                            + (alarmAt.getOrDefault(e.getKey(), -1L) - sentAt.get(e.getKey())) / 1_000_000 + "/"
                            + (e.getValue() - sentAt.get(e.getKey())) / 1_000_000)
                    .collect(Collectors.joining(", "));
        }

        List<Long> noticeMillis() {
            return noticeAt.entrySet().stream().map(e -> (e.getValue() - sentAt.get(e.getKey())) / 1_000_000).toList();
        }
    }

    // ------------------------------------------------------------------ COPY

    /** {@code rows} readings of the load points, one second apart per point from {@code start}, in COPY streams. */
    double copy(long rows, Instant start) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(COPY_STREAMS);
        String received = Instant.now().toString();
        try {
            List<Future<Long>> work = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int s = 0; s < COPY_STREAMS; s++) {
                int stream = s;
                work.add(pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(jdbcUrl, username, password)) {
                        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                        long share = rows / COPY_STREAMS + (stream < rows % COPY_STREAMS ? 1 : 0);
                        return copy.copyIn("copy monitoring_reading (point_id, ts, val, quality, received_at) from "
                                + "stdin", new RowReader(share, stream, start.toEpochMilli(), received));
                    }
                }));
            }
            long total = 0;
            for (Future<Long> f : work) {
                total += f.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(total).isEqualTo(rows);
            return seconds;
        } finally {
            pool.shutdownNow();
        }
    }

    /** COPY text rows generated on the fly; stream s takes points s, s+streams, …, so keys never collide. */
    final class RowReader extends Reader {
        final long rows;
        final List<Integer> mine = new ArrayList<>();
        final long start;
        final String received;
        long produced;
        final long[] offset;
        String pending = "";
        int pos;

        RowReader(long rows, int stream, long start, String received) {
            this.rows = rows;
            for (int i = stream; i < POINTS; i += COPY_STREAMS) {
                mine.add(i);
            }
            this.offset = new long[POINTS];
            this.start = start;
            this.received = received;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (pos >= pending.length()) {
                if (produced >= rows) {
                    return -1;
                }
                StringBuilder b = new StringBuilder(64 * 256);
                for (int i = 0; i < 256 && produced < rows; i++, produced++) {
                    int p = mine.get((int) (produced % mine.size()));
                    long ts = start + offset[p];
                    offset[p] += 1000;
                    b.append(loadIds.get(p)).append('\t').append(Instant.ofEpochMilli(ts)).append('\t')
                            .append(value()).append("\t0\t").append(received).append('\n');
                }
                pending = b.toString();
                pos = 0;
            }
            int n = Math.min(len, pending.length() - pos);
            pending.getChars(pos, pos + n, buf, off);
            pos += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    // ------------------------------------------------------------------ figures

    static double pctD(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static long pct(List<Long> values, double p) {
        if (values.isEmpty()) {
            return Long.MAX_VALUE;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static String ms(List<Long> values, double p) {
        return values.isEmpty() ? "–" : Long.toString(pct(values, p));
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }
}
