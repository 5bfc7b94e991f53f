package org.zhiben.notify.internal;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Posts to a robot's webhook. Success is HTTP 2xx with {@code errcode} 0 in the answer; anything else (HTTP error,
 * timeout, missing or non-zero errcode) throws {@link DeliveryFailedException}. Connect timeout 5 s, read 10 s.
 */
@Component
class RobotClient {

    private final RestClient rest;
    private final ObjectMapper json;
    private final Clock clock;

    RobotClient(ObjectMapper json, Clock clock) {
        var factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER)
                        .build());
        factory.setReadTimeout(Duration.ofSeconds(10));
        this.rest = RestClient.builder().requestFactory(factory).build();
        this.json = json;
        this.clock = clock;
    }

    void send(Robot robot, String title, String body, String link) {
        String payload = json.writeValueAsString(RobotMessages.payload(robot.getKind(), title, body, link));
        String answer;
        try {
            answer = rest.post().uri(RobotMessages.target(robot, clock.millis()))
                    .contentType(MediaType.APPLICATION_JSON).body(payload).retrieve().body(String.class);
        } catch (RestClientResponseException e) {
            throw new DeliveryFailedException("HTTP " + e.getStatusCode().value());
        } catch (RestClientException e) {
            throw new DeliveryFailedException("连接失败:" + rootMessage(e));
        }
        JsonNode node;
        try {
            node = answer == null ? null : json.readTree(answer);
        } catch (RuntimeException e) {
            node = null;
        }
        if (node == null || !node.has("errcode")) {
            throw new DeliveryFailedException("无法识别的应答");
        }
        if (node.get("errcode").asInt(-1) != 0) {
            throw new DeliveryFailedException("errcode=" + node.get("errcode").asString("") + " errmsg="
                    + (node.has("errmsg") ? node.get("errmsg").asString("") : ""));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : " " + t.getMessage());
    }
}
