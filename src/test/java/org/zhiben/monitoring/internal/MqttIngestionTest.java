package org.zhiben.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhiben.ZhibenTest;
import org.zhiben.identity.CurrentUser;
import org.zhiben.monitoring.MonitoringPoints;
import org.zhiben.monitoring.MonitoringSettings;
import org.zhiben.monitoring.PointData;
import org.zhiben.monitoring.Quantity;
import org.zhiben.monitoring.Readings;
import org.zhiben.risk.RiskInventory;
import tools.jackson.databind.ObjectMapper;

/**
 * The MQTT path against a real Mosquitto: a broker of its own on a free port (started and stopped by this test, so
 * the machine's shared broker on 1883 is never touched). Malformed payloads are counted and the consumer goes on; a
 * broker restart is survived (Paho reconnects, the subscription is renewed) and readings published after it arrive.
 */
@ZhibenTest
class MqttIngestionTest {

    @Autowired
    Readings readings;
    @Autowired
    ReadingStore store;
    @Autowired
    ObjectMapper json;
    @Autowired
    AlarmCandidates candidates;
    @Autowired
    MonitoringPoints points;
    @Autowired
    RiskInventory inventory;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager txManager;

    private int port;
    private Process broker;
    private MqttIngestion ingestion;
    private MqttClient gateway;

    @BeforeEach
    void startBroker() throws Exception {
        // a real broker: Debian's mosquitto (.ci/run installs it); a developer machine without it skips, CI never does
        boolean installed = new File("/usr/sbin/mosquitto").canExecute() || onPath("mosquitto");
        org.junit.jupiter.api.Assumptions.assumeTrue(installed || System.getenv("CI") != null,
                "mosquitto is needed (apt-get install mosquitto)");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        broker = startMosquitto();
    }

    private static boolean onPath(String command) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private Process startMosquitto() throws Exception {
        return startMosquitto(null);
    }

    /** Mosquitto on {@code port}, with its defaults or with {@code config} (a mosquitto.conf without the listener). */
    private Process startMosquitto(String config) throws Exception {
        String exe = new File("/usr/sbin/mosquitto").canExecute() ? "/usr/sbin/mosquitto" : "mosquitto";
        List<String> command = new ArrayList<>(List.of(exe, "-p", String.valueOf(port)));
        if (config != null) {
            File conf = File.createTempFile("mosquitto", ".conf");
            conf.deleteOnExit();
            java.nio.file.Files.writeString(conf.toPath(), "listener " + port + " 127.0.0.1\nallow_anonymous true\n"
                    + config);
            command = List.of(exe, "-c", conf.getPath());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        await(() -> {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return true;
            } catch (Exception e) {
                return false;
            }
        }, "mosquitto listening on " + port);
        return p;
    }

