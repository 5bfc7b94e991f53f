package org.zhiben.monitoring.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zhiben.common.AfterCommit;
import org.zhiben.monitoring.AlarmLevel;

/**
 * The MQTT fast lane's view of the points: their thresholds and the band the subscriber last saw each in, cached per
 * enterprise (one query loads all of an enterprise's points), so a message can be told to be an alarm candidate
 * before it is queued, without a query per message. A candidate is a reading that moves its point into an alarm band
 * other than the one it was in (opens an alarm or changes its level). The view is only a hint for priority: the
 * ingesting transaction decides on the locked state as before. The cache of an enterprise is dropped after a
 * transaction that created or changed one of its points commits ({@link #forgetAfterCommit}), and reloaded after
 * {@link #TTL} in any case (another node may have changed a point); a failed load is retried after a few seconds.
 */
@Component
public class AlarmCandidates {

    private static final Logger log = LoggerFactory.getLogger(AlarmCandidates.class);
    static final Duration TTL = Duration.ofSeconds(60);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final ReadingStore store;
    private final Map<UUID, Enterprise> enterprises = new ConcurrentHashMap<>();

    AlarmCandidates(ReadingStore store) {
        this.store = store;
    }

    /** A point's bands and the band the subscriber saw it in last (touched by the classifying thread only). */
    private static final class Watch {
        final ReadingStore.Rule rule;
        AlarmLevel band;

        Watch(ReadingStore.Rule rule, AlarmLevel band) {
            this.rule = rule;
            this.band = band;
        }
    }

    private record Enterprise(long expiresAt, Map<String, Watch> points) {
    }

    /**
     * Whether {@code value} for the point {@code code} of {@code enterpriseId} would open an alarm or change its
     * level, seen from the band of the previous reading classified here; moves that band. A point's readings are
     * classified by one thread (the MQTT worker owning its topic), in arrival order.
     */
    public boolean classify(UUID enterpriseId, String code, double value) {
        long now = System.nanoTime();
        Enterprise e = enterprises.get(enterpriseId);
        if (e == null || now - e.expiresAt() > 0) {
            e = load(enterpriseId, now);
        }
        Watch w = e.points().get(code);
        if (w == null || !w.rule.active() || !w.rule.bands().inRange(value)) {
            return false;
        }
        AlarmLevel next = w.rule.bands().classify(w.band, value);
        boolean candidate = next != AlarmLevel.NORMAL && next != w.band;
        w.band = next;
        return candidate;
    }

    private Enterprise load(UUID enterpriseId, long now) {
        Enterprise e;
        try {
            Map<String, Watch> points = new HashMap<>();
            store.rulesAndBands(enterpriseId).forEach((code, rb) -> points.put(code, new Watch(rb.getKey(),
                    rb.getValue())));
            e = new Enterprise(now + TTL.toNanos(), points);
        } catch (RuntimeException ex) {
            log.warn("Monitoring points of enterprise {} not loaded for the alarm fast lane: {}", enterpriseId,
                    ex.getMessage());
            e = new Enterprise(now + RETRY.toNanos(), Map.of());
        }
        enterprises.put(enterpriseId, e);
        return e;
    }

    /** Drops the enterprise's cached points once the current transaction commits (at once without one). */
    public void forgetAfterCommit(UUID enterpriseId) {
        AfterCommit.run(() -> enterprises.remove(enterpriseId));
    }
}
