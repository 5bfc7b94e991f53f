package org.zhiben.monitoring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code zhiben.monitoring.*}: how far ahead a reading's timestamp may be ({@code future-skew}, default 5 min) and how
 * old ({@code max-age}, default 7 days; never more than the retention); how long readings are kept
 * ({@code retention}, default 400 days, whole months on PostgreSQL), minute roll-ups ({@code minute-retention},
 * 30 days) and hour roll-ups ({@code hour-retention}, 3 years); after how long an unhandled alarm is escalated
 * ({@code escalate-after}, 30 min); the largest HTTP batch ({@code max-batch}, 5000). MQTT: see {@link Mqtt}.
 */
@ConfigurationProperties("zhiben.monitoring")
public record MonitoringSettings(Duration futureSkew, Duration maxAge, Duration retention, Duration minuteRetention,
        Duration hourRetention, Duration escalateAfter, Integer maxBatch, Mqtt mqtt) {

    public MonitoringSettings {
        futureSkew = futureSkew == null ? Duration.ofMinutes(5) : futureSkew;
        retention = retention == null ? Duration.ofDays(400) : retention;
        maxAge = maxAge == null ? Duration.ofDays(7) : maxAge;
        if (maxAge.compareTo(retention) > 0) {
            maxAge = retention;
        }
        minuteRetention = minuteRetention == null ? Duration.ofDays(30) : minuteRetention;
        hourRetention = hourRetention == null ? Duration.ofDays(3 * 366) : hourRetention;
        escalateAfter = escalateAfter == null ? Duration.ofMinutes(30) : escalateAfter;
        maxBatch = maxBatch == null ? 5000 : maxBatch;
        mqtt = mqtt == null ? new Mqtt(null, null, null, null, null, null) : mqtt;
    }

    /**
     * The MQTT subscription, on when {@code url} is set (e.g. {@code tcp://127.0.0.1:1883}): topics
     * {@code <topic-prefix>/<enterprise id>/<point code>} (prefix default {@code zhiben/monitoring}), a JSON payload
     * {@code {"pointCode","ts","value","quality"}}; {@code client-id} default {@code zhiben-monitoring}; QoS 1.
     */
    public record Mqtt(String url, String clientId, String topicPrefix, String username, String password,
            Integer qos) {

        public Mqtt {
            clientId = clientId == null || clientId.isBlank() ? "zhiben-monitoring" : clientId;
            topicPrefix = topicPrefix == null || topicPrefix.isBlank() ? "zhiben/monitoring" : topicPrefix;
            qos = qos == null ? 1 : qos;
        }

        public boolean enabled() {
            return url != null && !url.isBlank();
        }
    }
}