    @AfterEach
    void stop() throws Exception {
        if (ingestion != null) {
            ingestion.stop();
        }
        if (gateway != null && gateway.isConnected()) {
            gateway.disconnect();
        }
        if (broker != null) {
            broker.destroy();
            broker.waitFor();
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    private UUID point(String code) {
        CurrentUser u = (CurrentUser) users.loadUserByUsername("ent.a.safety");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        try {
            UUID unit = inventory.units(u.enterpriseId(), PageRequest.of(0, 1)).getContent().get(0).id();
            return points.create(u.enterpriseId(), new PointData(code, "MQTT测试压力", unit, Quantity.PRESSURE, "MPa",
                    BigDecimal.ZERO, new BigDecimal("2.5"), null, null, new BigDecimal("1.6"), new BigDecimal("1.8"),
                    new BigDecimal("0.05"), 30, true), null);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void publish(String topic, String payload) throws Exception {
        MqttMessage m = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
        m.setQos(1);
        gateway.publish(topic, m);
    }

    private long stored(UUID point) {
        return store.countReadings(point);
    }

    @Test
    void malformedPayloadsAreCountedAndABrokerRestartIsSurvived() throws Exception {
        CurrentUser u = (CurrentUser) users.loadUserByUsername("ent.a.safety");
        String code = "PT-" + UUID.randomUUID().toString().substring(0, 6);
        UUID point = point(code);
        String prefix = "ztest/" + UUID.randomUUID().toString().substring(0, 6);
        ingestion = new MqttIngestion(new MonitoringSettings.Mqtt("tcp://127.0.0.1:" + port, "zb-test-" + port,
                prefix, null, null, 1, null, null), readings, store, candidates, json);
        ingestion.start();
        await(ingestion::connected, "the consumer to connect");
        gateway = new MqttClient("tcp://127.0.0.1:" + port, "gw-" + port, new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setAutomaticReconnect(true);
        gateway.connect(o);
        String topic = prefix + "/" + u.enterpriseId() + "/" + code;
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        Thread.sleep(300); // the subscription is made in connectComplete

        publish(topic, "{\"pointCode\":\"" + code + "\",\"ts\":\"" + t + "\",\"value\":0.91,\"quality\":0}");
        publish(topic, "this is not json");
        publish(topic, "{\"pointCode\":\"OTHER\",\"ts\":\"" + t + "\",\"value\":0.9}");
        publish(topic, "{\"pointCode\":\"" + code + "\",\"ts\":\"yesterday\",\"value\":0.9}");
        publish(prefix + "/not-a-uuid/" + code, "{\"value\":1}");
        publish(topic, "{\"pointCode\":\"" + code + "\",\"ts\":" + t.plusSeconds(1).toEpochMilli() + ",\"value\":1.7}");
        await(() -> stored(point) == 2, "two good readings stored");
        await(() -> ingestion.malformed() == 4, "four malformed messages counted");
        assertThat(jdbc.queryForObject("select n from monitoring_rejection where enterprise_id = ? and point_code = ? "
                + "and reason = 'MALFORMED'", Long.class, u.enterpriseId(), code)).isEqualTo(3);
        // the 1.7 MPa reading crossed 高报 (1.6): one alarm
        assertThat(jdbc.queryForObject("select level from monitoring_alarm where point_id = ?", String.class, point))
                .isEqualTo("HIGH");

        // the broker restarts: the consumer reconnects by itself and renews its subscription
        broker.destroy();
        broker.waitFor();
        await(() -> !ingestion.connected(), "the consumer to notice the broker is gone");
        broker = startMosquitto();
        await(ingestion::connected, "the consumer to reconnect");
        await(gateway::isConnected, "the gateway to reconnect");
        Thread.sleep(500);
        publish(topic, "{\"pointCode\":\"" + code + "\",\"ts\":\"" + t.plusSeconds(2) + "\",\"value\":0.95}");
        await(() -> stored(point) == 3, "the reading published after the restart stored");
        assertThat(ingestion.received()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void severalWorkersKeepEachPointInOrderAndLoseNothing() throws Exception {
        CurrentUser u = (CurrentUser) users.loadUserByUsername("ent.a.safety");
        String tag = UUID.randomUUID().toString().substring(0, 5);
        List<String> codes = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            codes.add("W" + tag + "-" + i);
            ids.add(point(codes.get(i)));
        }
        String prefix = "ztest/" + tag;
        // 3 workers, batches of at most 7: the 13 points spread over the workers and each point over several batches
        ingestion = new MqttIngestion(new MonitoringSettings.Mqtt("tcp://127.0.0.1:" + port, "zb-w-" + port, prefix,
                null, null, 1, 3, 7), readings, store, candidates, json);
        ingestion.start();
        await(ingestion::connected, "the consumer to connect");
        gateway = new MqttClient("tcp://127.0.0.1:" + port, "gw-w-" + port, new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setMaxInflight(1000); // Paho's default 10 would refuse a burst of QoS 1 publishes
        gateway.connect(o);
        Thread.sleep(300);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);
        int perPoint = 25;
        for (int k = 0; k < perPoint; k++) {
            for (String code : codes) {
                publish(prefix + "/" + u.enterpriseId() + "/" + code, "{\"pointCode\":\"" + code + "\",\"ts\":\""
                        + t0.plusSeconds(k) + "\",\"value\":" + (1.0 + k / 100.0) + "}");
            }
        }
        await(() -> ids.stream().mapToLong(this::stored).sum() == 13L * perPoint, "every reading stored");
        // in order per point: ordered by time, the readings were received (committed) in non-decreasing order
        for (UUID id : ids) {
            List<Instant> received = jdbc.queryForList("select received_at from monitoring_reading where point_id = ? "
                    + "order by ts", java.sql.Timestamp.class, id).stream().map(java.sql.Timestamp::toInstant).toList();
            assertThat(received).isSortedAccordingTo(Comparator.naturalOrder());
            Map<String, Object> s = jdbc.queryForMap("select accepted, last_value from monitoring_point_state "
                    + "where point_id = ?", id);
            assertThat(((Number) s.get("accepted")).longValue()).isEqualTo(perPoint);
            assertThat(((Number) s.get("last_value")).doubleValue()).isEqualTo(1.0 + (perPoint - 1) / 100.0);
        }
        assertThat(jdbc.queryForObject("select count(*) from monitoring_alarm where point_id in ("
                + String.join(",", ids.stream().map(i -> "'" + i + "'").toList()) + ")", Long.class)).isZero();
        assertThat(ingestion.malformed()).isZero();
    }

    @Test
    void anAlarmBehindABacklogOfOtherPointsTakesTheFastLane() throws Exception {
        // a broker that hands the consumer the whole backlog (its default lets 20 messages be in flight)
        broker.destroy();
        broker.waitFor();
        broker = startMosquitto("max_inflight_messages 1000\nmax_queued_messages 0\n");
        CurrentUser u = (CurrentUser) users.loadUserByUsername("ent.a.safety");
        String tag = UUID.randomUUID().toString().substring(0, 5);
        List<String> codes = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            codes.add("B" + tag + "-" + i);
            ids.add(point(codes.get(i)));
        }
        String alarmCode = "A" + tag;
        UUID alarmPoint = point(alarmCode);
        String prefix = "ztest/" + tag;
        // one worker, batches of at most 20: every point is the same worker's, the backlog is 20 batches long
        ingestion = new MqttIngestion(new MonitoringSettings.Mqtt("tcp://127.0.0.1:" + port, "zb-f-" + port, prefix,
                null, null, 1, 1, 20), readings, store, candidates, json);
        ingestion.start();
        await(ingestion::connected, "the consumer to connect");
        gateway = new MqttClient("tcp://127.0.0.1:" + port, "gw-f-" + port, new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setMaxInflight(1000);
        gateway.connect(o);
        Thread.sleep(300);

        // the worker's first batch (it holds the first backlog point) waits on that point's state, locked here, so
        // the whole backlog and then the alarm reading are queued behind it
        java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread holder = new Thread(() -> new org.springframework.transaction.support.TransactionTemplate(txManager)
                .executeWithoutResult(tx -> {
                    jdbc.queryForList("select point_id from monitoring_point_state where point_id = ? for update",
                            ids.get(0));
                    locked.countDown();
                    try {
                        release.await(20, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        holder.start();
        assertThat(locked.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);
        int perPoint = 50;
        try {
            for (int k = 0; k < perPoint; k++) {
                for (String code : codes) {
                    publish(prefix + "/" + u.enterpriseId() + "/" + code, "{\"pointCode\":\"" + code + "\",\"ts\":\""
                            + t0.plusSeconds(k) + "\",\"value\":1.0}");
                }
            }
            // 高高报 (1.8) for a point with no backlog of its own, behind 400 readings of the others
            publish(prefix + "/" + u.enterpriseId() + "/" + alarmCode, "{\"pointCode\":\"" + alarmCode
                    + "\",\"ts\":\"" + t0.plusSeconds(perPoint) + "\",\"value\":2.0}");
            await(() -> ingestion.received() == codes.size() * perPoint + 1L, "every message received");
        } finally {
            release.countDown();
            holder.join();
        }
        await(() -> ids.stream().mapToLong(this::stored).sum() == (long) codes.size() * perPoint,
                "the backlog stored");
        assertThat(jdbc.queryForObject("select level from monitoring_alarm where point_id = ?", String.class,
                alarmPoint)).isEqualTo("HIGH_HIGH");
        assertThat(ingestion.fastLane()).isEqualTo(1);
        // the alarm reading was committed right after the blocked first batch, before the rest of the backlog:
        // at most that batch (20) was stored before it, and the backlog's last 19 batches after it
        java.sql.Timestamp alarmAt = jdbc.queryForObject("select received_at from monitoring_reading where point_id = ?",
                java.sql.Timestamp.class, alarmPoint);
        String in = String.join(",", ids.stream().map(i -> "'" + i + "'").toList());
        long before = jdbc.queryForObject("select count(*) from monitoring_reading where point_id in (" + in
                + ") and received_at < ?", Long.class, alarmAt);
        long after = jdbc.queryForObject("select count(*) from monitoring_reading where point_id in (" + in
                + ") and received_at > ?", Long.class, alarmAt);
        assertThat(before).isBetween(1L, 20L);
        assertThat(after).isEqualTo(codes.size() * perPoint - before);
        // and every backlog point is still in order and complete
        for (UUID id : ids) {
            List<Instant> received = jdbc.queryForList("select received_at from monitoring_reading where point_id = ? "
                    + "order by ts", java.sql.Timestamp.class, id).stream().map(java.sql.Timestamp::toInstant).toList();
            assertThat(received).hasSize(perPoint).isSortedAccordingTo(Comparator.naturalOrder());
        }
    }
}
