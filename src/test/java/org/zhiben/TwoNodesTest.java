package org.zhiben;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one database, in one JVM: page sessions live in the database, so a login on one node is
 * valid on the other, a logout or a password change on one ends the sessions on both, and a scheduled job's lock is
 * held for both. (bench/two-nodes.sh does the same with two processes on PostgreSQL, kills one under load and checks
 * that the survivor redelivers its unfinished events; results in docs/reliability.md.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final String ADMIN_PASSWORD = "Kuo7-Lantern-Quay";

    private static OwnPostgresDatabase pg;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static String a;
    private static String b;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        pg = OwnPostgresDatabase.create("_two_nodes").orElse(null);
        String url = pg != null ? pg.url() : "jdbc:h2:mem:two-nodes-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        String user = pg != null ? OwnPostgresDatabase.user() : "sa";
        nodeA = node(url, user, "node-a");
        nodeB = node(url, user, "node-b");
        a = base(nodeA);
        b = base(nodeB);
    }

    private static ConfigurableApplicationContext node(String url, String user, String name) {
        // command-line arguments: they outrank the SPRING_DATASOURCE_* variables the PostgreSQL run sets
        return new SpringApplicationBuilder(ZhibenApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + OwnPostgresDatabase.password(), "--zhiben.node-name=" + name,
                "--zhiben.demo.enabled=false", "--zhiben.bootstrap.admin-password=" + ADMIN_PASSWORD,
                "--zhiben.scheduling.enabled=false", "--zhiben.files.root=target/two-nodes-files",
                "--spring.jmx.enabled=false");
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    @AfterAll
    static void stop() throws Exception {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        if (pg != null) {
            pg.drop();
        }
    }

    @Test
    @Order(1)
    void aLoginOnOneNodeIsValidOnTheOtherAndALogoutThereEndsIt() throws Exception {
        String session = login(a);
        HttpResponse<String> home = get(b, "/account", session);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("admin");

        post(b, "/logout", session, "_csrf=" + csrf(home.body()));
        assertThat(get(a, "/account", session).statusCode()).isEqualTo(302);
    }

    @Test
    @Order(3)
    void aPasswordChangeThroughOneNodeEndsThePageSessionsOpenedOnTheOther() throws Exception {
        String session = login(a);
        assertThat(get(b, "/account", session).statusCode()).isEqualTo(200);

        changePassword(ADMIN_PASSWORD, "Tarn-Weaver-5150"); // the last test: nobody signs in with the old one again
        HttpResponse<String> ended = get(a, "/account", session);
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/login?ended"));
    }

    @Test
    @Order(2)
    void aJobLockedOnOneNodeDoesNotRunOnTheOther() throws Exception {
        List<DefaultLockingTaskExecutor> executors = List.of(
                new DefaultLockingTaskExecutor(nodeA.getBean(LockProvider.class)),
                new DefaultLockingTaskExecutor(nodeB.getBean(LockProvider.class)));
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch bothStarted = new CountDownLatch(2);
        String job = "two-nodes-test-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (DefaultLockingTaskExecutor node : executors) {
                done.add(pool.submit(() -> {
                    bothStarted.countDown();
                    bothStarted.await();
                    node.executeWithLock((Runnable) () -> {
                        runs.incrementAndGet();
                        sleep(500);
                    }, new LockConfiguration(Instant.now(), job, Duration.ofMinutes(1), Duration.ofSeconds(20)));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(runs).hasValue(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void changePassword(String current, String next) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + current).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> changed = HTTP.send(HttpRequest.newBuilder(URI.create(b + "/api/v1/me/password"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(changed.statusCode()).as(changed.body()).isBetween(200, 204);
    }

    /** Form login on a node: its login page's session and CSRF token, then the form; the new session's cookie. */
    private static String login(String node) throws Exception {
        HttpResponse<String> form = get(node, "/login", null);
        HttpResponse<String> done = post(node, "/login", cookie(form),
                "username=admin&password=" + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8)
                        + "&_csrf=" + csrf(form.body()));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return cookie(done);
    }

    private static String csrf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("page has a CSRF token").isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private static HttpResponse<String> get(String node, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node + path)).header("Accept", "text/html");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String node, String path, String cookie, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(node + path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
