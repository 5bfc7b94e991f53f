package org.zhiben.monitoring.web;

import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.PageResponse;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScopes;
import org.zhiben.monitoring.AlarmAction;
import org.zhiben.monitoring.IngestResult;
import org.zhiben.monitoring.MonitoringAlarms;
import org.zhiben.monitoring.MonitoringCoverage;
import org.zhiben.monitoring.MonitoringPoints;
import org.zhiben.monitoring.PointData;
import org.zhiben.monitoring.PointView;
import org.zhiben.monitoring.Quantity;
import org.zhiben.monitoring.ReadingInput;
import org.zhiben.monitoring.Readings;
import org.zhiben.monitoring.internal.ReadingStore;
import tools.jackson.databind.JsonNode;

/**
 * The monitoring API: the gateways' batch of readings, the enterprise's monitoring points, their chart series, the
 * alarms and their steps, and coverage for officials. Records outside the caller's scope answer 404; a stale version
 * 409; bad input 400.
 */
@RestController
@RequestMapping("/api/v1/monitoring")
@Tag(name = "监测预警 Monitoring", description = "安全风险监测预警:监测点(量程、低低报/低报/高报/高高报、死区、上报周期)、"
        + "网关批量上报读数(按监测点和时间幂等)、报警(报警→确认→处置→关闭)、离线、覆盖率与在线率;范围外一律404,版本过期409")
class MonitoringApiController {

    private final Readings readings;
    private final MonitoringPoints points;
    private final MonitoringAlarms alarms;
    private final MonitoringCoverage coverage;

    MonitoringApiController(Readings readings, MonitoringPoints points, MonitoringAlarms alarms,
            MonitoringCoverage coverage) {
        this.readings = readings;
        this.points = points;
        this.alarms = alarms;
        this.coverage = coverage;
    }

    @PostMapping(path = "/readings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "网关批量上报读数", description = "请求体为数组 [{pointCode, ts, value, quality?}],ts 为 ISO-8601 时间或毫秒时间戳;"
            + "由企业账号(网关令牌)上报本企业监测点的读数。同一监测点同一时间的读数只保存一次(DUPLICATE);每条读数单独给出结果:"
            + "ACCEPTED、DUPLICATE、LATE(早于最新读数,已保存不参与报警)或 REJECTED(MALFORMED、UNKNOWN_POINT、INACTIVE、"
            + "OUT_OF_RANGE、FUTURE、TOO_OLD),错误读数按监测点计数,不影响其他读数")
    IngestResult ingest(@RequestBody JsonNode body) {
        CurrentUser me = DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
        if (!me.role().isEnterpriseRole() || me.enterpriseId() == null) {
            throw new AccessDeniedException("读数须由企业账号(网关)上报");
        }
        if (body == null || !body.isArray()) {
            throw new InvalidInputException("readings", "请求体应为读数数组");
        }
        List<ReadingInput> batch = new ArrayList<>(body.size());
        for (JsonNode n : body) {
            batch.add(lenient(n));
        }
        return readings.ingest(me.enterpriseId(), batch);
    }

    private static final BigDecimal MAX_MILLIS = BigDecimal.valueOf(Long.MAX_VALUE);

    /** A reading element, with what cannot be read left null (the service refuses it as MALFORMED). */
    private static ReadingInput lenient(JsonNode n) {
        if (n == null || !n.isObject()) {
            return null;
        }
        String code = n.hasNonNull("pointCode") && n.get("pointCode").isString() ? n.get("pointCode").asString()
                : null;
        Instant ts = null;
        JsonNode t = n.get("ts");
        if (t != null && t.isNumber()) {
            BigDecimal millis = t.decimalValue();
            ts = millis.abs().compareTo(MAX_MILLIS) <= 0 ? Instant.ofEpochMilli(millis.longValue()) : null;
        } else if (t != null && t.isString()) {
            try {
                ts = Instant.parse(t.asString());
            } catch (DateTimeParseException bad) {
                ts = null;
            }
        }
        JsonNode v = n.get("value");
        Double value = v != null && v.isNumber() ? v.asDouble() : null;
        JsonNode q = n.get("quality");
        return new ReadingInput(code, ts, value, q != null && q.isInt() ? q.asInt() : null);
    }

    record PointRequest(Long version, @Size(max = 64) String code, @Size(max = 100) String name, UUID unitId, Quantity quantity, @Size(max = 16) String measureUnit,
            BigDecimal rangeLow, BigDecimal rangeHigh, BigDecimal lowLow, BigDecimal low, BigDecimal high,
            BigDecimal highHigh, BigDecimal deadBand, Integer intervalSeconds, Boolean active) {

        PointData data() {
            return new PointData(code, name, unitId, quantity, measureUnit, rangeLow, rangeHigh, lowLow, low, high,
                    highHigh, deadBand, intervalSeconds, active);
        }
    }

