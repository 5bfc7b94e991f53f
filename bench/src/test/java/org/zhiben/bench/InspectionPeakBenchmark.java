package org.zhiben.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhiben.bench.HazardCreationBenchmark.Wrk;
import org.zhiben.common.Ids;
import org.zhiben.common.Zones;
import org.zhiben.demo.ProvinceGenerator;
import org.zhiben.identity.AccountForm;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;
import org.zhiben.inspection.InspectionTasks;

/**
 * The daily inspection peak on a generated province (100,000 enterprises × 20 control measures, the day's 2,200,000
 * tasks): 32 concurrent phone clients, each an enterprise worker with a Bearer token, complete today's tasks of their
 * enterprises through {@code POST /api/v1/inspection/tasks/{id}/records} with the answer and one ~200 KB JPEG photo
 * (closed loop); in the same run the raw limit, one JDBC transaction per completion writing the rows a completion
 * writes (and the photo file) from 32 connections of their own; then the worker's today page
 * ({@code GET /inspection/today}, HTML, signed in through the login form) timed at one and at 32 concurrent clients.
 * Run with {@code ./mvnw -B -Pbench test -Dbench.test=InspectionPeakBenchmark} (docs/benchmarks.md §10).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zhiben.demo.enabled=false",
        "zhiben.bootstrap.admin-password=Bench@12345",
        "zhiben.files.root=target/bench/files",
        "spring.datasource.username=${SPRING_DATASOURCE_USERNAME:postgres}",
        "spring.datasource.password=${SPRING_DATASOURCE_PASSWORD:}",
        "spring.datasource.hikari.maximum-pool-size=${bench.pool:40}",
        "server.tomcat.threads.max=64",
        "logging.level.org.zhiben=INFO"})
class InspectionPeakBenchmark {

    static final int ENTERPRISES = Integer.getInteger("bench.enterprises", 100_000);
    static final int HAZARDS = Integer.getInteger("bench.hazards", 300_000);
    static final int CLIENTS = Integer.getInteger("bench.clients", 32);
    static final int REQUESTS = Integer.getInteger("bench.requests", 250);
    static final int WARMUP = Integer.getInteger("bench.warmup", 50);
    static final int PAGES = Integer.getInteger("bench.pages", 100);
    static final int PHOTO_BYTES = Integer.getInteger("bench.photoKb", 200) * 1024;
    static final int WRK_SECONDS = Integer.getInteger("bench.wrkSeconds", 30);
    static final int WRK_WARMUP = Integer.getInteger("bench.wrkWarmup", 10);
    /** Tasks provided per second of a wrk run: more than the application completes, or wrk runs out (refused). */
    static final int WRK_RATE = Integer.getInteger("bench.wrkRate", 400);
    /** Tasks a fresh enterprise has open now, at least (22 a workday, the 8-hour tasks of other windows not open). */
    static final int OPEN_PER_ENTERPRISE = 18;
    static final String PROVINCE = "980000000000";
    static final String PASSWORD = "Bench@12345x";

    @LocalServerPort
    int port;
    @Autowired
    ProvinceGenerator generator;
    @Autowired
    InspectionTasks tasks;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Value("${spring.datasource.url}")
    String jdbcUrl;
    @Value("${spring.datasource.username}")
    String username;
    @Value("${spring.datasource.password}")
    String password;
    @Value("${zhiben.files.root}")
    Path filesRoot;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A task to complete: its id, its one item (the control measure) and its version. */
    record Task(UUID id, UUID itemId, long version, UUID enterpriseId, String regionCode, String sectors,
            String title, LocalDate dueDate) {
    }

    /** A worker of one enterprise: sign-in name, API token and the enterprise's tasks open now. */
    record Worker(UUID enterpriseId, String username, String token, Deque<Task> tasks) {
    }

    /** One client: the workers (enterprises) whose tasks it completes, one after the other. */
    record Client(List<Worker> workers) {

        synchronized Next next() {
            for (Worker w : workers) {
                Task t = w.tasks().poll();
                if (t != null) {
                    return new Next(w, t);
                }
            }
            throw new IllegalStateException("client ran out of tasks");
        }
    }

    record Next(Worker worker, Task task) {
    }

    @Test
    void dailyPeak() throws Exception {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("set SPRING_DATASOURCE_URL=jdbc:postgresql://…/zhiben_peak");
        }
        StringBuilder report = new StringBuilder();
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        Integer exists = jdbc.queryForObject("select count(*) from directory_region where code = ?", Integer.class,
                PROVINCE);
        if (exists == 0) {
            ProvinceGenerator.Result r = generator.generate(new ProvinceGenerator.Options("98", ENTERPRISES, HAZARDS,
                    42, today, false, false, true));
            line(report, "generated %,d enterprises with %d control measures and schedules each, today's tasks and"
                    + " %,d hazards in %.1f s", ENTERPRISES, ProvinceGenerator.MEASURES, HAZARDS, r.millis() / 1000.0);
            jdbc.execute("vacuum analyze");
        }
        long g0 = System.nanoTime();
        int generated = tasks.generate(today);
        line(report, "generate(%s): %,d new tasks in %.1f s (0 when the province was generated today)", today,
                generated, (System.nanoTime() - g0) / 1e9);
        if (generated > 0) {
            jdbc.execute("vacuum analyze inspection_task");
        }
        // what the quarter-hour job would do during the run: close the windows that ended (the 8-hour windows at 00:00,
        // 08:00 and 16:00 China time)
        long m0 = System.nanoTime();
        int missed = tasks.markMissed(clock.instant());
        line(report, "markMissed: %,d tasks in %.1f s", missed, (System.nanoTime() - m0) / 1e9);
        Timestamp now = Timestamp.from(clock.instant());
        line(report, "province: %,d enterprises, %,d schedules, %,d tasks whose window covers now, %,d tasks in all",
                count("select count(*) from directory_enterprise where region_code like '98%'"),
                count("select count(*) from inspection_schedule where region_code like '98%'"),
                jdbc.queryForObject("select count(*) from inspection_task where window_start <= ? and window_end > ?",
                        Long.class, now, now),
                count("select count(*) from inspection_task"));

        byte[] photo = jpeg(PHOTO_BYTES);
        byte[] photoBase64 = Base64.getEncoder().encode(photo);
        line(report, "photo: JPEG of %,d bytes (%,d in base64)", photo.length, photoBase64.length);

        int perClient = (WARMUP + REQUESTS + 20) / OPEN_PER_ENTERPRISE + 1;
        int wrkWarmup = Wrk.installed() ? WRK_WARMUP * WRK_RATE / OPEN_PER_ENTERPRISE + 1 : 0;
        int wrkMeasured = Wrk.installed() ? WRK_SECONDS * WRK_RATE / OPEN_PER_ENTERPRISE + 1 : 0;
        int inProcess = CLIENTS * perClient;
        long s0 = System.nanoTime();
        List<UUID> fresh = freshEnterprises(2 * inProcess + wrkWarmup + wrkMeasured);
        List<Client> clients = clients(fresh.subList(0, inProcess), perClient);
        List<Deque<Task>> rawQueues = rawQueues(fresh.subList(inProcess, 2 * inProcess), perClient);
        List<Worker> wrkWarmupWorkers = workers(fresh.subList(2 * inProcess, 2 * inProcess + wrkWarmup));
        List<Worker> wrkWorkers = workers(fresh.subList(2 * inProcess + wrkWarmup, fresh.size()));
        line(report, "setup: %d workers with a token (%d enterprises per client), %d enterprises for the raw"
                + " transactions, %d + %d workers for wrk, in %.1f s", inProcess, perClient, inProcess, wrkWarmup,
                wrkMeasured, (System.nanoTime() - s0) / 1e9);

        String load0 = loadAverage();
        api(clients, WARMUP, photoBase64);
        long records0 = count("select count(*) from inspection_record");
        String load1 = loadAverage();
        Run api = api(clients, REQUESTS, photoBase64);
        String load2 = loadAverage();
        assertThat(count("select count(*) from inspection_record") - records0).isEqualTo((long) CLIENTS * REQUESTS);

        // the issue's load generator: wrk outside the JVM, so the clients' work does not share the application's cores
        Wrk wrk = null;
        if (Wrk.installed()) {
            Files.write(Files.createDirectories(Path.of("target/bench")).resolve("photo.b64"), photoBase64);
            completionsFor(wrkWarmupWorkers);
            Wrk.run("complete-tasks.lua", WRK_WARMUP, port);
            completionsFor(wrkWorkers);
            long before = count("select count(*) from inspection_record");
            wrk = Wrk.run("complete-tasks.lua", WRK_SECONDS, port);
            assertThat(wrk.refused()).as("wrk: answers other than 201, time-outs, socket errors (or too few tasks:"
                    + " raise -Dbench.wrkRate)").isZero();
            assertThat(count("select count(*) from inspection_record") - before).as("records stored by the wrk run")
                    .isBetween(wrk.requests(), wrk.requests() + CLIENTS);
        }

        raw(rawQueues, WARMUP, photo);
        Run raw = raw(rawQueues, REQUESTS, photo);
        String load3 = loadAverage();

        List<HttpClient> sessions = signIn(clients);
        page(sessions.subList(0, 1), 10);
        Run pageOne = page(sessions.subList(0, 1), PAGES);
        page(sessions, 5);
        Run pageMany = page(sessions, PAGES / 2);

        // the goal is judged on wrk's figures when it ran, otherwise on the in-process clients'
        double perSecond = wrk != null ? wrk.perSecond() : api.perSecond();
        double p99 = wrk != null ? wrk.p99Millis() : api.percentileMillis(99);
        String external = wrk == null ? "wrk                   not installed: no run outside the JVM\n"
                : String.format(Locale.ROOT, """
                        wrk completion        %,.0f completions/s  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms \
                        (outside the JVM, %d connections, %d s after %d s warm-up)
                          CPU per completion  application %.2f ms, PostgreSQL %.2f ms
                          ratio wrk/raw       %.2f
                        """, wrk.perSecond(), wrk.p50Millis(), wrk.p95Millis(), wrk.p99Millis(), wrk.maxMillis(),
                        CLIENTS, WRK_SECONDS, WRK_WARMUP, wrk.serverCpuMillis() / wrk.requests(),
                        wrk.databaseCpuMillis() / wrk.requests(), wrk.perSecond() / raw.perSecond());
        String result = String.format(Locale.ROOT, """
                === InspectionPeakBenchmark %s ===
                database              %s (%s)
                JVM                   %s, max heap %d MiB, %d cpus
                %sload average        before warm-up %s; before the API run %s; after it %s; after the raw run %s
                load                  %d clients × %d completions (after %d warm-up each), closed loop
                API completion        %.2f s = %,.0f completions/s  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms \
                (in-process clients)
                raw JDBC transaction  %.2f s = %,.0f completions/s  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms (%d connections)
                ratio API/raw         %.2f
                %s                today page, 1 client  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms (%d requests)
                today page, %d clients p50 %.1f ms  p95 %.1f ms  p99 %.1f ms (%,.0f pages/s)
                goals: ≥ 300 completions/s with p99 ≤ 200 ms: %s; today page p95 ≤ 100 ms: %s (1 client), %s (%d clients)
                """, LocalDateTime.now().withNano(0), url, jdbc.queryForObject("select version()", String.class),
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors(),
                report, load0, load1, load2, load3, CLIENTS, REQUESTS, WARMUP,
                api.seconds(), api.perSecond(), api.percentileMillis(50), api.percentileMillis(95),
                api.percentileMillis(99), api.percentileMillis(100),
                raw.seconds(), raw.perSecond(), raw.percentileMillis(50), raw.percentileMillis(95),
                raw.percentileMillis(99), CLIENTS, api.perSecond() / raw.perSecond(), external,
                pageOne.percentileMillis(50), pageOne.percentileMillis(95), pageOne.percentileMillis(99), PAGES,
                sessions.size(), pageMany.percentileMillis(50), pageMany.percentileMillis(95),
                pageMany.percentileMillis(99), pageMany.perSecond(),
                perSecond >= 300 && p99 <= 200 ? "met" : "MISSED",
                pageOne.percentileMillis(95) <= 100 ? "met" : "MISSED",
                pageMany.percentileMillis(95) <= 100 ? "met" : "MISSED", sessions.size());
        System.out.println(result);
        Path dir = Files.createDirectories(Path.of("target/bench"));
        Files.writeString(dir.resolve("inspection-peak-result.txt"), result);
    }

    /** Each client completes {@code perClient} tasks one after the other: answer OK with a note and the photo. */
    Run api(List<Client> clients, int perClient, byte[] photoBase64) throws Exception {
        return concurrently(clients, perClient, (client, i) -> {
            Next next = client.next();
            byte[] head = ("{\"version\":" + next.task().version() + ",\"answers\":[{\"itemId\":\""
                    + next.task().itemId() + "\",\"result\":\"OK\",\"note\":\"已检查,措施落实\",\"photoBase64\":\"")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] tail = "\"}]}".getBytes(StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/v1/inspection/tasks/" + next.task().id() + "/records"))
                    .header("Authorization", "Bearer " + next.worker().token())
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", HazardCreationBenchmark.key())
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, photoBase64, tail))).build();
            HttpResponse<String> response = HazardCreationBenchmark.HTTP.get().send(request,
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
        });
    }

    /**
     * The raw limit: per completion one transaction on a connection of its own writing what the application writes —
     * the photo file (temporary file, SHA-256, atomic move), the idempotency key (insert, then its resource), the
     * task closed, its audit entry, the record and its answer, the record's audit entry, the statistics counter deltas
     * of the closed task (day and month at each region level and the enterprise, for each sector key) and the day's
     * record count — with the same statement shapes, no reads. No event publication: the leader-duty listener is
     * registered only for supervision tasks' records, and the statistics listen in the transaction itself.
     */
    Run raw(List<Deque<Task>> queues, int perClient, byte[] photo) throws Exception {
        List<Connection> opened = new ArrayList<>();
        ThreadLocal<Connection> connections = new ThreadLocal<>();
        try {
            return concurrently(queues, perClient, (queue, i) -> {
                Connection c = connections.get();
                if (c == null) {
                    c = DriverManager.getConnection(jdbcUrl, username, password);
                    c.setAutoCommit(false);
                    connections.set(c);
                    synchronized (opened) {
                        opened.add(c);
                    }
                }
                rawCompletion(c, queue.pop(), photo);
            });
        } finally {
            for (Connection c : opened) {
                c.close();
            }
        }
    }

    void rawCompletion(Connection c, Task t, byte[] photo) throws Exception {
        Files.createDirectories(filesRoot);
        Path tmp = Files.createTempFile(filesRoot, "upload", ".part");
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Files.write(tmp, photo);
        sha.update(photo);
        String photoKey = Ids.newId() + ".jpg";
        Files.move(tmp, filesRoot.resolve(photoKey), StandardCopyOption.ATOMIC_MOVE);
        HexFormat.of().formatHex(sha.digest());
        Timestamp now = Timestamp.from(Instant.now());
        UUID recordId = Ids.newId();
        String key = HazardCreationBenchmark.key();
        try {
            update(c, "insert into common_idempotency_key (operation, caller, idem_key, fingerprint, resource_id,"
                    + " created_at) values ('inspection.record', ?, ?, ?, ?, ?)", "raw.bench", key,
                    "f".repeat(64), new UUID(0, 0), now);
            update(c, "update inspection_task set status = 'DONE', record_id = ?, closed_at = ?, version = ?"
                    + " where id = ? and version = ?", recordId, now, t.version() + 1, t.id(), t.version());
            audit(c, "COMPLETE", "InspectionTask", t.id().toString(), "完成排查任务 " + t.title(), now);
            update(c, "insert into inspection_record (id, task_id, enterprise_id, region_code, sectors, source,"
                    + " recorded_by, recorded_by_name, recorded_at, recorded_on, findings)"
                    + " values (?, ?, ?, ?, ?, 'DAILY', ?, '基准员工', ?, ?, 0)", recordId, t.id(), t.enterpriseId(),
                    t.regionCode(), t.sectors(), t.enterpriseId(), now, LocalDate.now(Zones.CHINA));
            update(c, "insert into inspection_answer (id, record_id, position, item_id, item_content, major, result,"
                    + " note, photo_key, hazard_id) values (?, ?, 0, ?, ?, false, 'OK', '已检查,措施落实', ?, null)",
                    Ids.newId(), recordId, t.itemId(), "管控措施是否落实有效:" + t.title(), photoKey);
            audit(c, "CREATE", "InspectionRecord", recordId.toString(), "提交排查记录 " + t.title(), now);
            taskFlow(c, t);
            update(c, "insert into insight_inspection_day (enterprise_id, seen_on, region_code, sectors, records)"
                    + " values (?, ?, ?, ?, 1) on conflict on constraint insight_inspection_day_pk do update"
                    + " set records = insight_inspection_day.records + excluded.records", t.enterpriseId(),
                    LocalDate.now(Zones.CHINA), t.regionCode(), t.sectors());
            update(c, "update common_idempotency_key set resource_id = ? where operation = 'inspection.record'"
                    + " and caller = ? and idem_key = ?", recordId, "raw.bench", key);
            c.commit();
        } catch (Exception e) {
            c.rollback();
            throw e;
        }
    }

    private static void update(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    /** An audit entry as the audit trail appends it (chained later, in batches, by the application). */
    private void audit(Connection c, String action, String entity, String id, String summary, Timestamp at)
            throws Exception {
        update(c, "insert into audit_pending (occurred_at, actor, action, entity_type, entity_id, summary,"
                + " before_state, after_state) values (?, 'raw.bench', ?, ?, ?, ?, ?, ?)", at, action, entity, id,
                summary, action.equals("COMPLETE") ? "{\"status\":\"OPEN\",\"version\":0}" : null,
                "{\"status\":\"DONE\",\"version\":1,\"recordId\":\"" + id + "\"}");
    }

    /** The statistics' closed-task counter deltas: day and month rows at every region level and the enterprise. */
    private void taskFlow(Connection c, Task t) throws Exception {
        String code = t.regionCode();
        String[] areas = {code.substring(0, 2) + "0000000000", code.substring(0, 4) + "00000000",
                code.substring(0, 6) + "000000", code.substring(0, 9) + "000", code, t.enterpriseId().toString()};
        String[] parents = {"000000000000", areas[0], areas[1], areas[2], areas[3], code};
        // appended as deltas, as the application does since V90 (the fold job adds them up every second)
        try (PreparedStatement ps = c.prepareStatement("insert into insight_task_flow_delta (area, lvl, grain, period,"
                + " sectors, done, parent, n) values (?, ?, ?, ?, ?, true, ?, 1)")) {
            for (int level = 0; level < areas.length; level++) {
                for (String sectors : level == 5 ? List.of(t.sectors()) : List.of(t.sectors(), "*")) {
                    for (String grain : List.of("D", "M")) {
                        ps.setString(1, areas[level]);
                        ps.setShort(2, (short) (level + 1));
                        ps.setString(3, grain);
                        ps.setObject(4, grain.equals("D") ? t.dueDate() : t.dueDate().withDayOfMonth(1));
                        ps.setString(5, sectors);
                        ps.setString(6, parents[level]);
                        ps.addBatch();
                    }
                }
            }
            ps.executeBatch();
        }
    }

    /** Signs each client's first worker in through the login form; answers one cookie-keeping HTTP client each. */
    List<HttpClient> signIn(List<Client> clients) throws Exception {
        List<HttpClient> sessions = new ArrayList<>();
        Pattern csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
        for (Client client : clients) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
            String form = http.send(HttpRequest.newBuilder(URI.create(base() + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = csrf.matcher(form);
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            String body = "username=" + enc(client.workers().get(0).username()) + "&password=" + enc(PASSWORD)
                    + "&_csrf=" + enc(m.group(1));
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            String location = login.headers().firstValue("Location").orElse("");
            if (login.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("login failed: " + login.statusCode() + " " + location);
            }
            sessions.add(http);
        }
        return sessions;
    }

    /** Each session asks for its today page {@code perSession} times; every answer must be the page with tasks. */
    Run page(List<HttpClient> sessions, int perSession) throws Exception {
        return concurrently(sessions, perSession, (http, i) -> {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/inspection/today"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || !r.body().contains("/inspection/tasks/")) {
                throw new IllegalStateException("today page: " + r.statusCode());
            }
        });
    }

    record Run(double seconds, long[] latenciesNanos) {

        double perSecond() {
            return latenciesNanos.length / seconds;
        }

        double percentileMillis(double p) {
            long[] sorted = latenciesNanos.clone();
            java.util.Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1e6;
        }
    }

    interface Call<C> {
        void run(C owner, int i) throws Exception;
    }

    /** One thread per owner, each making {@code perOwner} calls one after the other (closed loop); all at once. */
    static <C> Run concurrently(List<C> owners, int perOwner, Call<C> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(owners.size());
        try {
            List<Callable<long[]>> work = new ArrayList<>();
            for (C owner : owners) {
                work.add(() -> {
                    long[] latencies = new long[perOwner];
                    for (int i = 0; i < perOwner; i++) {
                        long t = System.nanoTime();
                        call.run(owner, i);
                        latencies[i] = System.nanoTime() - t;
                    }
                    return latencies;
                });
            }
            long t0 = System.nanoTime();
            List<Future<long[]>> done = pool.invokeAll(work);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long[] all = new long[owners.size() * perOwner];
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

    // --- setup

    /** Enterprises of the province without any record yet, so all their tasks of today are open; random order. */
    List<UUID> freshEnterprises(int n) {
        List<UUID> ids = jdbc.queryForList("select e.id from directory_enterprise e where e.region_code like '98%'"
                + " and not exists (select 1 from inspection_record r where r.enterprise_id = e.id)"
                + " order by md5(cast(e.id as varchar) || ?) limit ?", UUID.class,
                Long.toString(System.currentTimeMillis()), n);
        if (ids.size() < n) {
            throw new IllegalStateException("only " + ids.size() + " enterprises without records left");
        }
        return ids;
    }

    /** Today's open tasks of an enterprise whose window covers now and stays open at least half an hour. */
    Deque<Task> openTasks(UUID enterprise) {
        Instant now = clock.instant();
        return new ArrayDeque<>(jdbc.query("select id, measure_id, version, enterprise_id, region_code, sectors, title,"
                + " due_date from inspection_task where enterprise_id = ? and status = 'OPEN' and window_start <= ?"
                + " and window_end > ? order by title", (rs, i) -> new Task(rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class), rs.getLong(3), rs.getObject(4, UUID.class), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getDate(8).toLocalDate()), enterprise, Timestamp.from(now),
                Timestamp.from(now.plus(Duration.ofMinutes(30)))));
    }

    List<Client> clients(List<UUID> enterprises, int perClient) {
        List<Worker> workers = workers(enterprises);
        List<Client> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(new Client(workers.subList(c * perClient, (c + 1) * perClient)));
        }
        return clients;
    }

    /** One 企业员工 account with an API token for each enterprise, with the enterprise's tasks open now. */
    List<Worker> workers(List<UUID> enterprises) {
        String run = Long.toString(System.nanoTime(), 36);
        EnterpriseImportBenchmark.signInAsAdmin();
        List<Worker> workers = new ArrayList<>();
        for (int k = 0; k < enterprises.size(); k++) {
            UUID enterprise = enterprises.get(k);
            String name = "peak." + run + "." + k;
            UUID user = accounts.create(new AccountForm(name, "员工" + k, PASSWORD, Role.ENTERPRISE_WORKER, null, null,
                    enterprise, null, true, false));
            workers.add(new Worker(enterprise, name, accounts.issueToken(user, "bench", 1).token(),
                    openTasks(enterprise)));
        }
        SecurityContextHolder.clearContext();
        return workers;
    }

    /**
     * The tasks of {@code workers} for wrk, one line each ("token task version item"), enterprises interleaved: 32
     * requests at a time go to as many enterprises, as 32 phones would.
     */
    static void completionsFor(List<Worker> workers) throws Exception {
        List<String> lines = new ArrayList<>();
        List<List<Task>> tasks = workers.stream().map(w -> List.copyOf(w.tasks())).toList();
        int most = tasks.stream().mapToInt(List::size).max().orElse(0);
        for (int k = 0; k < most; k++) {
            for (int w = 0; w < workers.size(); w++) {
                if (k < tasks.get(w).size()) {
                    Task t = tasks.get(w).get(k);
                    lines.add(workers.get(w).token() + " " + t.id() + " " + t.version() + " " + t.itemId());
                }
            }
        }
        Files.write(Files.createDirectories(Path.of("target/bench")).resolve("completions.txt"), lines);
    }

    List<Deque<Task>> rawQueues(List<UUID> enterprises, int perClient) {
        List<Deque<Task>> queues = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Deque<Task> q = new ArrayDeque<>();
            for (int k = 0; k < perClient; k++) {
                q.addAll(openTasks(enterprises.get(c * perClient + k)));
            }
            queues.add(q);
        }
        return queues;
    }

    /** A JPEG of about {@code bytes}: noise over a gradient, grown until it is large enough. */
    static byte[] jpeg(int bytes) throws Exception {
        Random rnd = new Random(7);
        for (int w = 320; ; w += 32) {
            int h = w * 3 / 4;
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int g = (x * 255 / w + rnd.nextInt(96)) & 0xFF;
                    image.setRGB(x, y, (g << 16) | ((y * 255 / h) << 8) | rnd.nextInt(256));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            if (out.size() >= bytes) {
                return out.toByteArray();
            }
        }
    }

    String base() {
        return "http://localhost:" + port;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
