package org.zhiben.monitoring;

import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.zhiben.risk.RiskLevel;

/**
 * {@code zhiben.monitoring.*}: how far ahead a reading's timestamp may be ({@code future-skew}, default 5 min) and how
 * old ({@code max-age}, default 7 days; never more than the retention); how long readings are kept
 * ({@code retention}, default 400 days, whole months on PostgreSQL), minute roll-ups ({@code minute-retention},
 * 30 days) and hour roll-ups ({@code hour-retention}, 3 years); after how long an unhandled alarm is escalated
 * ({@code escalate-after}, 30 min) and the grade of the risk warning it raises then ({@link WarningGrades}); the
 * largest HTTP batch ({@code max-batch}, 5000). MQTT: see {@link Mqtt}.
 */
@ConfigurationProperties("zhiben.monitoring")
public record MonitoringSettings(Duration futureSkew, Duration maxAge, Duration retention, Duration minuteRetention,
        Duration hourRetention, Duration escalateAfter, WarningGrades warningGrades, Integer maxBatch, Mqtt mqtt) {

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
        warningGrades = warningGrades == null ? new WarningGrades(null, null, null, null, null, null) : warningGrades;
        maxBatch = maxBatch == null ? 5000 : maxBatch;
        mqtt = mqtt == null ? new Mqtt(null, null, null, null, null, null, null, null) : mqtt;
    }

    /**
     * {@code zhiben.monitoring.warning-grades.*}: the grade of the 红/橙/黄 risk early warning an alarm left unhandled
     * raises, by its band and whether the point is at a major hazard source. No rule names these grades; the defaults
     * are 高高报/低低报 at a major source 重大 (红), elsewhere 较大 (橙); 高报/低报 at a major source 较大, elsewhere
     * 一般 (黄); 离线 at a major source 较大, elsewhere 一般. {@code LOW} raises no warning.
     */
    public record WarningGrades(RiskLevel criticalAtMajorSource, RiskLevel critical, RiskLevel alertAtMajorSource,
            RiskLevel alert, RiskLevel offlineAtMajorSource, RiskLevel offline) {

        public WarningGrades {
            criticalAtMajorSource = criticalAtMajorSource == null ? RiskLevel.MAJOR : criticalAtMajorSource;
            critical = critical == null ? RiskLevel.LARGE : critical;
            alertAtMajorSource = alertAtMajorSource == null ? RiskLevel.LARGE : alertAtMajorSource;
            alert = alert == null ? RiskLevel.GENERAL : alert;
            offlineAtMajorSource = offlineAtMajorSource == null ? RiskLevel.LARGE : offlineAtMajorSource;
            offline = offline == null ? RiskLevel.GENERAL : offline;
        }

        /** The warning's grade for an alarm of {@code level}; empty when it raises none. */
        public Optional<RiskLevel> of(AlarmLevel level, boolean majorSource) {
            RiskLevel grade = switch (level) {
                case HIGH_HIGH, LOW_LOW -> majorSource ? criticalAtMajorSource : critical;
                case HIGH, LOW -> majorSource ? alertAtMajorSource : alert;
                case OFFLINE -> majorSource ? offlineAtMajorSource : offline;
                case NORMAL -> RiskLevel.LOW;
            };
            return grade == RiskLevel.LOW ? Optional.empty() : Optional.of(grade);
        }
    }

    /**
     * The MQTT subscription, on when {@code url} is set (e.g. {@code tcp://127.0.0.1:1883}): topics
     * {@code <topic-prefix>/<enterprise id>/<point code>} (prefix default {@code zhiben/monitoring}), a JSON payload
     * {@code {"pointCode","ts","value","quality"}}; {@code client-id} default {@code zhiben-monitoring}; QoS 1.
     * {@code workers} (default 4) ingest in parallel, each owning the points whose topic hashes to it, so a point's
     * readings stay in order and an alarm waits only behind its own share of the load; each commits at most
     * {@code batch} (default 500) messages per transaction.
     */
    public record Mqtt(String url, String clientId, String topicPrefix, String username, String password,
            Integer qos, Integer workers, Integer batch) {

        public Mqtt {
            clientId = clientId == null || clientId.isBlank() ? "zhiben-monitoring" : clientId;
            topicPrefix = topicPrefix == null || topicPrefix.isBlank() ? "zhiben/monitoring" : topicPrefix;
            qos = qos == null ? 1 : qos;
            workers = workers == null || workers < 1 ? 4 : workers;
            batch = batch == null || batch < 1 ? 500 : batch;
        }

        public boolean enabled() {
            return url != null && !url.isBlank();
        }
    }
}
