package org.zhiben.common.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Tomcat refuses before any servlet (a search pasted far beyond the header limit, a malformed address) is
 * answered in Chinese: a page with a way home, or a problem on API addresses; never Tomcat's English page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContainerRefusalsTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String header) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (header != null) {
            request.header("X-Note", header);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void anAddressOverTheLimitIsAChinesePage() throws Exception {
        String query = java.net.URLEncoder.encode("隐患".repeat(2_000), StandardCharsets.UTF_8);

        HttpResponse<String> page = get("/hazards?q=" + query, null);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("请缩短查询条件后重试").contains("href=\"/\"").doesNotContain("HTTP Status");
    }

    @Test
    void headersOverTheLimitOnTheApiAreAProblem() throws Exception {
        HttpResponse<String> problem = get("/api/v1/me", "a".repeat(20_000));

        assertThat(problem.statusCode()).isEqualTo(400);
        assertThat(problem.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(problem.body()).contains("\"status\":400").contains("请缩短查询条件后重试");
    }

    @Test
    void aMalformedAddressIsAChinesePage() throws Exception {
        // a client that sends what java.net.URI refuses to build
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write("GET /hazards/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400").contains("请求无法处理").doesNotContain("HTTP Status");
        }
    }
}
