package org.zhiben.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.common.InvalidInputException;
import org.zhiben.monitoring.internal.MonitoringPoint;
import org.zhiben.monitoring.internal.MonitoringPointRepository;
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

    private final MonitoringPointRepository points;
    private final ReadingStore store;
    private final MonitoringAlarms alarms;
    private final MonitoringSettings settings;
    private final Clock clock;

    Readings(MonitoringPointRepository points, ReadingStore store, MonitoringAlarms alarms,
            MonitoringSettings settings, Clock clock) {
        this.points = points;
        this.store = store;
        this.alarms = alarms;
        this.settings = settings;
        this.clock = clock;
    }

    /** A reading to evaluate, with its index in the batch. */
    record Eval(int index, Instant ts, double value) {
    }

    /** Ingests a batch of {@code enterpriseId}'s readings (the caller has established the enterprise). */
    @Transactional
    public IngestResult ingest(UUID enterpriseId, List<ReadingInput> batch) {
        if (batch == null) {
            throw new InvalidInputException("readings", "请提交读数数组");
        }
        if (batch.size() > settings.maxBatch()) {
            throw new InvalidInputException("readings", "每批最多" + settings.maxBatch() + "条读数");
        }
        Instant now = clock.instant();
        ReadingOutcome[] outcomes = new ReadingOutcome[batch.size()];
        List<ReadingStore.Rejection> rejections = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (ReadingInput r : batch) {
            if (r != null && r.pointCode() != null) {
                codes.add(r.pointCode().strip());
            }
        }
        Map<String, MonitoringPoint> byCode = codes.isEmpty() ? Map.of()
                : points.findByEnterpriseIdAndCodeIn(enterpriseId, codes).stream()
                        .collect(Collectors.toMap(MonitoringPoint::getCode, Function.identity()));
        List<Integer> good = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            ReadingInput r = batch.get(i);
            String code = r == null || r.pointCode() == null ? "" : r.pointCode().strip();
            String problem = null;
            String reason = null;
            MonitoringPoint p = byCode.get(code);
            if (r == null || code.isEmpty() || r.ts() == null || r.value() == null || r.value().isNaN()
                    || r.value().isInfinite()) {
                reason = "MALFORMED";
                problem = "缺少位号、时间或数值,或数值无效";
            } else if (p == null) {
                reason = "UNKNOWN_POINT";
                problem = "未知的监测点位号";
            } else if (!p.isActive()) {
                reason = "INACTIVE";
                problem = "监测点已停用";
            } else if (r.ts().isAfter(now.plus(settings.futureSkew()))) {
                reason = "FUTURE";
                problem = "时间晚于当前时间:" + r.ts();
            } else if (r.ts().isBefore(now.minus(settings.maxAge()))) {
                reason = "TOO_OLD";
                problem = "时间早于可接收的最早时间:" + r.ts();
            } else if (!p.thresholds().inRange(r.value())) {
                reason = "OUT_OF_RANGE";
                problem = "数值 " + r.value() + " 超出量程 " + p.getRangeLow().toPlainString() + "~"
                        + p.getRangeHigh().toPlainString();
            }
            if (reason != null) {
                outcomes[i] = ReadingOutcome.rejected(i, code, reason, problem);
                rejections.add(new ReadingStore.Rejection(enterpriseId, code.isEmpty() ? "?" : code, reason, problem));
            } else {
                good.add(i);
            }
        }
        // lock the points' states, in id order
        Set<UUID> ids = new java.util.TreeSet<>();
        for (int i : good) {
            ids.add(byCode.get(batch.get(i).pointCode().strip()).getId());
        }
        for (ReadingStore.Rejection r : rejections) {
            MonitoringPoint p = byCode.get(r.pointCode());
            if (p != null) {
                ids.add(p.getId());
            }
        }
        Map<UUID, ReadingStore.State> states = store.lockStates(ids);
        List<ReadingStore.Row> rows = new ArrayList<>(good.size());
        for (int i : good) {
            ReadingInput r = batch.get(i);
            rows.add(new ReadingStore.Row(byCode.get(r.pointCode().strip()).getId(), r.ts(), r.value(),
                    r.quality() == null ? 0 : r.quality()));
        }
        boolean[] inserted = store.insert(rows, now);
        List<ReadingStore.Row> fresh = new ArrayList<>();
        Map<UUID, List<Eval>> perPoint = new TreeMap<>();
        Map<UUID, Integer> acceptedPerPoint = new HashMap<>();
        for (int k = 0; k < rows.size(); k++) {
            int i = good.get(k);
            ReadingStore.Row row = rows.get(k);
            String code = batch.get(i).pointCode().strip();
            if (!inserted[k]) {
                outcomes[i] = new ReadingOutcome(i, code, ReadingOutcome.Status.DUPLICATE, null,
                        "该时间的读数已存在", null);
                continue;
            }
            fresh.add(row);
            acceptedPerPoint.merge(row.pointId(), 1, Integer::sum);
            ReadingStore.State s = states.get(row.pointId());
            if (s != null && s.lastTs() != null && !row.ts().isAfter(s.lastTs())) {
                outcomes[i] = new ReadingOutcome(i, code, ReadingOutcome.Status.LATE, null,
                        "早于该点最新读数,已保存,不参与报警判断", null);
            } else {
                perPoint.computeIfAbsent(row.pointId(), x -> new ArrayList<>()).add(new Eval(i, row.ts(), row.value()));
            }
        }
        store.rollUp(fresh);
        Map<UUID, MonitoringPoint> pointsById = byCode.values().stream()
                .collect(Collectors.toMap(MonitoringPoint::getId, Function.identity()));
        Map<Integer, AlarmLevel> raised = new HashMap<>();
        Map<UUID, Integer> rejectedPerPoint = new HashMap<>();
        for (ReadingStore.Rejection r : rejections) {
            MonitoringPoint p = byCode.get(r.pointCode());
            if (p != null) {
                rejectedPerPoint.merge(p.getId(), 1, Integer::sum);
            }
        }
        List<ReadingStore.State> updated = new ArrayList<>();
        for (UUID id : ids) {
            ReadingStore.State s = states.get(id);
            if (s == null) {
                continue;
            }
            List<Eval> evals = new ArrayList<>(perPoint.getOrDefault(id, List.of()));
            evals.sort(Comparator.comparing(Eval::ts));
            Instant lastTs = s.lastTs();
            Double lastValue = s.lastValue();
            AlarmLevel band = s.band();
            boolean offline = s.offline();
            if (!evals.isEmpty()) {
                band = alarms.observe(pointsById.get(id), band, evals, raised);
                Eval last = evals.get(evals.size() - 1);
                lastTs = last.ts();
                lastValue = last.value();
                if (offline) {
                    alarms.backOnline(id, now);
                    offline = false;
                }
            }
            updated.add(new ReadingStore.State(id, lastTs, lastValue, band, offline,
                    s.accepted() + acceptedPerPoint.getOrDefault(id, 0),
                    s.rejected() + rejectedPerPoint.getOrDefault(id, 0)));
        }
        store.saveStates(updated);
        for (List<Eval> evals : perPoint.values()) {
            for (Eval e : evals) {
                outcomes[e.index()] = new ReadingOutcome(e.index(), batch.get(e.index()).pointCode().strip(),
                        ReadingOutcome.Status.ACCEPTED, null, null, raised.get(e.index()));
            }
        }
        if (!rejections.isEmpty()) {
            store.countRejections(rejections, now);
            Map<String, Long> counted = rejections.stream().collect(Collectors.groupingBy(
                    r -> r.pointCode() + " " + r.reason(), TreeMap::new, Collectors.counting()));
            counted.forEach((k, n) -> log.warn("Monitoring readings refused for enterprise {}: {} x{}", enterpriseId,
                    k, n));
        }
        return IngestResult.of(List.of(outcomes));
    }
}
