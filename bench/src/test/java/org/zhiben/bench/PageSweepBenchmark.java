package org.zhiben.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhiben.common.RegionCode;
import org.zhiben.demo.ProvinceGenerator;
import org.zhiben.directory.Departments;
import org.zhiben.identity.AccountForm;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;

/**
 * The heaviest official pages at province scale, over HTTP as a browser asks for them: on the generated province 98
 * (100,000 enterprises, 5,000,000 hazards; generated here when the database has none, as {@link InsightBenchmark}
 * does), officials of the province, a city, a county, a town and a sector-limited county department sign in through
 * the login form (session cookie and CSRF token) and each page is fetched {@code bench.warmup} times, then
 * {@code bench.runs} timed times, by one client, one request after the other. Prints page × role → p50 / p95 ms and
 * the HTTP status, also to target/bench/page-sweep.md. Run with
 * {@code ./mvnw -B -o -Pbench test -Dbench.test=PageSweepBenchmark} against PostgreSQL (docs/benchmarks.md §9);
 * {@code -Dbench.pages=REGEX} keeps only the pages whose name or path matches, {@code -Dbench.roles=province,town}
 * only those roles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zhiben.demo.enabled=false",
        "zhiben.bootstrap.admin-password=Bench@12345",
        "zhiben.files.root=target/bench/files",
        "spring.datasource.username=${SPRING_DATASOURCE_USERNAME:postgres}",
        "spring.datasource.password=${SPRING_DATASOURCE_PASSWORD:}",
        "logging.level.org.zhiben=WARN"})
class PageSweepBenchmark {

    static final int RUNS = Integer.getInteger("bench.runs", 20);
    static final int WARMUP = Integer.getInteger("bench.warmup", 2);
    static final long GOAL_MS = 300;
    static final String PROVINCE = "980000000000";
    static final String PASSWORD = "Bench@12345x";
    static final Pattern PAGES = Pattern.compile(System.getProperty("bench.pages", ".*"));
    static final Set<String> ROLES = Set.of(System.getProperty("bench.roles",
            "province,city,county,town,department").split(","));

    @LocalServerPort
    int port;
    @Autowired
    ProvinceGenerator generator;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Departments departments;
    @Autowired
    JdbcTemplate jdbc;
    /** The ledger's stock/increment boundary, as the application reads it. */
    @org.springframework.beans.factory.annotation.Value("${zhiben.hazard.baseline:2024-01-01}")
    LocalDate baseline;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    record Official(String key, String label, String username, String region) {
    }

    record Page(String name, String path) {
    }

    record Timing(long p50, long p95, String status) {
    }

    @Test
    void officialPagesAtProvinceScale() throws Exception {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("set SPRING_DATASOURCE_URL=jdbc:postgresql://…/zhiben_province");
        }
        if (jdbc.queryForObject("select count(*) from directory_region where code = ?", Integer.class, PROVINCE) == 0) {
            generator.generate(new ProvinceGenerator.Options("98", InsightBenchmark.ENTERPRISES,
                    InsightBenchmark.HAZARDS, 42, LocalDate.now(), false));
            jdbc.execute("vacuum analyze");
        }
        // the first city, its first county, that county's first town: the same places on every run
        String city = first("select min(code) from directory_region where level = 2 and parent_code = ?", PROVINCE);
        String county = first("select min(code) from directory_region where level = 3 and parent_code = ?", city);
        String town = first("select min(code) from directory_region where level = 4 and parent_code = ?", county);
        RegionCode t = RegionCode.of(town);
        // the town's enterprise with the most hazards: its detail tabs and 16号令 table are the heaviest there
        UUID enterprise = jdbc.queryForObject("select enterprise_id from hazard_hazard where region_code between ? and ?"
                + " group by enterprise_id order by count(*) desc, enterprise_id fetch first 1 rows only", UUID.class,
                t.rangeLow(), t.rangeHigh());
        String sector = first("select min(sector_code) from directory_enterprise_sector where enterprise_id = ?",
                enterprise);
        String name = first("select name from directory_enterprise where id = ?", enterprise);
        // a fragment of the generated names (测试 + two characters + trade + 有限公司 + number): the two characters
        // and the trade, about 25 enterprises of the province
        String fragment = name.substring(2, 6);

        List<Official> officials = officials(city, county, town, sector);
        List<Page> pages = pages(enterprise, fragment, sector, town);

        Map<String, Map<String, Timing>> table = new LinkedHashMap<>();
        List<String> missed = new ArrayList<>();
        for (Official o : officials) {
            Session s = new Session(port);
            s.login(o.username());
            List<Page> all = new ArrayList<>(pages);
            for (Page tab : s.tabs(enterprise)) { // the tabs the enterprise page shows this official
                if (PAGES.matcher(tab.name()).find() || PAGES.matcher(tab.path()).find()) {
                    all.add(tab);
                }
            }
            for (Page p : all) {
                Timing timing = s.time(p.path());
                table.computeIfAbsent(p.name() + " `" + p.path().replace(enterprise.toString(), "{id}") + "`",
                        k -> new LinkedHashMap<>()).put(o.key(), timing);
                if (timing.p95() > GOAL_MS || !timing.status().equals("200")) {
                    missed.add(o.label() + ": " + p.name() + " " + timing.p95() + " ms " + timing.status());
                }
                System.out.printf(Locale.ROOT, "%-10s %-40s p50 %5d p95 %5d %s%n", o.key(), p.name(), timing.p50(),
                        timing.p95(), timing.status());
            }
        }

        // the database's own limit for the heaviest part of the ledger pages: its exact counts, straight over JDBC
        Map<String, long[]> raw = new LinkedHashMap<>();
        if (PAGES.matcher("hazards").find()) {
            for (Official o : officials) {
                RegionCode r = RegionCode.of(o.region());
                raw.put("count(*) of the ledger, " + o.key(), timeSql(() -> jdbc.queryForObject("select count(*) from"
                        + " hazard_hazard h where h.region_code >= ? and h.region_code <= ?", Long.class,
                        r.rangeLow(), r.rangeHigh())));
                raw.put("stock/increment sums of the ledger, " + o.key(), timeSql(() -> jdbc.queryForMap("select"
                        + " sum(case when h.found_on < ? and h.state <> 'CLOSED' then 1 else 0 end) as a,"
                        + " sum(case when h.found_on < ? and h.state = 'CLOSED' then 1 else 0 end) as b,"
                        + " sum(case when h.found_on >= ? and h.state <> 'CLOSED' then 1 else 0 end) as c,"
                        + " sum(case when h.found_on >= ? and h.state = 'CLOSED' then 1 else 0 end) as d"
                        + " from hazard_hazard h where h.region_code >= ? and h.region_code <= ?"
                        + " and h.state <> 'REJECTED'", baseline, baseline, baseline, baseline, r.rangeLow(),
                        r.rangeHigh())));
            }
        }

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Page sweep %s on %s: %d enterprises, %d hazards; %d warm-up + %d timed"
                        + " GETs per page and official, one client, sequential; load average before: %s%n%n",
                LocalDateTime.now().withNano(0), url, count("directory_enterprise"), count("hazard_hazard"), WARMUP,
                RUNS, loadAverage()));
        report.append("Officials: ");
        officials.forEach(o -> report.append(o.key()).append(" = ").append(o.label()).append(" (")
                .append(o.region()).append("); "));
        report.append("enterprise ").append(name).append(" (").append(enterprise).append("), text fragment «")
                .append(fragment).append("», sector ").append(sector).append("\n\n");
        report.append("| page |");
        officials.forEach(o -> report.append(' ').append(o.key()).append(" |"));
        report.append("\n|---|");
        officials.forEach(o -> report.append("---|"));
        report.append('\n');
        table.forEach((page, byRole) -> {
            report.append("| ").append(page).append(" |");
            for (Official o : officials) {
                Timing x = byRole.get(o.key());
                report.append(x == null ? " – |" : String.format(Locale.ROOT, " %s%d / %d%s |",
                        x.p95() > GOAL_MS ? "**" : "", x.p50(), x.p95(), (x.p95() > GOAL_MS ? "**" : "")
                                + (x.status().equals("200") ? "" : " (" + x.status() + ")")));
            }
            report.append('\n');
        });
        if (!raw.isEmpty()) {
            report.append("\nThe database alone (same run, plain JDBC, no HTTP, no page):\n\n| statement | p50 / p95 ms |\n"
                    + "|---|---|\n");
            raw.forEach((k, v) -> report.append("| ").append(k).append(" | ").append(v[0]).append(" / ")
                    .append(v[1]).append(" |\n"));
        }
        report.append("\np50 / p95 in ms; bold: p95 over ").append(GOAL_MS).append(" ms; load average after: ")
                .append(loadAverage()).append('\n');
        report.append(missed.isEmpty() ? "\nEvery page p95 ≤ " + GOAL_MS + " ms with status 200.\n"
                : "\nOver " + GOAL_MS + " ms or not 200:\n- " + String.join("\n- ", missed) + "\n");
        System.out.println("\n==== Page sweep ====\n" + report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/page-sweep.md"), report.toString());
        assertThat(table).isNotEmpty();
    }

    private List<Page> pages(UUID enterprise, String fragment, String sector, String town) {
        String q = URLEncoder.encode(fragment, StandardCharsets.UTF_8);
        LocalDate today = LocalDate.now();
        int quarter = (today.getMonthValue() - 1) / 3; // the last ended quarter (0: the last of last year)
        String lastQuarter = quarter == 0 ? (today.getYear() - 1) + "Q4" : today.getYear() + "Q" + quarter;
        List<Page> pages = List.of(
                new Page("home", "/"),
                new Page("hazards", "/hazards"),
                new Page("hazards open major", "/hazards?status=OPEN&level=MAJOR"),
                new Page("hazards overdue, sector", "/hazards?overdue=true&sector=" + sector),
                new Page("hazards open, this year", "/hazards?status=OPEN&from=" + today.withDayOfYear(1)),
                new Page("hazards closed, sector, level", "/hazards?status=CLOSED&sector=" + sector
                        + "&level=GENERAL"),
                new Page("hazards text", "/hazards?q=" + q),
                new Page("hazards text, open", "/hazards?q=" + q + "&status=OPEN"),
                new Page("hazards page 50", "/hazards?page=50"),
                new Page("enterprises", "/enterprises"),
                new Page("enterprises text", "/enterprises?q=" + q),
                new Page("enterprises sector", "/enterprises?sector=" + sector),
                new Page("enterprises text, sector", "/enterprises?q=" + q + "&sector=" + sector),
                new Page("insight", "/insight"),
                new Page("insight sector", "/insight?sector=" + sector),
                new Page("hazard statistics (overdue 16号令)", "/hazards/statistics"),
                new Page("risk overview", "/risk/overview"),
                new Page("reassessments", "/risk/reassessments"),
                new Page("warnings", "/risk/warnings"),
                new Page("prejudgments", "/risk/prejudgments"),
                new Page("enterprise detail", "/enterprises/" + enterprise),
                new Page("16号令 periods", "/hazards/statistics/enterprises/" + enterprise),
                new Page("16号令 table, quarter", "/hazards/statistics/enterprises/" + enterprise + "/" + lastQuarter),
                new Page("16号令 table, year", "/hazards/statistics/enterprises/" + enterprise + "/"
                        + (today.getYear() - 1)));
        return pages.stream().filter(p -> PAGES.matcher(p.name()).find() || PAGES.matcher(p.path()).find()).toList();
    }

    /** The bench officials, created on the first run and reused later (same usernames, same password). */
    private List<Official> officials(String city, String county, String town, String sector) {
        EnterpriseImportBenchmark.signInAsAdmin();
        UUID department = jdbc.query("select id from directory_department where region_code = ? and name = ?",
                (rs, i) -> rs.getObject(1, UUID.class), county, "基准县行业主管部门").stream().findFirst()
                .orElseGet(() -> departments.create(county, "基准县行业主管部门", false, Set.of(sector)));
        List<Official> all = List.of(
                account("province", "省级官员", "sweep.province", PROVINCE, null),
                account("city", "市级官员", "sweep.city", city, null),
                account("county", "县级官员", "sweep.county", county, null),
                account("town", "乡镇官员", "sweep.town", town, null),
                account("department", "县行业部门(仅行业 " + sector + ")", "sweep.department", county, department));
        SecurityContextHolder.clearContext();
        return all.stream().filter(o -> ROLES.contains(o.key())).toList();
    }

    private Official account(String key, String label, String username, String region, UUID department) {
        Integer exists = jdbc.queryForObject("select count(*) from identity_user where username = ?", Integer.class,
                username);
        if (exists == 0) {
            accounts.create(new AccountForm(username, label, PASSWORD, Role.OFFICIAL, region, department, null, null,
                    true, false));
        }
        return new Official(key, label, username, region);
    }

    private static long[] timeSql(java.util.function.Supplier<Object> call) {
        for (int i = 0; i < WARMUP; i++) {
            call.get();
        }
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        return new long[] {ms[(ms.length - 1) / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1]};
    }

    private String first(String sql, Object arg) {
        return jdbc.queryForObject(sql, String.class, arg);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "?";
        }
    }

    /** One browser: its own cookie jar, signed in through the login form. */
    static final class Session {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
        private static final Pattern TAB = Pattern.compile("hx-get=\"([^\"]+/tabs?(?:/[a-z]+)?)\"");

        private final int port;
        private final HttpClient http;

        Session(int port) {
            this.port = port;
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        }

        void login(String username) throws Exception {
            HttpResponse<String> form = get("/login");
            Matcher m = CSRF.matcher(form.body());
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on the login page: " + form.statusCode());
            }
            String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                    + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            String location = r.headers().firstValue("Location").orElse("");
            if (r.statusCode() != 302 || location.contains("/login")) {
                throw new IllegalStateException("login of " + username + " failed: " + r.statusCode() + " " + location);
            }
        }

        /** The tabs the enterprise page loads (HTMX), as that page names them. */
        List<Page> tabs(UUID enterprise) throws Exception {
            String html = get("/enterprises/" + enterprise).body();
            Set<String> paths = new LinkedHashSet<>();
            Matcher m = TAB.matcher(html);
            while (m.find()) {
                paths.add(m.group(1));
            }
            return paths.stream().map(p -> new Page("enterprise tab", p)).toList();
        }

        Timing time(String path) throws Exception {
            for (int i = 0; i < WARMUP; i++) {
                get(path);
            }
            long[] ms = new long[RUNS];
            Set<Integer> statuses = new java.util.TreeSet<>();
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                HttpResponse<String> r = get(path);
                ms[i] = (System.nanoTime() - t) / 1_000_000;
                statuses.add(r.statusCode());
            }
            Arrays.sort(ms);
            return new Timing(ms[(ms.length - 1) / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1],
                    String.join(",", statuses.stream().map(String::valueOf).toList()));
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(120)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
