package org.zhiben;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.tools.Server;
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
 * A database that really goes away: the application reaches its database through a TCP proxy this test controls
 * (a PostgreSQL database of its own when the suite runs on PostgreSQL, else an H2 server). With the proxy cut,
 * readiness is DOWN, requests fail within seconds with 503 and a Chinese message — a login or HTTP Basic request is
 * not answered as a wrong password — and once the proxy is back the application recovers by itself.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageTest {

    private static final String ADMIN_PASSWORD = "Kuo7-Lantern-Quay";
    private static final Duration FAST = Duration.ofSeconds(9);

    private static Server h2;
    private static OwnPostgresDatabase pg;
    private static TcpProxy proxy;
    private static ConfigurableApplicationContext app;
    private static HttpClient http;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        pg = OwnPostgresDatabase.create("_outage").orElse(null);
        String url;
        String user;
        if (pg != null) {
            proxy = new TcpProxy(pg.host(), pg.port());
            url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + pg.name();
            user = OwnPostgresDatabase.user();
        } else {
            // a file database: H2 closes a database whose last connection is gone, and the cut closes them all
            Path dir = Files.createTempDirectory("zhiben-outage");
            h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", dir.toString()).start();
            proxy = new TcpProxy("127.0.0.1", h2.getPort());
            url = "jdbc:h2:tcp://127.0.0.1:" + proxy.port()
                    + "/outage;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
            user = "sa";
        }
        // command-line arguments: they outrank the SPRING_DATASOURCE_* variables the PostgreSQL run sets
        app = new SpringApplicationBuilder(ZhibenApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + OwnPostgresDatabase.password(),
                "--zhiben.demo.enabled=false", "--zhiben.bootstrap.admin-password=" + ADMIN_PASSWORD,
                "--zhiben.scheduling.enabled=false", "--zhiben.files.root=target/outage-files",
                "--spring.jmx.enabled=false");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        base = "http://127.0.0.1:" + port;
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (h2 != null) {
            h2.stop();
        }
        if (pg != null) {
            pg.drop();
        }
    }

    @Test
    @Order(1)
    void withTheDatabaseUpAllIsWell() throws Exception {
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/me", basic(ADMIN_PASSWORD)).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void duringAnOutageReadinessIsDownAndRequestsFailFastWith503() throws Exception {
        HttpResponse<String> formBeforeTheOutage = get("/login", null);
        proxy.cut();

        Timed ready = timed(() -> get("/actuator/health/readiness", null));
        assertThat(ready.response.statusCode()).isEqualTo(503);
        assertThat(ready.response.body()).contains("DOWN");
        assertThat(ready.elapsed).isLessThan(FAST);

        // a stateless API call: its credentials cannot be checked, which is not "wrong password"
        Timed me = timed(() -> get("/api/v1/me", basic(ADMIN_PASSWORD)));
        assertThat(me.response.statusCode()).isEqualTo(503);
        assertThat(me.response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(me.response.headers().firstValue("Retry-After")).isPresent();
        assertThat(me.response.body()).contains("数据库暂时无法访问").doesNotContain("用户名密码");
        assertThat(me.elapsed).isLessThan(FAST);

        // a wrong password during the outage is not judged either
        assertThat(get("/api/v1/me", basic("not-the-password")).statusCode()).isEqualTo(503);

        // the login page (its form needs a session, kept in the database) says the service is unavailable
        Timed loginPage = timed(() -> get("/login", null));
        assertThat(loginPage.response.statusCode()).isEqualTo(503);
        assertThat(loginPage.response.body()).contains("数据库暂时无法访问").doesNotContain("用户名或密码错误");
        assertThat(loginPage.elapsed).isLessThan(FAST);

        // a form opened before the outage and sent during it: unavailable, not a wrong password
        Timed login = timed(() -> login(formBeforeTheOutage, ADMIN_PASSWORD));
        assertThat(login.response.statusCode()).isEqualTo(503);
        assertThat(login.response.body()).contains("数据库暂时无法访问").doesNotContain("用户名或密码错误");
        assertThat(login.elapsed).isLessThan(FAST);
    }

    @Test
    @Order(3)
    void aSignedInUsersPageIsA503PageDuringTheOutage() throws Exception {
        proxy.restore();
        awaitReady();
        String cookie = sessionCookie(login(ADMIN_PASSWORD));
        assertThat(get("/", null, cookie).statusCode()).isEqualTo(200);

        proxy.cut();
        Timed home = timed(() -> get("/admin/users", null, cookie));
        assertThat(home.response.statusCode()).as(home.response.body()).isEqualTo(503);
        assertThat(home.response.body()).contains("服务暂不可用").contains("数据库暂时无法访问");
        assertThat(home.elapsed).isLessThan(FAST);
    }

    @Test
    @Order(4)
    void whenTheDatabaseIsBackTheApplicationRecoversByItself() throws Exception {
        proxy.restore();
        awaitReady();
        assertThat(get("/api/v1/me", basic(ADMIN_PASSWORD)).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/me", basic("not-the-password")).statusCode()).isEqualTo(401);
    }

    private static void awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (get("/actuator/health/readiness", null).statusCode() != 200) {
            assertThat(System.nanoTime()).as("ready again within 30 s").isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String path, String authorization) throws Exception {
        return get(path, authorization, null);
    }

    private static HttpResponse<String> get(String path, String authorization, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", path.startsWith("/api/") || path.startsWith("/actuator") ? "application/json" : "text/html");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Form login: the login page's CSRF token and session first, then the form. */
    private static HttpResponse<String> login(String password) throws Exception {
        return login(get("/login", null), password);
    }

    private static HttpResponse<String> login(HttpResponse<String> form, String password) throws Exception {
        String cookie = sessionCookie(form);
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).as("login form has a CSRF token").isTrue();
        String body = "username=admin&password=" + password + "&_csrf=" + token.group(1);
        return http.send(HttpRequest.newBuilder(URI.create(base + "/login")).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private record Timed(HttpResponse<String> response, Duration elapsed) {
    }

    private interface Call {
        HttpResponse<String> run() throws Exception;
    }

    private static Timed timed(Call call) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = call.run();
        return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Forwards a local port to the database. {@link #cut()} closes the listening socket and every open connection,
     * so the database is gone for the application (connections refused, pooled ones broken);
     * {@link #restore()} listens on the same port again.
     */
    static final class TcpProxy implements AutoCloseable {

        private final String host;
        private final int targetPort;
        private final int port;
        private final Set<Socket> open = ConcurrentHashMap.newKeySet();
        private volatile ServerSocket listener;

        TcpProxy(String host, int targetPort) throws IOException {
            this.host = host;
            this.targetPort = targetPort;
            this.listener = listen(0);
            this.port = listener.getLocalPort();
            accept(listener);
        }

        int port() {
            return port;
        }

        synchronized void cut() throws IOException {
            listener.close();
            for (Socket s : List.copyOf(open)) {
                s.close();
            }
            open.clear();
        }

        synchronized void restore() throws IOException {
            if (listener.isClosed()) {
                listener = listen(port);
                accept(listener);
            }
        }

        @Override
        public void close() throws IOException {
            cut();
        }

        private static ServerSocket listen(int port) throws IOException {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        }

        private void accept(ServerSocket server) {
            daemon("outage-proxy-accept", () -> {
                while (!server.isClosed()) {
                    try {
                        Socket client = server.accept();
                        Socket backend = new Socket(host, targetPort);
                        open.add(client);
                        open.add(backend);
                        pump(client, backend);
                        pump(backend, client);
                    } catch (IOException closed) {
                        // the listener was cut
                    }
                }
            });
        }

        private static void daemon(String name, Runnable work) {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            thread.start();
        }

        private void pump(Socket from, Socket to) {
            daemon("outage-proxy-pump", () -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException cut) {
                    // either side closed
                } finally {
                    try {
                        from.close();
                        to.close();
                    } catch (IOException ignored) {
                        // already closed
                    }
                    open.remove(from);
                    open.remove(to);
                }
            });
        }
    }
}
