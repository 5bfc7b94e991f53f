package org.zhiben.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.common.InvalidInputException;
import org.zhiben.monitoring.internal.ReadingStore;

/**
 * Ingestion, shared by the HTTP batch API, the MQTT subscriber and the demo simulator: one transaction per batch of
 * one enterprise. Every reading gets an outcome; bad ones (malformed, unknown or inactive point, out of range, in
 * the future beyond {@code future-skew}, older than {@code max-age}) are refused one by one, counted per point code
 * and reason and logged once per batch, and never hold the good ones back. A reading is stored once per point and
 * timestamp (a repeat is {@code DUPLICATE}); one older than the point's newest is stored and rolled up but moves no
 * alarm ({@code LATE}); the others are walked in time order through {@link MonitoringAlarms}. The states of the
 * batch's points are locked first, in id order, so concurrent batches for one point serialise.
 */
@Service
public class Readings {

    private static final Logger log = LoggerFactory.getLogger(Readings.class);

    private final ReadingStore store;
    private final MonitoringAlarms alarms;
    private final MonitoringSettings settings;
    private final Clock clock;

    Readings(ReadingStore store, MonitoringAlarms alarms, MonitoringSettings settings, Clock clock) {
        this.store = store;
        this.alarms = alarms;
        this.settings = settings;
        this.clock = clock;
    }

    /** A reading to evaluate, with its index in the batch. */
    record Eval(int index, Instant ts, double value) {
    }

    private static final String DUPLICATE = "该时间的读数已存在";
    private static final String LATE = "早于该点最新读数,已保存,不参与报警判断";

    /** Ingests a batch of {@code enterpriseId}'s readings (the caller has established the enterprise). */
    @Transactional
    public IngestResult ingest(UUID enterpriseId, List<ReadingInput> batch) {
        if (batch == null) {
            throw new InvalidInputException("readings", "请提交读数数组");
        }
        if (batch.size() > settings.maxBatch()) {
            throw new InvalidInputException("readings", "每批最多" + settings.maxBatch() + "条读数");
        }
        return run(enterpriseId, batch, true);
    }

    /**
     * Like {@link #ingest} for callers that need only the counts (the MQTT subscriber, the simulator): no outcome
     * per reading is built, and no batch limit applies (the caller bounds its batches).
     */
    @Transactional
    public IngestResult ingestCounting(UUID enterpriseId, List<ReadingInput> batch) {
        return run(enterpriseId, batch, false);
    }

    /** What one point of the batch gets: its rule, its locked state and its new readings to walk. */
    private static final class PointWork {
        final ReadingStore.Rule rule;
        ReadingStore.State state;
        int accepted;
        int rejected;
        List<Eval> evals;

        PointWork(ReadingStore.Rule rule) {
            this.rule = rule;
        }
    }

