package org.zhiben.monitoring.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhiben.monitoring.MonitoringSettings;
import org.zhiben.monitoring.ReadingInput;
import org.zhiben.monitoring.Readings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The MQTT path: subscribes to {@code <prefix>/+/+} (topic {@code <prefix>/<enterprise id>/<point code>}) with a
 * persistent session and QoS 1, and hands the messages to {@link Readings} in batches from several worker threads,
 * each owning the topics (points) that hash to it: a point's readings stay in order, and one point's alarm waits
 * only behind its own worker's batch. Before it composes a batch a worker takes everything queued for it, parses each
 * message once and checks it against the points' cached thresholds ({@link AlarmCandidates}); when an alarm candidate
 * is among them it takes the fast lane: the next batch is the candidate with only the earlier messages of the same
 * point, ahead of the backlog of the other points. A message is
 * acknowledged to the broker only after the batch holding it was committed (manual acks), so a reading
 * the broker delivered is never lost by a crash; a malformed payload (not JSON, missing fields, a point code other
 * than the topic's, an enterprise id that is not a UUID) is counted and logged and acknowledged, and never stops the
 * consumer. Paho reconnects automatically after a lost connection (and the first connection is retried until the
 * broker answers); subscriptions are renewed on every connect.
 */
public class MqttIngestion implements MqttCallbackExtended {

    private static final Logger log = LoggerFactory.getLogger(MqttIngestion.class);
    /**
     * A batch slower than this holds back the acknowledgements of every worker (they go out in arrival order), and
     * once the broker's in-flight window is full it delivers nothing, alarm readings included: worth a log line.
     */
    private static final long SLOW_BATCH_MILLIS = 200;
    private final MonitoringSettings.Mqtt settings;
    private final Readings readings;
    private final ReadingStore store;
    private final AlarmCandidates candidates;
    private final ObjectMapper json;
    private final List<Worker> lanes = new ArrayList<>();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong fastLane = new AtomicLong();
    private volatile boolean running;
    private MqttClient client;
    private final List<Thread> workers = new ArrayList<>();
    private Thread connector;
    private long sequence;

    /**
     * A received message, parsed on arrival: its enterprise (null: unexpected topic), the topic's point code, and the
     * reading or why it is malformed. {@code done} once the batch holding it committed.
     */
    private static final class Pending {
        final String topic;
        final MqttMessage message;
        final long seq;
        UUID enterprise;
        String code;
        ReadingInput reading;
        String error;
        boolean candidate;
        volatile boolean done;

        Pending(String topic, MqttMessage message, long seq) {
            this.topic = topic;
            this.message = message;
            this.seq = seq;
        }
    }

    /**
     * A worker: its queue (filled by Paho's callback thread), and the messages it took from the queue, parsed and
     * checked, not yet in a batch ({@code staged}, in arrival order, with the number of alarm candidates among them);
     * the staged messages are the worker's own.
     */
    private static final class Worker {
        final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
        final ArrayDeque<Pending> staged = new ArrayDeque<>();
        int candidates;
    }

    /** Every received message not yet acknowledged, in arrival order. */
    private final Deque<Pending> unacknowledged = new ArrayDeque<>();

    public MqttIngestion(MonitoringSettings.Mqtt settings, Readings readings, ReadingStore store,
            AlarmCandidates candidates, ObjectMapper json) {
        this.settings = settings;
        this.readings = readings;
        this.store = store;
        this.candidates = candidates;
        this.json = json;
        for (int i = 0; i < settings.workers(); i++) {
            lanes.add(new Worker());
        }
    }

    public synchronized void start() throws MqttException {
        if (running) {
            return;
        }
        running = true;
        client = new MqttClient(settings.url(), settings.clientId(), new MemoryPersistence());
        client.setManualAcks(true);
        client.setCallback(this);
        for (int i = 0; i < lanes.size(); i++) {
            Worker lane = lanes.get(i);
            Thread worker = new Thread(() -> work(lane), "mqtt-ingestion-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
        connector = new Thread(this::connectUntilUp, "mqtt-connect");
        connector.setDaemon(true);
        connector.start();
    }

    private MqttConnectOptions options() {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setAutomaticReconnect(true);
        o.setCleanSession(false);
        o.setMaxReconnectDelay(5_000);
        o.setConnectionTimeout(5);
        o.setKeepAliveInterval(10);
        if (settings.username() != null && !settings.username().isBlank()) {
            o.setUserName(settings.username());
            o.setPassword(settings.password() == null ? new char[0] : settings.password().toCharArray());
        }
        return o;
    }

    private void connectUntilUp() {
        while (running && !client.isConnected()) {
            try {
                client.connect(options());
                return;
            } catch (MqttException e) {
                log.warn("MQTT broker {} not reachable ({}), retrying", settings.url(), e.getMessage());
                sleep(2_000);
            }
        }
    }

    public boolean connected() {
        return client != null && client.isConnected();
    }

    public long received() {
        return received.get();
    }

    public long malformed() {
        return malformed.get();
    }

    /** Alarm candidates that took the fast lane. */
    public long fastLane() {
        return fastLane.get();
    }

    public String topicFilter() {
        return settings.topicPrefix() + "/+/+";
    }

    @Override
    public void connectComplete(boolean reconnect, String serverURI) {
        try {
            client.subscribe(topicFilter(), settings.qos());
            log.info("MQTT {} to {}, subscribed to {}", reconnect ? "reconnected" : "connected", serverURI,
                    topicFilter());
        } catch (MqttException e) {
            log.warn("MQTT subscription to {} failed: {}", topicFilter(), e.getMessage());
        }
    }

    @Override
    public void connectionLost(Throwable cause) {
        log.warn("MQTT connection lost ({}); reconnecting", cause == null ? "?" : cause.getMessage());
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        // never throw here: Paho would drop the connection
        Pending p = new Pending(topic, message, ++sequence);
        synchronized (unacknowledged) {
            unacknowledged.addLast(p);
        }
        lanes.get(Math.floorMod(topic.hashCode(), lanes.size())).queue.add(p);
        received.incrementAndGet(); // last: a message counted is queued
    }

    /**
     * Parses the topic and payload and asks whether the reading is an alarm candidate (by the owning worker, in
     * arrival order); never throws.
     */
    private void read(Pending p) {
        String topic = p.topic;
        String[] parts = topic.substring(Math.min(topic.length(), settings.topicPrefix().length() + 1)).split("/", -1);
        try {
            p.enterprise = parts.length == 2 ? UUID.fromString(parts[0]) : null;
        } catch (IllegalArgumentException notUuid) {
            p.enterprise = null;
        }
        if (p.enterprise == null) {
            return;
        }
        p.code = parts[1];
        try {
            p.reading = parse(p.code, p.message.getPayload());
        } catch (RuntimeException e) {
            p.error = String.valueOf(e.getMessage());
            return;
        }
        try {
            p.candidate = p.reading.value() != null && candidates != null
                    && candidates.classify(p.enterprise, p.code, p.reading.value());
        } catch (RuntimeException e) {
            log.debug("MQTT alarm check of {} failed: {}", topic, e.getMessage());
        }
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
    }

    private void work(Worker lane) {
        List<Pending> batch = new ArrayList<>();
        List<Pending> arrived = new ArrayList<>();
        while (running || !lane.queue.isEmpty() || !lane.staged.isEmpty()) {
            try {
                if (lane.staged.isEmpty()) {
                    Pending first = lane.queue.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    stage(lane, first);
                }
                lane.queue.drainTo(arrived);
                for (Pending p : arrived) {
                    stage(lane, p);
                }
                arrived.clear();
                compose(lane, batch);
                processUntilCommitted(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void stage(Worker lane, Pending p) {
        read(p);
        lane.staged.addLast(p);
        if (p.candidate) {
            lane.candidates++;
        }
    }

    /**
     * The next batch, at most {@code batch} messages: when alarm candidates are staged, the fast lane — each
     * candidate with the earlier staged messages of its topic (one point) only, in arrival order, so each point stays
     * in order while the backlog of the other points waits behind; otherwise the oldest staged messages.
     */
    private void compose(Worker lane, List<Pending> batch) {
        if (lane.candidates > 0) {
            Map<String, Long> upTo = new HashMap<>();
            for (Pending p : lane.staged) {
                if (p.candidate) {
                    upTo.put(p.topic, p.seq); // arrival order: the last candidate of the topic
                }
            }
            for (Iterator<Pending> it = lane.staged.iterator(); it.hasNext() && batch.size() < settings.batch();) {
                Pending p = it.next();
                Long last = upTo.get(p.topic);
                if (last != null && p.seq <= last) {
                    it.remove();
                    batch.add(p);
                    if (p.candidate) {
                        lane.candidates--;
                        fastLane.incrementAndGet();
                    }
                }
            }
            return;
        }
        while (batch.size() < settings.batch() && !lane.staged.isEmpty()) {
            batch.add(lane.staged.pollFirst());
        }
    }

    /**
     * Retries a failed batch (the database is down…) until it commits, backing off up to 30 s: readings never fail
     * one by one (a bad one is counted and refused inside the batch), so a failure is the infrastructure's, and
     * skipping the batch would leave a gap in the points' order. On shutdown the batch stays unacknowledged and the
     * broker redelivers it to the next session.
     */
    private void processUntilCommitted(List<Pending> batch) throws InterruptedException {
        long backoff = 1_000;
        while (true) {
            try {
                process(batch);
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    log.warn("MQTT batch of {} message(s) left unacknowledged at shutdown", batch.size());
                    return;
                }
                log.error("MQTT batch of {} message(s) failed; retrying in {} ms", batch.size(), backoff, e);
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }

    private void process(List<Pending> batch) {
        long start = System.nanoTime();
        Map<UUID, List<ReadingInput>> byEnterprise = new LinkedHashMap<>();
        List<ReadingStore.Rejection> bad = new ArrayList<>();
        int unexpected = 0;
        for (Pending p : batch) {
            if (p.enterprise == null) {
                unexpected++;
                log.warn("MQTT message on unexpected topic {} ignored", p.topic);
            } else if (p.reading == null) {
                bad.add(new ReadingStore.Rejection(p.enterprise, p.code.isEmpty() ? "?" : p.code, "MALFORMED",
                        "MQTT 报文无效:" + p.error));
            } else {
                byEnterprise.computeIfAbsent(p.enterprise, k -> new ArrayList<>()).add(p.reading);
            }
        }
        for (Map.Entry<UUID, List<ReadingInput>> e : byEnterprise.entrySet()) {
            readings.ingestCounting(e.getKey(), e.getValue());
        }
        if (!bad.isEmpty()) {
            store.countRejections(bad, Instant.now());
            log.warn("MQTT: {} malformed message(s) counted, e.g. {} {}", bad.size(), bad.get(0).pointCode(),
                    bad.get(0).detail());
        }
        malformed.addAndGet(unexpected + bad.size());
        for (Pending p : batch) {
            p.done = true;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > SLOW_BATCH_MILLIS) {
            log.warn("MQTT batch of {} message(s) took {} ms to commit; acknowledgements of every worker waited",
                    batch.size(), millis);
        }
        acknowledgeInOrder();
    }

    /**
     * Acknowledges the committed messages at the head of the arrival order. MQTT wants acknowledgements in the order
     * the messages arrived, and Mosquitto was seen to deliver a point's readings out of order when the workers
     * acknowledged as each committed, so a worker's committed batch waits for the earlier messages of the others.
     */
    private void acknowledgeInOrder() {
        synchronized (unacknowledged) {
            while (!unacknowledged.isEmpty() && unacknowledged.peekFirst().done) {
                ack(unacknowledged.pollFirst().message);
            }
        }
    }

    /** The reading in a payload {@code {"pointCode","ts","value","quality"}}; ts ISO-8601 or epoch milliseconds. */
    ReadingInput parse(String topicCode, byte[] payload) {
        JsonNode n = json.readTree(payload);
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("不是 JSON 对象");
        }
        String code = n.hasNonNull("pointCode") ? n.get("pointCode").asString() : topicCode;
        if (!code.equals(topicCode)) {
            throw new IllegalArgumentException("报文位号 " + code + " 与主题位号 " + topicCode + " 不一致");
        }
        JsonNode ts = n.get("ts");
        Instant at;
        if (ts == null || ts.isNull()) {
            throw new IllegalArgumentException("缺少 ts");
        } else if (ts.isNumber()) {
            at = Instant.ofEpochMilli(ts.asLong());
        } else {
            at = Instant.parse(ts.asString());
        }
        JsonNode v = n.get("value");
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException("缺少数值 value");
        }
        JsonNode q = n.get("quality");
        return new ReadingInput(code, at, v.asDouble(), q != null && q.isInt() ? q.asInt() : 0);
    }

    private void ack(MqttMessage m) {
        try {
            if (client.isConnected()) {
                client.messageArrivedComplete(m.getId(), m.getQos());
            }
        } catch (MqttException e) {
            log.debug("MQTT ack of {} not sent: {}", m.getId(), e.getMessage());
        }
    }

    public synchronized void stop() {
        running = false;
        try {
            for (Thread worker : workers) {
                worker.join(5_000);
            }
            if (client != null) {
                if (client.isConnected()) {
                    client.disconnect(2_000);
                }
                client.close(true);
            }
        } catch (MqttException | InterruptedException e) {
            log.debug("MQTT stop: {}", e.getMessage());
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