    @GetMapping("/enterprises/{enterpriseId}/points")
    @Operation(summary = "企业的监测点及实时状态")
    List<PointView> points(@PathVariable UUID enterpriseId) {
        return points.ofEnterprise(enterpriseId);
    }

    @PostMapping(path = "/enterprises/{enterpriseId}/points", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "新增监测点", description = "企业主要负责人或安全管理人员;unitId 为本企业的风险分析单元;"
            + "量程下限 < 上限,报警值在量程内且 低低报 < 低报 < 高报 < 高高报(可缺省),死区 ≥ 0,上报周期 10–86400 秒")
    ResponseEntity<PointView> addPoint(@PathVariable UUID enterpriseId, @RequestBody PointRequest r,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = points.create(enterpriseId, r.data(), key);
        return ResponseEntity.created(URI.create("/api/v1/monitoring/points/" + id)).body(points.get(id));
    }

    @GetMapping("/points/{id}")
    @Operation(summary = "监测点详情及实时状态")
    PointView point(@PathVariable UUID id) {
        return points.get(id);
    }

    @PutMapping(path = "/points/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改监测点", description = "带上读取时的 version;过期返回409")
    PointView updatePoint(@PathVariable UUID id, @RequestBody PointRequest r) {
        if (r.version() == null) {
            throw new InvalidInputException("version", "请提供读取时的版本号");
        }
        points.update(id, r.version(), r.data());
        return points.get(id);
    }

    @GetMapping("/points/{id}/series")
    @Operation(summary = "监测点曲线数据", description = "grain: raw(原始读数,最长7天)、minute(分钟汇总,最长31天)、hour(小时汇总,最长400天);"
            + "from/to 为 ISO-8601 时间,缺省为最近24小时")
    List<ReadingStore.Sample> series(@PathVariable UUID id, @RequestParam(defaultValue = "minute") String grain,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Instant end = to == null ? Instant.now() : instant("to", to);
        Instant start = from == null ? end.minus(Duration.ofDays(1)) : instant("from", from);
        Duration max = switch (grain) {
            case "raw" -> Duration.ofDays(7);
            case "minute" -> Duration.ofDays(31);
            case "hour" -> Duration.ofDays(400);
            default -> throw new InvalidInputException("grain", "grain 应为 raw、minute 或 hour");
        };
        if (!start.isBefore(end) || Duration.between(start, end).compareTo(max) > 0) {
            throw new InvalidInputException("from", "时间范围须大于零且不超过" + max.toDays() + "天");
        }
        return points.series(id, grain, start, end);
    }

    private static Instant instant(String field, String text) {
        Instant at;
        try {
            at = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "时间格式应为 ISO-8601,例如 2026-01-01T00:00:00Z");
        }
        if (at.isBefore(EARLIEST) || !at.isBefore(LATEST)) {
            throw new InvalidInputException(field, "时间须在公元1年至9999年之间");
        }
        return at;
    }

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    @GetMapping("/alarms")
    @Operation(summary = "监测报警列表(当前用户范围内,按报警时间倒序)")
    PageResponse<AlarmDto> alarms(@RequestParam(required = false) UUID enterpriseId,
            @RequestParam(defaultValue = "false") boolean open, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(alarms.list(enterpriseId, open, PageResponse.request(page, size,
                Sort.by(Sort.Direction.DESC, "raisedAt"))), AlarmDto::of);
    }

    @GetMapping("/alarms/{id}")
    @Operation(summary = "监测报警详情")
    AlarmDto alarm(@PathVariable UUID id) {
        return AlarmDto.of(alarms.get(id));
    }

    record ActionRequest(Long version, AlarmAction action, @Size(max = 2000) String measures) {
    }

    @PostMapping(path = "/alarms/{id}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "处理监测报警", description = "ACKNOWLEDGE 确认(本企业人员)、HANDLE 处置(须填写 measures)、CLOSE 关闭"
            + "(主要负责人或安全管理人员);带上读取时的 version,过期返回409")
    AlarmDto act(@PathVariable UUID id, @RequestBody ActionRequest r) {
        if (r.version() == null) {
            throw new InvalidInputException("version", "请提供读取时的版本号");
        }
        return AlarmDto.of(alarms.act(id, r.version(), r.action(), r.measures()));
    }

    @GetMapping("/coverage")
    @Operation(summary = "应纳入监测预警企业的覆盖情况(当前用户范围内)")
    List<MonitoringCoverage.Row> coverage() {
        return coverage.duties();
    }
}