    private IngestResult run(UUID enterpriseId, List<ReadingInput> batch, boolean detail) {
        Instant now = clock.instant();
        Instant latest = now.plus(settings.futureSkew());
        Instant earliest = now.minus(settings.maxAge());
        int n = batch.size();
        String[] codes = new String[n];
        Set<String> wanted = new HashSet<>();
        for (int i = 0; i < n; i++) {
            ReadingInput r = batch.get(i);
            if (r != null && r.pointCode() != null) {
                codes[i] = r.pointCode().strip();
                wanted.add(codes[i]);
            }
        }
        Map<String, ReadingStore.Rule> byCode = store.rules(enterpriseId, wanted);
        ReadingOutcome[] outcomes = detail ? new ReadingOutcome[n] : null;
        List<ReadingStore.Rejection> rejections = new ArrayList<>(0);
        Map<UUID, PointWork> work = new TreeMap<>(); // id order: the states are locked in it
        ReadingStore.Rule[] ruleOf = new ReadingStore.Rule[n];
        int good = 0;
        for (int i = 0; i < n; i++) {
            ReadingInput r = batch.get(i);
            String code = codes[i] == null ? "" : codes[i];
            ReadingStore.Rule p = code.isEmpty() ? null : byCode.get(code);
            String reason = null;
            if (r == null || code.isEmpty() || r.ts() == null || r.value() == null || r.value().isNaN()
                    || r.value().isInfinite()) {
                reason = "MALFORMED";
            } else if (p == null) {
                reason = "UNKNOWN_POINT";
            } else if (!p.active()) {
                reason = "INACTIVE";
            } else if (r.ts().isAfter(latest)) {
                reason = "FUTURE";
            } else if (r.ts().isBefore(earliest)) {
                reason = "TOO_OLD";
            } else if (!p.bands().inRange(r.value())) {
                reason = "OUT_OF_RANGE";
            }
            if (p != null) {
                work.computeIfAbsent(p.id(), x -> new PointWork(p));
            }
            if (reason == null) {
                ruleOf[i] = p;
                good++;
                continue;
            }
            String problem = switch (reason) {
                case "MALFORMED" -> "缺少位号、时间或数值,或数值无效";
                case "UNKNOWN_POINT" -> "未知的监测点位号";
                case "INACTIVE" -> "监测点已停用";
                case "FUTURE" -> "时间晚于当前时间:" + r.ts();
                case "TOO_OLD" -> "时间早于可接收的最早时间:" + r.ts();
                default -> "数值 " + r.value() + " 超出量程 " + p.range();
            };
            if (detail) {
                outcomes[i] = ReadingOutcome.rejected(i, code, reason, problem);
            }
            rejections.add(new ReadingStore.Rejection(enterpriseId, code.isEmpty() ? "?" : code, reason, problem));
            if (p != null) {
                work.get(p.id()).rejected++;
            }
        }
        // lock the points' states, in id order
        Map<UUID, ReadingStore.State> states = store.lockStates(work.keySet());
        List<ReadingStore.Row> rows = new ArrayList<>(good);
        int[] indexOf = new int[good];
        for (int i = 0; i < n; i++) {
            if (ruleOf[i] != null) {
                ReadingInput r = batch.get(i);
                indexOf[rows.size()] = i;
                rows.add(new ReadingStore.Row(ruleOf[i].id(), r.ts(), r.value(), r.quality() == null ? 0 : r.quality()));
            }
        }
        boolean[] inserted = store.insert(rows, now);
        List<ReadingStore.Row> fresh = new ArrayList<>(rows.size());
        int duplicates = 0;
        int late = 0;
        for (int k = 0; k < rows.size(); k++) {
            int i = indexOf[k];
            ReadingStore.Row row = rows.get(k);
            if (!inserted[k]) {
                duplicates++;
                if (detail) {
                    outcomes[i] = new ReadingOutcome(i, codes[i], ReadingOutcome.Status.DUPLICATE, null, DUPLICATE,
                            null);
                }
                continue;
            }
            fresh.add(row);
            PointWork w = work.get(row.pointId());
            w.accepted++;
            ReadingStore.State s = states.get(row.pointId());
            if (s != null && s.lastTs() != null && !row.ts().isAfter(s.lastTs())) {
                late++;
                if (detail) {
                    outcomes[i] = new ReadingOutcome(i, codes[i], ReadingOutcome.Status.LATE, null, LATE, null);
                }
            } else {
                if (w.evals == null) {
                    w.evals = new ArrayList<>();
                }
                w.evals.add(new Eval(i, row.ts(), row.value()));
            }
        }
        store.rollUp(fresh);
        Map<Integer, AlarmLevel> raised = new HashMap<>();
        List<UUID> walked = new ArrayList<>();
        for (PointWork w : work.values()) {
            if (w.evals != null && states.containsKey(w.rule.id())) {
                walked.add(w.rule.id());
            }
        }
        Map<UUID, org.zhiben.monitoring.internal.MonitoringAlarm> open = alarms.openThresholdAlarms(walked);
        List<ReadingStore.State> updated = new ArrayList<>(work.size());
        for (PointWork w : work.values()) {
            UUID id = w.rule.id();
            ReadingStore.State s = states.get(id);
            if (s == null) {
                continue;
            }
            Instant lastTs = s.lastTs();
            Double lastValue = s.lastValue();
            AlarmLevel band = s.band();
            boolean offline = s.offline();
            if (w.evals != null) {
                List<Eval> evals = w.evals;
                if (!sorted(evals)) {
                    evals.sort(Comparator.comparing(Eval::ts));
                }
                band = alarms.observe(id, w.rule.bands(), open.get(id), band, evals, raised);
                Eval last = evals.get(evals.size() - 1);
                lastTs = last.ts();
                lastValue = last.value();
                if (offline) {
                    alarms.backOnline(id, now);
                    offline = false;
                }
            }
            updated.add(new ReadingStore.State(id, lastTs, lastValue, band, offline, s.accepted() + w.accepted,
                    s.rejected() + w.rejected));
        }
        store.saveStates(updated);
        int accepted = fresh.size() - late;
        if (detail) {
            for (PointWork w : work.values()) {
                if (w.evals != null) {
                    for (Eval e : w.evals) {
                        outcomes[e.index()] = new ReadingOutcome(e.index(), codes[e.index()],
                                ReadingOutcome.Status.ACCEPTED, null, null, raised.get(e.index()));
                    }
                }
            }
        }
        if (!rejections.isEmpty()) {
            store.countRejections(rejections, now);
            Map<String, Long> counted = rejections.stream().collect(Collectors.groupingBy(
                    r -> r.pointCode() + " " + r.reason(), TreeMap::new, Collectors.counting()));
            counted.forEach((k, c) -> log.warn("Monitoring readings refused for enterprise {}: {} x{}", enterpriseId,
                    k, c));
        }
        return detail ? IngestResult.of(Arrays.asList(outcomes))
                : new IngestResult(accepted, duplicates, late, rejections.size(), List.of());
    }

    private static boolean sorted(List<Eval> evals) {
        for (int i = 1; i < evals.size(); i++) {
            if (evals.get(i).ts().isBefore(evals.get(i - 1).ts())) {
                return false;
            }
        }
        return true;
    }
}
